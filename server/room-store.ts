/** What the relay keeps about a room: its facilitator's public key (public by nature) and its expiry. */
export interface RoomRecord {
  readonly key: string;
  readonly expiresAt: number;
}

/** A participant message the relay forwarded, kept (sealed, as relayed) to replay to a facilitator who reconnects. */
export interface StoredMessage {
  readonly event: 'hello' | 'vote';
  readonly payload: unknown;
}

/**
 * Everything the relay remembers, all of it expiring with the room: the record, whether it is locked,
 * the participant ids it has admitted, who is connected now (presence, refreshed by each relay process),
 * and the sealed messages to replay. One process: `memoryRoomStore`; several: `redisRoomStore`.
 */
export interface RoomStore {
  put(room: string, record: RoomRecord): Promise<void>;
  get(room: string): Promise<RoomRecord | undefined>;
  /** Ends the room: nothing about it is kept, its code admits no one. */
  delete(room: string): Promise<void>;
  setLocked(room: string, locked: boolean, expiresAt: number): Promise<void>;
  isLocked(room: string): Promise<boolean>;
  /** Whether this participant id was admitted to the room before. */
  knows(room: string, participant: string): Promise<boolean>;
  admit(room: string, participant: string, expiresAt: number): Promise<void>;
  /** Marks participants connected at `at` (each process refreshes its own every few seconds). */
  present(room: string, participants: readonly string[], at: number, expiresAt: number): Promise<void>;
  absent(room: string, participant: string): Promise<void>;
  /** Participants seen connected since `since`. */
  countPresent(room: string, since: number): Promise<number>;
  append(room: string, message: StoredMessage, expiresAt: number): Promise<void>;
  /** The stored messages in the order they were forwarded, in batches. */
  replay(room: string): AsyncIterable<readonly StoredMessage[]>;
}

/** Messages kept per room for replay: a long workshop of 1,000 phones re-voting on 40 questions fits. */
export const maxStoredMessages = 100_000;

interface MemoryRoom {
  record: RoomRecord;
  locked: boolean;
  known: Set<string>;
  present: Map<string, number>;
  log: StoredMessage[];
}

/** One relay process: rooms in memory, dropped when they expire. */
export function memoryRoomStore(now: () => number = Date.now): RoomStore {
  const rooms = new Map<string, MemoryRoom>();
  const live = (room: string) => {
    const r = rooms.get(room);
    if (r && r.record.expiresAt <= now()) rooms.delete(room);
    return r && r.record.expiresAt > now() ? r : undefined;
  };
  return {
    async put(room, record) {
      rooms.set(room, { record, locked: false, known: new Set(), present: new Map(), log: [] });
    },
    async get(room) {
      return live(room)?.record;
    },
    async delete(room) {
      rooms.delete(room);
    },
    async setLocked(room, locked) {
      const r = live(room);
      if (r) r.locked = locked;
    },
    async isLocked(room) {
      return live(room)?.locked ?? false;
    },
    async knows(room, participant) {
      return live(room)?.known.has(participant) ?? false;
    },
    async admit(room, participant) {
      live(room)?.known.add(participant);
    },
    async present(room, participants, at) {
      const r = live(room);
      for (const p of participants) r?.present.set(p, at);
    },
    async absent(room, participant) {
      live(room)?.present.delete(participant);
    },
    async countPresent(room, since) {
      let n = 0;
      for (const at of live(room)?.present.values() ?? []) if (at >= since) n += 1;
      return n;
    },
    async append(room, message) {
      const log = live(room)?.log;
      if (!log) return;
      log.push(message);
      if (log.length > maxStoredMessages) log.splice(0, log.length - maxStoredMessages);
    },
    async *replay(room) {
      const log = [...(live(room)?.log ?? [])];
      for (let i = 0; i < log.length; i += 500) yield log.slice(i, i + 500);
    },
  };
}
