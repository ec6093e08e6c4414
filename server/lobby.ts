import type { Server } from 'socket.io';
import { guarded, type RelayContext } from './relay-types';

/** How often each process re-marks its connected phones present, and how long a mark counts. */
export const presenceRefreshMs = 3000;
export const presenceWindowMs = 12_000;

/**
 * The lobby count the facilitator sees: participants connected now, kept in the room store (a Redis sorted
 * set when scaled out) rather than asked of every process (`fetchSockets`, whose cost grows with the square
 * of the room and whose timeout killed both relays in issue #24). Each process marks its own phones, and
 * re-marks them every few seconds; a process that dies or freezes stops marking, so the count recovers by
 * itself. Announcements are coalesced per room.
 */
export function lobby(io: Server, ctx: RelayContext) {
  const local = new Map<string, { expiresAt: number; participants: Map<string, number> }>();
  const pending = new Map<string, NodeJS.Timeout>();
  const lastAnnounced = new Map<string, string>();

  const roomOf = (room: string, expiresAt: number) => {
    const entry = local.get(room) ?? { expiresAt, participants: new Map<string, number>() };
    local.set(room, entry);
    return entry;
  };

  const announce = async (room: string) => {
    const [count, locked] = await Promise.all([
      ctx.rooms.countPresent(room, ctx.now() - presenceWindowMs),
      ctx.rooms.isLocked(room),
    ]);
    lastAnnounced.set(room, `${count} ${locked}`);
    io.to(`f:${room}`).emit('lobby', { count, locked });
  };
  const schedule = (room: string) => {
    if (pending.has(room)) return;
    pending.set(
      room,
      setTimeout(() => {
        pending.delete(room);
        guarded(ctx.log, 'lobby', room, () => announce(room));
      }, 100),
    );
  };

  const refresh = setInterval(() => {
    for (const [room, entry] of local) {
      if (entry.expiresAt <= ctx.now()) {
        local.delete(room);
        continue;
      }
      guarded(ctx.log, 'presence', room, async () => {
        await ctx.rooms.present(room, [...entry.participants.keys()], ctx.now(), entry.expiresAt);
        const [count, locked] = await Promise.all([
          ctx.rooms.countPresent(room, ctx.now() - presenceWindowMs),
          ctx.rooms.isLocked(room),
        ]);
        if (lastAnnounced.get(room) !== `${count} ${locked}`) await announce(room);
      });
    }
  }, presenceRefreshMs);
  refresh.unref();

  return {
    joined(room: string, participant: string, expiresAt: number) {
      const entry = roomOf(room, expiresAt);
      entry.participants.set(participant, (entry.participants.get(participant) ?? 0) + 1);
      guarded(ctx.log, 'presence', room, async () => {
        await ctx.rooms.present(room, [participant], ctx.now(), expiresAt);
        schedule(room);
      });
    },
    left(room: string, participant: string) {
      const entry = local.get(room);
      const sockets = (entry?.participants.get(participant) ?? 1) - 1;
      if (sockets > 0) entry?.participants.set(participant, sockets);
      else {
        entry?.participants.delete(participant);
        guarded(ctx.log, 'presence', room, () => ctx.rooms.absent(room, participant));
      }
      schedule(room);
    },
    /** A facilitator (re)connected or the lock changed: tell the facilitator now. */
    changed(room: string, expiresAt: number) {
      roomOf(room, expiresAt);
      schedule(room);
    },
    ended(room: string) {
      local.delete(room);
      lastAnnounced.delete(room);
    },
    close() {
      clearInterval(refresh);
      for (const timer of pending.values()) clearTimeout(timer);
    },
  };
}
export type Lobby = ReturnType<typeof lobby>;
