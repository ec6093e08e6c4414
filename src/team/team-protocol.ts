// zod/mini, as the live room's protocol: the relay and the client validate the same envelopes.
import { z } from 'zod/mini';

/**
 * What crosses the relay for a team assessment: sealed Yjs updates (stored, so a colleague who opens the
 * link later catches up), sealed snapshots (compaction) and sealed presence (forwarded, never stored).
 * The relay sees a document id, a random sender id, a sequence number and ciphertext, nothing else.
 */
const base64url = (max: number, min = 1) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]+$/));

/** Plaintext bytes per sealed part: a sealed part stays inside the relay's 16 KB message limit. */
export const partBytes = 9 * 1024;
const maxSealedChars = Math.ceil((partBytes + 256 + 16) / 3) * 4;

export const teamLimits = {
  /** Entries kept per document before the oldest are trimmed (compaction keeps it far below). */
  maxEntries: 5000,
  /** Bytes of ciphertext kept per document. */
  maxBytes: 8 * 1024 * 1024,
  /** Kept this long after the last write (refreshed by every write). */
  ttlSeconds: 90 * 24 * 60 * 60,
  /** Messages per socket per 10 s. */
  rate: { messages: 200, windowMs: 10_000 },
  /** Entries a reader gets per page. */
  page: 500,
} as const;

export const documentId = base64url(32, 16);
export const senderId = base64url(32, 8);
/** A Redis stream id (`1700000000000-0`), or '0' for "from the start". */
export const streamId = z.string().check(z.regex(/^(0|\d{1,16}-\d{1,10})$/));

export const sealedPart = z.strictObject({
  sender: senderId,
  seq: z.int().check(z.minimum(1), z.maximum(2 ** 31)),
  kind: z.enum(['update', 'snapshot']),
  /** A message larger than one part travels as `parts` entries with consecutive seq, numbered from 0. */
  part: z.int().check(z.minimum(0), z.maximum(999)),
  parts: z.int().check(z.minimum(1), z.maximum(1000)),
  iv: base64url(16, 16),
  data: base64url(maxSealedChars, 22),
});
export type SealedPart = z.infer<typeof sealedPart>;

export const openRequest = z.strictObject({
  doc: documentId,
  /** Read the stream after this id (the last one this client applied). */
  after: streamId,
  /** SHA-256 (hex) of the document's close token, sent by whoever creates the document. */
  closeHash: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});
export const putRequest = z.strictObject({
  doc: documentId,
  entry: sealedPart,
  /** A snapshot says which stream id it covers: the relay trims entries up to it. */
  covers: z.optional(streamId),
});
export const presenceMessage = z.strictObject({
  doc: documentId,
  sender: senderId,
  seq: z.int().check(z.minimum(1)),
  iv: base64url(16, 16),
  data: base64url(maxSealedChars, 22),
});
export const closeRequest = z.strictObject({ doc: documentId, token: base64url(64, 16) });

/** An entry as stored and as a reader receives it. */
export type StoredEntry = SealedPart & { readonly id: string };
