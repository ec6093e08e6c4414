import type { Server, Socket } from 'socket.io';
import { ackMessage, endMessage, lockMessage, stateMessage, welcomeMessage } from '../src/live-room/protocol';
import type { Lobby } from './lobby';
import type { messageGate } from './message-gate';
import { guarded, type RelayContext, type SocketData } from './relay-types';

export const facilitatorEvents = ['welcome', 'state', 'ack', 'end', 'lock'] as const;

/**
 * Sends a (re)connected facilitator every stored participant message in order, then `replayed`. It joins
 * the room's facilitator channel first, so a message that arrives meanwhile comes live, stored, or both
 * (clients de-duplicate; a message is stored before it is forwarded, so none falls between).
 */
export async function replay(ctx: RelayContext, socket: Socket, room: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      for await (const batch of ctx.rooms.replay(room)) {
        for (const m of batch) socket.emit(m.event, m.payload);
      }
      socket.emit('replayed', {});
      return;
    } catch (error) {
      ctx.log({ event: 'replay failed', room, reason: String(error) });
      if (attempt >= 10 || socket.disconnected) return;
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
}

/** The facilitator's socket: welcome, state and ack go out to phones; end and lock change the room. */
export function facilitatorHandlers(
  io: Server,
  ctx: RelayContext,
  socket: Socket,
  gate: ReturnType<typeof messageGate>,
  rooms: Lobby,
) {
  const { room, expiresAt } = socket.data as SocketData;
  socket.join(`f:${room}`);
  rooms.changed(room, expiresAt);
  guarded(ctx.log, 'replay', room, () => replay(ctx, socket, room));
  const on = (event: string, handle: (raw: unknown, ack?: unknown) => unknown) =>
    socket.on(event, (raw: unknown, ack?: unknown) => guarded(ctx.log, event, room, () => handle(raw, ack)));

  on('welcome', (raw) => {
    const m = gate.accept('welcome', welcomeMessage, raw);
    if (m) io.to(`u:${room}:${m.to}`).emit('welcome', { sealed: m.sealed });
  });
  on('ack', (raw) => {
    const m = gate.accept('ack', ackMessage, raw);
    if (m) io.to(`u:${room}:${m.to}`).emit('ack', { sealed: m.sealed });
  });
  on('state', (raw) => {
    const m = gate.accept('state', stateMessage, raw);
    if (m) io.to(`p:${room}`).emit('state', { sealed: m.sealed });
  });
  on('lock', async (raw) => {
    const m = gate.accept('lock', lockMessage, raw);
    if (!m) return;
    await ctx.rooms.setLocked(room, m.locked, expiresAt);
    rooms.changed(room, expiresAt);
  });
  on('end', async (raw, ack) => {
    if (!gate.accept('end', endMessage, raw)) return;
    io.to(`p:${room}`).emit('ended', {});
    // Phones close on `ended`; a moment later the relay cuts any socket still open. Not at once: across
    // processes the cut travels on another Redis channel than `ended` and could overtake it, and a phone
    // cut by the server without `ended` would neither reconnect nor know the room ended.
    setTimeout(
      () => guarded(ctx.log, 'end', room, () => io.in(`p:${room}`).disconnectSockets(true)),
      2000,
    ).unref();
    rooms.ended(room);
    await ctx.rooms.delete(room);
    ctx.log({ event: 'room ended', room });
    // The facilitator waits for this before it closes: an `end` sent and the socket closed at once could be
    // lost on the way (the clean-clone CI saw every phone left in a room the relay never heard end).
    if (typeof ack === 'function') ack({ ended: true });
  });
}
