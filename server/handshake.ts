import type { IncomingMessage } from 'node:http';
import type { ExtendedError, Socket } from 'socket.io';
import { handshakeAuth } from '../src/live-room/protocol';
import type { LimitKind } from './address-limits';
import type { RelayContext, SocketData } from './relay-types';
import { sameToken, sign } from './tokens';

/** Why a connection was refused: the message the client sees, and when it may try again, if it may. */
const refusal = (reason: string, retryAfterMs?: number): ExtendedError => {
  const error = new Error(reason) as ExtendedError;
  error.data = { reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  return error;
};

export interface HandshakeOptions extends RelayContext {
  readonly secret: string;
  readonly originAllowed: (req: IncomingMessage) => boolean;
  readonly addressOf: (req: IncomingMessage) => string;
  readonly take: (kind: LimitKind, address: string) => { ok: true } | { ok: false; retryAfterMs: number };
  /** Shedding load: refuse politely (with a time to retry) rather than queue without end. */
  readonly overloaded: () => boolean;
  readonly maxPendingHandshakes: number;
}

/**
 * The handshake: origin, a well-formed auth, a live room, the right token; a participant id new to the
 * room needs an unlocked room and its address's join allowance. Every failure is a precise refusal,
 * including the store being unreachable ('relay busy', try again shortly): nothing here throws.
 */
export function handshake(options: HandshakeOptions) {
  let pending = 0;
  const check = async (socket: Socket): Promise<ExtendedError | SocketData> => {
    const req = socket.request;
    if (!options.originAllowed(req)) return refusal('origin not allowed');
    const auth = handshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return refusal('malformed handshake');
    const { room, token, role, participant } = auth.data;
    const record = await options.rooms.get(room);
    if (!record || record.expiresAt <= options.now()) return refusal('no such room, or it has ended');
    if (!sameToken(token, sign(options.secret, role, room, record.expiresAt))) return refusal('wrong token');
    if (role === 'participant') {
      if (!participant) return refusal('participant id missing');
      if (!(await options.rooms.knows(room, participant))) {
        if (await options.rooms.isLocked(room)) return refusal('room locked');
        const allowed = options.take('join', options.addressOf(req));
        if (!allowed.ok) return refusal('too many joins from this address', allowed.retryAfterMs);
        await options.rooms.admit(room, participant, record.expiresAt);
      }
    }
    return {
      room,
      role,
      ...(participant && role === 'participant' ? { participant } : {}),
      expiresAt: record.expiresAt,
    };
  };

  return (socket: Socket, next: (error?: ExtendedError) => void) => {
    if (pending >= options.maxPendingHandshakes || options.overloaded()) {
      options.log({ event: 'handshake refused', reason: 'relay busy' });
      return next(refusal('relay busy', 1000 + Math.floor(Math.random() * 2000)));
    }
    pending += 1;
    check(socket)
      .then(
        (result) => {
          if (result instanceof Error) {
            options.log({ event: 'handshake refused', reason: result.message });
            return next(result);
          }
          socket.data = result;
          next();
        },
        (error: unknown) => {
          options.log({ event: 'handshake refused', reason: `relay busy: ${String(error)}` });
          next(refusal('relay busy', 2000));
        },
      )
      .finally(() => {
        pending -= 1;
      });
  };
}
