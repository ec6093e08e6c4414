import { type Assessment, currentSchemaVersion, fileFormat } from '../../schema/assessment-schema';
import { parseAssessmentData } from '../../schema/parse-assessment-file';
import type { ParseResult } from '../../schema/parse-result';

/**
 * A share link carries one assessment in the URL fragment (after "#"), which browsers never send to a
 * server: `/open#lf1.p.<data>` (deflated, base64url) or `/open#lf1.e.<salt+iv+ciphertext>` when a
 * passphrase encrypts it (AES-GCM 256, key from PBKDF2-SHA-256 with a random salt).
 */
const shareVersion = 'lf1';
const pbkdf2Iterations = 600_000;
export const emailSafeLength = 2000;
const maxFragmentLength = 200_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
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
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The fragment (without "#") that carries this assessment. */
export async function encodeShareFragment(assessment: Assessment, passphrase?: string): Promise<string> {
  const json = JSON.stringify({
    format: fileFormat,
    schemaVersion: currentSchemaVersion,
    assessments: [assessment],
  });
  const compressed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  if (!passphrase) return `${shareVersion}.p.${toBase64Url(compressed)}`;
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

export type ShareKind = 'plain' | 'encrypted' | 'invalid';

export function shareKind(fragment: string): ShareKind {
  if (fragment.startsWith(`${shareVersion}.p.`)) return 'plain';
  if (fragment.startsWith(`${shareVersion}.e.`)) return 'encrypted';
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
    return broken('This is not a Ledger Fit share link, or it was cut short before “lf1.”.');
  const payload = fromBase64Url(fragment.slice(shareVersion.length + 3));
  if (!payload || payload.length === 0)
    return broken('The share link is damaged: it contains characters a link cannot.');
  let compressed: Uint8Array;
  if (kind === 'encrypted') {
    if (!passphrase) return broken('This link is protected: enter its passphrase.');
    if (payload.length < 16 + 12 + 16) return broken('The share link is damaged or was cut short.');
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
    return broken('The share link is damaged or was cut short: its data cannot be unpacked.');
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
