import { fromBase64Url, toBase64Url } from '@/lib/base64';

/**
 * Sealing of Yjs updates and presence with AES-GCM under the document key (from the team link, never
 * sent to the relay). Random 96-bit IV; the additional data binds the document, the sender and the
 * sender's sequence number, so the relay cannot replay one person's update as another's, or move it to
 * another document, without it failing to open. Plaintexts are padded to a multiple of 256 bytes (after a
 * 4-byte length), so a sealed size does not give away a one-letter answer or a name's length.
 */
export interface SealedUpdate {
  readonly iv: string;
  readonly data: string;
}
export type SealKind = 'update' | 'presence' | 'snapshot';

const encoder = new TextEncoder();
const padTo = 256;
const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;
const context = (kind: SealKind, doc: string, sender: string, seq: number) =>
  encoder.encode(`team-${kind}:${doc}:${sender}:${seq}`);

export async function newDocumentKey(): Promise<{ key: CryptoKey; raw: string }> {
  const raw = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const key = await importDocumentKey(raw);
  if (!key) throw new Error('A new document key did not import.');
  return { key, raw };
}

/** The key from its link form; undefined when it is not 32 bytes of base64url. */
export async function importDocumentKey(raw: string): Promise<CryptoKey | undefined> {
  const key = fromBase64Url(raw);
  if (key?.length !== 32) return undefined;
  return crypto.subtle.importKey('raw', bytes(key), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

function pad(plain: Uint8Array): Uint8Array<ArrayBuffer> {
  const size = Math.ceil((plain.length + 4) / padTo) * padTo;
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, plain.length);
  out.set(plain, 4);
  return out;
}

function unpad(padded: Uint8Array): Uint8Array | undefined {
  if (padded.length < 4) return undefined;
  const length = new DataView(padded.buffer, padded.byteOffset).getUint32(0);
  return length + 4 <= padded.length ? padded.slice(4, 4 + length) : undefined;
}

export async function sealUpdate(
  key: CryptoKey,
  kind: SealKind,
  doc: string,
  sender: string,
  seq: number,
  plain: Uint8Array,
): Promise<SealedUpdate> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: context(kind, doc, sender, seq) },
    key,
    pad(plain),
  );
  return { iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) };
}

/** The update, or undefined when it was not sealed under this key for this document, sender and seq. */
export async function openUpdate(
  key: CryptoKey,
  kind: SealKind,
  doc: string,
  sender: string,
  seq: number,
  sealed: SealedUpdate,
): Promise<Uint8Array | undefined> {
  const iv = fromBase64Url(sealed.iv);
  const data = fromBase64Url(sealed.data);
  if (iv?.length !== 12 || !data) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(iv), additionalData: context(kind, doc, sender, seq) },
      key,
      bytes(data),
    );
    return unpad(new Uint8Array(plain));
  } catch {
    return undefined;
  }
}
