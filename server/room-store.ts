/** What the relay keeps about a room: its facilitator's public key (public by nature) and its expiry. */
export interface RoomRecord {
  readonly key: string;
  readonly expiresAt: number;
}

export interface RoomStore {
  put(room: string, record: RoomRecord): Promise<void>;
  get(room: string): Promise<RoomRecord | undefined>;
}

/** One relay process: rooms in memory, dropped when they expire. */
export function memoryRoomStore(now: () => number = Date.now): RoomStore {
  const rooms = new Map<string, RoomRecord>();
  return {
    async put(room, record) {
      rooms.set(room, record);
    },
    async get(room) {
      const record = rooms.get(room);
      if (record && record.expiresAt <= now()) rooms.delete(room);
      return record && record.expiresAt > now() ? record : undefined;
    },
  };
}

/** Several relay processes: rooms in Redis with a time-to-live, so any process can admit a participant. */
/** The two commands the store needs, so any node-redis client type fits. */
interface RedisLike {
  set(key: string, value: string, options: { expiration: { type: 'PXAT'; value: number } }): Promise<unknown>;
  get(key: string): Promise<unknown>;
}

export function redisRoomStore(client: RedisLike): RoomStore {
  return {
    async put(room, record) {
      await client.set(`ledger-fit:room:${room}`, JSON.stringify(record), {
        expiration: { type: 'PXAT', value: record.expiresAt },
      });
    },
    async get(room) {
      const text = await client.get(`ledger-fit:room:${room}`);
      if (!text) return undefined;
      const record = JSON.parse(String(text)) as RoomRecord;
      return record.expiresAt > Date.now() ? record : undefined;
    },
  };
}
