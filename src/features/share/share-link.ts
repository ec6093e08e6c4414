import { fromBase64Url, toBase64Url } from '@/lib/base64';
import type { ParseResult } from '@/lib/parse-result';
import type { Assessment } from '@/schema/assessment-schema';
import { fileEnvelope } from '@/schema/export-file';
import { parseAssessmentData } from '@/schema/parse-assessment-file';

/**
 * A share link carries one assessment in the URL fragment (after "#"), which browsers never send to a
 * server. Version 2:
 * - plain: `/open#lf2.p.<digest>.<data>`: data is the deflated file, base64url; digest is the first 16 bytes
 *   of its SHA-256, checked before anything is unpacked, so a changed or cut link never opens.
 * - protected: `/open#lf2.e.<salt+iv+ciphertext>` (AES-GCM 256, key from PBKDF2-SHA-256 with a random salt);
 *   GCM's tag already refuses any change.
 * Version 1 protected links (`lf1.e.`, the same layout) still open; version 1 plain links had no check, so
 * they are refused with a message saying so.
 */
const shareVersion = 'lf2';
const digestBytes = 16;
const pbkdf2Iterations = 600_000;
export const emailSafeLength = 2000;
const maxFragmentLength = 200_000;

async function digestOf(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return toBase64Url(hash.subarray(0, digestBytes));
}

/** Streams bytes through (de)compression, stopping past `limit` bytes so a tiny link cannot unpack to gigabytes. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = 5 * 1024 * 1024,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      // Stryker disable next-line StringLiteral: equivalent, every caller catches this (decoding then says "damaged", the share panel its own sentence); the text is never shown
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function deriveKey(passphrase: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: pbkdf2Iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    // Stryker disable next-line BooleanLiteral: equivalent, the key never leaves this module, so nothing could export it
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The fragment (without "#") that carries this assessment. */
export async function encodeShareFragment(assessment: Assessment, passphrase?: string): Promise<string> {
  const json = JSON.stringify(fileEnvelope([assessment]));
  const compressed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  if (!passphrase) return `${shareVersion}.p.${await digestOf(compressed)}.${toBase64Url(compressed)}`;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt);
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, compressed as BufferSource),
  );
  const packed = new Uint8Array(salt.length + iv.length + cipher.length);
  packed.set(salt, 0);
  packed.set(iv, salt.length);
  packed.set(cipher, salt.length + iv.length);
  return `${shareVersion}.e.${toBase64Url(packed)}`;
}

export type ShareKind = 'plain' | 'encrypted' | 'oldPlain' | 'invalid';

export function shareKind(fragment: string): ShareKind {
  if (fragment.startsWith(`${shareVersion}.p.`)) return 'plain';
  if (fragment.startsWith(`${shareVersion}.e.`) || fragment.startsWith('lf1.e.')) return 'encrypted';
  if (fragment.startsWith('lf1.p.')) return 'oldPlain';
  return 'invalid';
}

const broken = (why: string): ParseResult<Assessment> => ({ ok: false, problems: [why] });

/** Reads a share fragment back into an assessment. Never throws: a bad link gets a clear reason. */
export async function decodeShareFragment(
  fragment: string,
  passphrase?: string,
): Promise<ParseResult<Assessment>> {
  if (fragment.length > maxFragmentLength)
    return broken('This share link is far too long to be a Ledger Fit link.');
  const kind = shareKind(fragment);
  if (kind === 'invalid')
    return broken('This is not a Ledger Fit share link, or it was cut short at its start.');
  if (kind === 'oldPlain')
    return broken(
      'This link was made by an older version of Ledger Fit that could not check whether a link was changed, so it is not opened. Ask the sender for a new link, or for the exported file.',
    );
  const damaged = 'The share link is damaged or was cut short: check that you copied all of it.';
  const body = fragment.slice(shareVersion.length + 3);
  let payload: Uint8Array | undefined;
  if (kind === 'plain') {
    const dot = body.indexOf('.');
    const data = dot < 0 ? undefined : fromBase64Url(body.slice(dot + 1));
    if (!data || data.length === 0 || (await digestOf(data)) !== body.slice(0, dot)) return broken(damaged);
    payload = data;
  } else {
    payload = fromBase64Url(body);
    if (!payload || payload.length === 0) return broken(damaged);
  }
  let compressed: Uint8Array;
  if (kind === 'encrypted') {
    if (!passphrase) return broken('This link is protected: enter its passphrase.');
    if (payload.length < 16 + 12 + 16) return broken(damaged);
    try {
      const key = await deriveKey(passphrase, payload.subarray(0, 16));
      compressed = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: payload.subarray(16, 28) as BufferSource },
          key,
          payload.subarray(28) as BufferSource,
        ),
      );
    } catch {
      return broken('The passphrase is wrong, or the link was changed or cut short.');
    }
  } else {
    compressed = payload;
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(compressed, new DecompressionStream('deflate-raw')),
    );
  } catch {
    return broken(damaged);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return broken('The share link is damaged: its data is not readable.');
  }
  const parsed = parseAssessmentData(raw);
  if (!parsed.ok) return parsed;
  const [assessment] = parsed.data.assessments;
  if (!assessment || parsed.data.assessments.length !== 1)
    return broken('A share link must hold exactly one assessment.');
  return { ok: true, data: assessment };
}
