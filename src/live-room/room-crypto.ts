import { fromBase64Url, toBase64Url } from '@/lib/base64';
import { type SealedPayload, sealBuckets } from './protocol';

/**
 * End-to-end sealing for the live room with WebCrypto (browser and Node 20): ECDH P-256 between each
 * phone and the facilitator, HKDF-SHA-256 to an AES-GCM key; a random room key for what all phones see.
 * The additional data binds each message to its room, direction and sender, so the relay cannot move a
 * sealed vote to another participant or room without it failing to open.
 */
const subtle = () => {
  if (!globalThis.crypto?.subtle)
    throw new Error('This page needs a secure (https) connection to seal votes: open the https link.');
  return globalThis.crypto.subtle;
};
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;
const decode = (text: string) => {
  const out = fromBase64Url(text);
  if (!out) throw new Error('Not base64url.');
  return bytes(out);
};

export const hasWebCrypto = () => typeof globalThis.crypto?.subtle !== 'undefined';

/** `exportable`: only the facilitator's, so its room survives a page reload (kept in sessionStorage). */
export async function newKeyPair(exportable = false): Promise<CryptoKeyPair> {
  return subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, exportable, [
    'deriveBits',
  ]) as Promise<CryptoKeyPair>;
}

export async function exportPrivateKey(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await subtle().exportKey('pkcs8', key)));
}

export async function importPrivateKey(pkcs8: string): Promise<CryptoKey> {
  return subtle().importKey('pkcs8', decode(pkcs8), { name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await subtle().exportKey('raw', key)));
}

export async function importPublicKey(raw: string): Promise<CryptoKey> {
  return subtle().importKey('raw', decode(raw), { name: 'ECDH', namedCurve: 'P-256' }, true, []);
}

/** The AES-GCM key one phone and the facilitator share, derived on both sides, never sent. */
export async function pairKey(own: CryptoKey, theirs: CryptoKey, room: string): Promise<CryptoKey> {
  const secret = await subtle().deriveBits({ name: 'ECDH', public: theirs }, own, 256);
  const hkdf = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode(`ledger-fit room ${room}`),
      info: encoder.encode('vote'),
    },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function newRoomKey(): Promise<{ key: CryptoKey; raw: string }> {
  const raw = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return { key: await importRoomKey(toBase64Url(raw)), raw: toBase64Url(raw) };
}

export async function importRoomKey(raw: string): Promise<CryptoKey> {
  return subtle().importKey('raw', decode(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * The smallest bucket for each kind of message: what the phones are shown (state, welcome) always fills
 * 4 KB whether or not a question is open or revealed; votes, hellos and acks fill 256 bytes whatever the
 * answer or name.
 */
const sealMinimumBucket = (context: string) =>
  context.startsWith('state:') || context.startsWith('welcome:') ? 4096 : 256;

/**
 * The message as JSON, padded with spaces (JSON.parse ignores them) to the smallest bucket that holds it,
 * so its sealed size shows only its kind. Throws when it fits no bucket.
 */
export function padded(message: unknown, minimum: number): Uint8Array<ArrayBuffer> {
  const json = encoder.encode(JSON.stringify(message));
  const size = sealBuckets.find((b) => b >= minimum && b >= json.length);
  if (size === undefined) throw new Error(`A sealed message of ${json.length} bytes is too large.`);
  const out = new Uint8Array(size).fill(0x20);
  out.set(json);
  return out;
}

export async function seal(key: CryptoKey, context: string, message: unknown): Promise<SealedPayload> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    padded(message, sealMinimumBucket(context)),
  );
  return { iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) };
}

/** The opened message, or undefined when it was not sealed with this key for this context. */
export async function open(key: CryptoKey, context: string, sealed: SealedPayload): Promise<unknown> {
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: decode(sealed.iv), additionalData: encoder.encode(context) },
      key,
      decode(sealed.data),
    );
    return JSON.parse(decoder.decode(plain));
  } catch {
    return undefined;
  }
}

/** Contexts: what a sealed message is, in which room, from or to whom. */
export const sealContext = {
  hello: (room: string, participant: string) => `hello:${room}:${participant}`,
  vote: (room: string, participant: string) => `vote:${room}:${participant}`,
  welcome: (room: string, participant: string) => `welcome:${room}:${participant}`,
  state: (room: string) => `state:${room}`,
  /** Sealed with the room key, but bound to one participant: the relay cannot hand one phone's ack to another. */
  ack: (room: string, participant: string) => `ack:${room}:${participant}`,
};

/** Four groups of four hex digits from a public key: shown on the projector and phone to compare. */
export async function keyFingerprint(raw: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', decode(raw)));
  const hex = [...digest.slice(0, 6)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

export function randomId(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}
