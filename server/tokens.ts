import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

const codeAlphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** A room's 8-letter code, drawn from letters and digits that cannot be mistaken for one another. */
export const newCode = () =>
  Array.from({ length: 8 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');

/** A join token: the room, role and expiry signed with the deployment's shared secret. */
export function sign(secret: string, role: 'facilitator' | 'participant', room: string, expiresAt: number) {
  return createHmac('sha256', secret).update(`${role}:${room}:${expiresAt}`).digest('base64url').slice(0, 22);
}

export const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
