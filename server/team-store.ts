import { type SealedPart, type StoredEntry, teamLimits } from '../src/team/team-protocol';

/**
 * Where the relay keeps a team document's sealed updates: an append-only log per document, read from an
 * id, trimmed by compaction, closed by revocation. It stores ciphertext and the sender's random id and
 * sequence number; it cannot open any of it. `memoryTeamStore` for one process; `redisTeamStore` (Redis
 * streams) for several relays and for a document that outlives a relay restart.
 */
export interface TeamStore {
  /** Appends an entry; its stream id, or 'closed' when the document was revoked, or 'full' past the cap. */
  append(doc: string, entry: SealedPart): Promise<string | 'closed' | 'full'>;
  /** Entries after `after` (a stream id, or '0'), at most `count`. */
  read(doc: string, after: string, count: number): Promise<StoredEntry[]>;
  /** Removes entries before `upTo` (a snapshot covering them was appended). */
  trim(doc: string, upTo: string): Promise<void>;
  /** Remembers the hash of the close token the first time it is given. */
  registerClose(doc: string, closeHash: string): Promise<void>;
  closeHash(doc: string): Promise<string | undefined>;
  close(doc: string): Promise<void>;
  isClosed(doc: string): Promise<boolean>;
}

const after = (id: string, than: string) => {
  const [a1 = 0, a2 = 0] = id.split('-').map(Number);
  const [b1 = 0, b2 = 0] = than.split('-').map(Number);
  return a1 > b1 || (a1 === b1 && a2 > b2);
};

/** In one process's memory, with the same ids, caps and TTL as the Redis store. */
export function memoryTeamStore(now: () => number = Date.now): TeamStore {
  const docs = new Map<
    string,
    {
      entries: StoredEntry[];
      bytes: number;
      lastId: string;
      expiresAt: number;
      closeHash?: string;
      closed?: boolean;
    }
  >();
  const get = (doc: string) => {
    let d = docs.get(doc);
    if (d && d.expiresAt <= now()) {
      docs.delete(doc);
      d = undefined;
    }
    if (!d) {
      d = { entries: [], bytes: 0, lastId: '0-0', expiresAt: now() + teamLimits.ttlSeconds * 1000 };
      docs.set(doc, d);
    }
    return d;
  };
  return {
    async append(doc, entry) {
      const d = get(doc);
      if (d.closed) return 'closed';
      const size = entry.data.length + entry.iv.length;
      if (d.entries.length >= teamLimits.maxEntries || d.bytes + size > teamLimits.maxBytes) return 'full';
      const [ms = 0, n = 0] = d.lastId.split('-').map(Number);
      const t = now();
      const id = t > ms ? `${t}-0` : `${ms}-${n + 1}`;
      d.lastId = id;
      d.entries.push({ ...entry, id });
      d.bytes += size;
      d.expiresAt = now() + teamLimits.ttlSeconds * 1000;
      return id;
    },
    async read(doc, from, count) {
      return get(doc)
        .entries.filter((e) => after(e.id, from))
        .slice(0, count);
    },
    async trim(doc, upTo) {
      const d = get(doc);
      // As XTRIM MINID: entries before `upTo` go; `upTo` itself stays.
      const kept = d.entries.filter((e) => !after(upTo, e.id));
      d.entries = kept;
      d.bytes = kept.reduce((n, e) => n + e.data.length + e.iv.length, 0);
    },
    async registerClose(doc, closeHash) {
      const d = get(doc);
      d.closeHash ??= closeHash;
    },
    async closeHash(doc) {
      return get(doc).closeHash;
    },
    async close(doc) {
      get(doc).closed = true;
    },
    async isClosed(doc) {
      return get(doc).closed === true;
    },
  };
}
