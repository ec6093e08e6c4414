import * as z from 'zod/mini';

/**
 * The team record of an assessment (file schema 4): who reviews it, which version it is, the sign-off
 * signatures with their public keys, and the per-author hash-chained history. Optional: files without it
 * (every schema 1-3 file) load unchanged.
 */
const text = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'));
const base64url = (max: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'), z.maxLength(max));
const authorId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "-" or "_"'));

export const signOffRoles = ['assessor', 'reviewer', 'clinicalSafetyOfficer', 'igLead'] as const;
export type SignOffRole = (typeof signOffRoles)[number];

export const signatureSchema = z.strictObject({
  role: z.enum(signOffRoles),
  name: text(200),
  time: text(40),
  contentHash: hex64,
  /** The signer's ECDSA P-256 public key, raw (65 bytes), base64url. */
  publicKey: base64url(120),
  /** ECDSA P-256 with SHA-256 over the canonical JSON of { contentHash, name, role, time } (IEEE P1363, 64 bytes). */
  signature: base64url(120),
});

const historyValue = z.nullable(z.union([text(200), z.number(), z.boolean()]));

export const historyEntrySchema = z.strictObject({
  author: authorId,
  /** The author's name as they gave it when they made the change. */
  by: text(200),
  seq: z.int().check(z.minimum(1)),
  at: text(40),
  kind: z.enum(['seed', 'answer', 'note', 'proposal', 'hazard', 'meta', 'signature', 'checkpoint']),
  /** What changed: a question id, proposal field, hazard id and field, or a signature's role. */
  target: text(160),
  from: z.optional(historyValue),
  to: z.optional(historyValue),
  /** A checkpoint names the head (seq and hash) of every author's chain it has seen. */
  heads: z.optional(z.record(authorId, z.strictObject({ seq: z.int().check(z.minimum(0)), hash: hex64 }))),
  /** The hash of this author's previous entry ('' for the first). */
  prev: z.union([hex64, z.literal('')]),
  hash: hex64,
});

export const teamRecordSchema = z.strictObject({
  reviewer: z.optional(text(200)),
  version: z.optional(text(40)),
  signatures: z.optional(z.array(signatureSchema).check(z.maxLength(40))),
  /** One append-only chain per author, by author id. */
  history: z.optional(z.record(authorId, z.array(historyEntrySchema).check(z.maxLength(20_000)))),
});

export type TeamRecord = z.infer<typeof teamRecordSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type History = NonNullable<TeamRecord['history']>;
