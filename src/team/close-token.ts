import { toBase64Url } from '@/lib/base64';
import { sha256Hex } from './canonical-json';

/**
 * Revoking a team link: the relay keeps only the SHA-256 of a token derived from the document key, given
 * when the document is created; whoever holds the key can later present the token to stop all writes.
 * The relay learns the token only then, when it no longer matters.
 */
export async function closeToken(rawKey: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`ledger-fit team close ${rawKey}`),
  );
  return toBase64Url(new Uint8Array(digest));
}

export const closeHashOf = (token: string) => sha256Hex(token);
