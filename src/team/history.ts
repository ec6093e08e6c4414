import type { History, HistoryEntry } from '@/schema/team-record';
import { canonicalJson, sha256Hex } from './canonical-json';

/**
 * The history that proves itself. Concurrent editors would fork one linear chain, so each author keeps
 * their own chain (each entry holds the hash of that author's previous entry) and now and then appends a
 * checkpoint naming the head of every chain it has seen: a small Merkle DAG, as git's commits are. Changing,
 * removing or reordering any entry breaks its own chain's links, and a rewritten chain no longer matches
 * the heads others' checkpoints recorded.
 */
export type UnsignedEntry = Omit<HistoryEntry, 'hash' | 'prev' | 'seq'>;

export const entryHash = (entry: Omit<HistoryEntry, 'hash'>): string => sha256Hex(canonicalJson(entry));

/** The next entry of an author's chain, linked to the last one. */
export function chainEntry(chain: readonly HistoryEntry[], entry: UnsignedEntry): HistoryEntry {
  const last = chain[chain.length - 1];
  const body = { ...entry, seq: (last?.seq ?? 0) + 1, prev: last?.hash ?? '' };
  return { ...body, hash: entryHash(body) };
}

/** The head (seq and hash) of every chain, for a checkpoint. */
export function heads(history: History): Record<string, { seq: number; hash: string }> {
  const out: Record<string, { seq: number; hash: string }> = {};
  for (const [author, chain] of Object.entries(history)) {
    const last = chain[chain.length - 1];
    if (last) out[author] = { seq: last.seq, hash: last.hash };
  }
  return out;
}

export type HistoryVerdict =
  | { readonly intact: true; readonly entries: number; readonly authors: number }
  | {
      readonly intact: false;
      readonly entries: number;
      /** The first entry found broken: its author, position in that chain (0-based), seq and why. */
      readonly author: string;
      readonly index: number;
      readonly seq: number | undefined;
      readonly reason: string;
    };

/**
 * Walks every chain and checkpoint: intact, or the first broken entry (chains in author order, entries in
 * chain order). An entry is broken when its hash is not the hash of its content, its seq or author is out
 * of place, its `prev` is not the previous entry's hash, or it is a checkpoint naming a head that the
 * named chain does not hold.
 */
export function verifyHistory(history: History): HistoryVerdict {
  const authors = Object.keys(history).sort();
  const entries = authors.reduce((n, a) => n + (history[a]?.length ?? 0), 0);
  const broken = (
    author: string,
    index: number,
    entry: HistoryEntry | undefined,
    reason: string,
  ): HistoryVerdict => ({
    intact: false,
    entries,
    author,
    index,
    seq: typeof entry?.seq === 'number' ? entry.seq : undefined,
    reason,
  });
  const hashesBySeq = new Map<string, Map<number, string>>();
  for (const author of authors) {
    const chain = history[author] ?? [];
    const bySeq = new Map<number, string>();
    hashesBySeq.set(author, bySeq);
    let prev = '';
    for (const [index, entry] of chain.entries()) {
      const { hash, ...body } = entry;
      if (entry.author !== author) return broken(author, index, entry, 'it is filed under another author');
      if (entry.seq !== index + 1)
        return broken(author, index, entry, `its number is ${entry.seq}, expected ${index + 1}`);
      if (entry.prev !== prev) return broken(author, index, entry, 'it does not link to the entry before it');
      if (entryHash(body) !== hash)
        return broken(author, index, entry, 'its content does not match its hash');
      bySeq.set(entry.seq, hash);
      prev = hash;
    }
  }
  for (const author of authors) {
    for (const [index, entry] of (history[author] ?? []).entries()) {
      if (entry.kind !== 'checkpoint' || !entry.heads) continue;
      for (const [other, head] of Object.entries(entry.heads)) {
        if (head.seq === 0) continue;
        const held = hashesBySeq.get(other)?.get(head.seq);
        // A chain that has not yet synced as far as a checkpoint saw is incomplete, not tampered with.
        if (held !== undefined && held !== head.hash)
          return broken(author, index, entry, `it recorded ${other}'s entry ${head.seq} differently`);
      }
    }
  }
  return { intact: true, entries, authors: authors.length };
}

/** Every entry of every chain in time order (ties by author and seq): what the History view lists. */
export function historyInOrder(history: History): HistoryEntry[] {
  return Object.values(history)
    .flat()
    .sort((a, b) => a.at.localeCompare(b.at) || a.author.localeCompare(b.author) || a.seq - b.seq);
}
