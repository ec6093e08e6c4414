import { maxStoredMessages, type RoomRecord, type RoomStore, type StoredMessage } from './room-store';

/** The one command the store needs, so any node-redis client (or a test double) fits. */
export interface RedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

const keys = (room: string) => {
  const base = `ledger-fit:room:${room}`;
  return {
    record: base,
    locked: `${base}:locked`,
    known: `${base}:known`,
    present: `${base}:present`,
    log: `${base}:log`,
  };
};

const parseRecord = (text: unknown): RoomRecord | undefined => {
  try {
    const record = JSON.parse(String(text)) as RoomRecord;
    return typeof record.key === 'string' && typeof record.expiresAt === 'number' ? record : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Several relay processes: rooms in Redis, every key expiring with the room, so any process can admit a
 * participant, count the room and replay its messages. Presence is a sorted set of participant ids
 * scored by when a process last saw them connected: a process that dies or freezes stops refreshing, and
 * its phones drop out of the count within a few seconds, with no question asked of the other processes.
 * Messages are a Redis stream (XADD, capped), replayed in order with XRANGE.
 */
export function redisRoomStore(client: RedisLike): RoomStore {
  const run = (...args: (string | number)[]) => client.sendCommand(args.map(String));
  const expire = (key: string, expiresAt: number) => run('PEXPIREAT', key, expiresAt);
  return {
    async put(room, record) {
      await run('SET', keys(room).record, JSON.stringify(record), 'PXAT', record.expiresAt);
    },
    async get(room) {
      const text = await run('GET', keys(room).record);
      const record = text ? parseRecord(text) : undefined;
      return record && record.expiresAt > Date.now() ? record : undefined;
    },
    async delete(room) {
      const k = keys(room);
      await run('DEL', k.record, k.locked, k.known, k.present, k.log);
    },
    async setLocked(room, locked, expiresAt) {
      if (locked) await run('SET', keys(room).locked, '1', 'PXAT', expiresAt);
      else await run('DEL', keys(room).locked);
    },
    async isLocked(room) {
      return Boolean(await run('EXISTS', keys(room).locked));
    },
    async knows(room, participant) {
      return Boolean(await run('SISMEMBER', keys(room).known, participant));
    },
    async admit(room, participant, expiresAt) {
      await Promise.all([run('SADD', keys(room).known, participant), expire(keys(room).known, expiresAt)]);
    },
    async present(room, participants, at, expiresAt) {
      if (participants.length === 0) return;
      const k = keys(room).present;
      await Promise.all([
        run('ZADD', k, ...participants.flatMap((p) => [at, p])),
        expire(k, expiresAt),
        // Entries nobody refreshed for a minute belong to a process that has gone.
        run('ZREMRANGEBYSCORE', k, '-inf', `(${at - 60_000}`),
      ]);
    },
    async absent(room, participant) {
      await run('ZREM', keys(room).present, participant);
    },
    async countPresent(room, since) {
      return Number(await run('ZCOUNT', keys(room).present, since, '+inf'));
    },
    async append(room, message, expiresAt) {
      const k = keys(room).log;
      await Promise.all([
        run(
          'XADD',
          k,
          'MAXLEN',
          '~',
          maxStoredMessages,
          '*',
          'e',
          message.event,
          'm',
          JSON.stringify(message.payload),
        ),
        expire(k, expiresAt),
      ]);
    },
    async *replay(room) {
      let start = '-';
      for (;;) {
        const entries = (await run('XRANGE', keys(room).log, start, '+', 'COUNT', 500)) as [
          string,
          string[],
        ][];
        if (!Array.isArray(entries) || entries.length === 0) return;
        const batch: StoredMessage[] = [];
        for (const [, fields] of entries) {
          const event = fields[fields.indexOf('e') + 1];
          const text = fields[fields.indexOf('m') + 1];
          if ((event !== 'hello' && event !== 'vote') || text === undefined) continue;
          try {
            batch.push({ event, payload: JSON.parse(text) });
          } catch {
            // A damaged entry is skipped: the facilitator validates what it receives anyway.
          }
        }
        yield batch;
        start = `(${(entries[entries.length - 1] as [string, string[]])[0]}`;
      }
    },
  };
}
