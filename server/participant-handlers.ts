import type { Server, Socket } from 'socket.io';
import { helloMessage, voteMessage } from '../src/live-room/protocol';
import type { Forwarding } from './forwarding';
import type { Lobby } from './lobby';
import type { messageGate } from './message-gate';
import { guarded, type RelayContext, type SocketData } from './relay-types';

export const participantEvents = ['hello', 'vote'] as const;

/**
 * A phone's socket: hello and vote go to the facilitator, each first stored for replay (so a facilitator
 * who is offline or reconnecting gets it later), one after another in the order the phone sent them.
 * If the store is unreachable the message is still forwarded, and held until it can be stored (forwarding.ts).
 */
export function participantHandlers(
  _io: Server,
  ctx: RelayContext,
  socket: Socket,
  gate: ReturnType<typeof messageGate>,
  rooms: Lobby,
  forwarder: Forwarding,
) {
  const { room, participant, expiresAt } = socket.data as SocketData & { participant: string };
  socket.join([`p:${room}`, `u:${room}:${participant}`]);
  rooms.joined(room, participant, expiresAt);
  let inOrder: Promise<unknown> = Promise.resolve();
  for (const [event, schema] of [
    ['hello', helloMessage],
    ['vote', voteMessage],
  ] as const) {
    socket.on(event, (raw: unknown) =>
      guarded(ctx.log, event, room, () => {
        const m = gate.accept(event, schema, raw);
        if (!m) return;
        const payload = { participant, key: m.key, sealed: m.sealed };
        inOrder = inOrder.then(() => forwarder.forward(room, { event, payload }, expiresAt));
        return inOrder;
      }),
    );
  }
  socket.on('disconnect', () => guarded(ctx.log, 'disconnect', room, () => rooms.left(room, participant)));
}
