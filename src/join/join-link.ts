import { publicKey, roomCode } from '@/live-room/protocol';

export interface JoinDetails {
  readonly room: string;
  readonly token: string;
  readonly key: string;
}

/** Reads `#r=…&t=…&k=…` from a join link; anything missing or malformed reads as no link. */
export function readJoinFragment(hash: string): JoinDetails | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = roomCode.safeParse(params.get('r'));
  const key = publicKey.safeParse(params.get('k'));
  const token = params.get('t');
  if (!room.success || !key.success || !token || !/^[A-Za-z0-9_-]{16,32}$/.test(token)) return undefined;
  return { room: room.data, token, key: key.data };
}

/** A typed code, forgiving of spaces, dashes and lower case. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
