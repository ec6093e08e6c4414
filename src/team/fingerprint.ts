import { fromBase64Url } from '@/lib/base64';
import { sha256Hex } from './canonical-json';

/**
 * A public key's fingerprint: the first 12 bytes of the SHA-256 of its base64url text, as six groups of
 * four hex digits, read aloud and compared between colleagues ("is your key 3F2A 91C0 …?").
 */
export function fingerprint(publicKey: string): string {
  if (!fromBase64Url(publicKey)) return 'not a key';
  return sha256Hex(publicKey).slice(0, 24).toUpperCase().match(/.{4}/g)?.join(' ') as string;
}
