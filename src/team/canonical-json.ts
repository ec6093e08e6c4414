import { digest } from 'lib0/hash/sha256';

/**
 * Canonical JSON after RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as ECMAScript's JSON.stringify writes them; undefined members are left out (as JSON.stringify does).
 * Two people who hold the same content get the same text, so the same hash, whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('Canonical JSON has no NaN or Infinity.');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

const encoder = new TextEncoder();

/**
 * SHA-256 in hex. Synchronous (lib0's implementation, which Yjs already brings) so a history entry can be
 * hashed inside the Yjs transaction that records the change; WebCrypto's digest is async only.
 */
export function sha256Hex(text: string): string {
  return [...digest(encoder.encode(text))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
