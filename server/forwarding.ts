import type { Server } from 'socket.io';
import { guarded, type RelayContext, type SocketData } from './relay-types';
import type { StoredMessage } from './room-store';

/** Messages kept in this process while the store is unreachable, oldest dropped past this. */
const maxHeld = 50_000;

/**
 * A participant message's way to the facilitator: stored first (so a facilitator who is away gets it on
 * replay), then forwarded. While the store (Redis) is down the message is forwarded anyway and held here;
 * when the store is back, held messages are stored and forwarded again, and every facilitator connected
 * to this process is sent the stored messages again (a forward published while Redis was down is lost
 * between processes). Clients de-duplicate, so repeating is always safe: this is what makes a Redis
 * restart mid-vote lose nothing without asking the phones to resend.
 */
export function forwarding(
  io: Server,
  ctx: RelayContext,
  replayTo: (socket: import('socket.io').Socket, room: string) => Promise<void>,
) {
  const held: { room: string; message: StoredMessage; expiresAt: number }[] = [];
  let flushing = false;
  const emit = (room: string, message: StoredMessage) =>
    io.to(`f:${room}`).emit(message.event, message.payload);

  const flush = async () => {
    if (flushing || held.length === 0) return;
    flushing = true;
    try {
      while (held.length > 0) {
        const next = held[0] as (typeof held)[number];
        await ctx.rooms.append(next.room, next.message, next.expiresAt);
        held.shift();
        emit(next.room, next.message);
      }
    } finally {
      flushing = false;
    }
  };
  const retry = setInterval(() => guarded(ctx.log, 'flush held', undefined, flush), 5000);
  retry.unref();

  return {
    async forward(room: string, message: StoredMessage, expiresAt: number) {
      try {
        await ctx.rooms.append(room, message, expiresAt);
      } catch (error) {
        ctx.log({ event: 'store failed', room, reason: String(error) });
        held.push({ room, message, expiresAt });
        if (held.length > maxHeld) held.shift();
      }
      emit(room, message);
    },
    /** The store is reachable again (start.ts calls this when Redis reconnects). */
    recovered() {
      guarded(ctx.log, 'store recovered', undefined, async () => {
        await flush();
        for (const socket of io.of('/').sockets.values()) {
          const data = socket.data as SocketData | undefined;
          if (data?.role === 'facilitator')
            guarded(ctx.log, 'replay', data.room, () => replayTo(socket, data.room));
        }
      });
    },
    close: () => clearInterval(retry),
  };
}
export type Forwarding = ReturnType<typeof forwarding>;
