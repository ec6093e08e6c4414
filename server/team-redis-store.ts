import { type StoredEntry, sealedPart, teamLimits } from '../src/team/team-protocol';
import type { RedisLike } from './redis-room-store';
import type { TeamStore } from './team-store';

const keys = (doc: string) => {
  const base = `ledger-fit:team:${doc}`;
  return { stream: `${base}:log`, meta: `${base}:meta` };
};

/**
 * Team documents in Redis: one stream per document (XADD of the sealed entry's fields; MAXLEN caps it;
 * the TTL is refreshed on every write), a hash for the close token's hash and the closed flag. A late
 * joiner reads with XRANGE from its last id; compaction trims with XTRIM MINID.
 */
export function redisTeamStore(client: RedisLike): TeamStore {
  const run = (...args: (string | number)[]) => client.sendCommand(args.map(String));
  const ttl = teamLimits.ttlSeconds;
  return {
    async append(doc, entry) {
      const k = keys(doc);
      if (await run('HEXISTS', k.meta, 'closed')) return 'closed';
      const [length, bytes] = (await Promise.all([run('XLEN', k.stream), run('HGET', k.meta, 'bytes')])) as [
        number,
        string | null,
      ];
      const size = entry.data.length + entry.iv.length;
      if (Number(length) >= teamLimits.maxEntries || Number(bytes ?? 0) + size > teamLimits.maxBytes)
        return 'full';
      const id = (await run(
        'XADD',
        k.stream,
        '*',
        's',
        entry.sender,
        'q',
        entry.seq,
        'k',
        entry.kind,
        'p',
        `${entry.part}/${entry.parts}`,
        'i',
        entry.iv,
        'd',
        entry.data,
      )) as string;
      await Promise.all([
        run('HINCRBY', k.meta, 'bytes', size),
        run('EXPIRE', k.stream, ttl),
        run('EXPIRE', k.meta, ttl),
      ]);
      return id;
    },
    async read(doc, after, count) {
      const start = after === '0' ? '-' : `(${after}`;
      const rows = (await run('XRANGE', keys(doc).stream, start, '+', 'COUNT', count)) as [
        string,
        string[],
      ][];
      if (!Array.isArray(rows)) return [];
      const out: StoredEntry[] = [];
      for (const [id, fields] of rows) {
        const f = (name: string) => fields[fields.indexOf(name) + 1];
        const [part, parts] = String(f('p')).split('/').map(Number);
        // What comes out of Redis is checked as what came in: a damaged entry is skipped, not forwarded.
        const parsed = sealedPart.safeParse({
          sender: f('s'),
          seq: Number(f('q')),
          kind: f('k'),
          part,
          parts,
          iv: f('i'),
          data: f('d'),
        });
        if (parsed.success) out.push({ ...parsed.data, id });
      }
      return out;
    },
    async trim(doc, upTo) {
      const k = keys(doc);
      await run('XTRIM', k.stream, 'MINID', upTo);
      // The byte count is approximate after a trim: recount what is left from the stream's length.
      const rows = (await run('XRANGE', k.stream, '-', '+')) as [string, string[]][];
      const bytes = (rows ?? []).reduce((n, [, fields]) => {
        const d = fields[fields.indexOf('d') + 1] ?? '';
        const i = fields[fields.indexOf('i') + 1] ?? '';
        return n + d.length + i.length;
      }, 0);
      await run('HSET', k.meta, 'bytes', bytes);
    },
    async registerClose(doc, closeHash) {
      const k = keys(doc);
      await run('HSETNX', k.meta, 'closeHash', closeHash);
      await run('EXPIRE', k.meta, ttl);
    },
    async closeHash(doc) {
      const value = await run('HGET', keys(doc).meta, 'closeHash');
      return typeof value === 'string' ? value : undefined;
    },
    async close(doc) {
      await run('HSET', keys(doc).meta, 'closed', '1');
    },
    async isClosed(doc) {
      return Boolean(await run('HEXISTS', keys(doc).meta, 'closed'));
    },
  };
}
