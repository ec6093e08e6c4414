import { publicOrigins } from '@/live-room/protocol';

/** Names that mean "this computer": a phone that opens them reaches itself, not the laptop. */
export const isLoopback = (hostname: string) =>
  hostname === 'localhost' ||
  hostname.endsWith('.localhost') ||
  /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
  hostname === '[::1]' ||
  hostname === '::1';

export const localhostAdvice =
  'Phones can’t reach localhost: start with `npm run room:https` and open the https LAN address shown.';

const reachableByPhones = (origin: string) => {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' && !isLoopback(url.hostname);
  } catch {
    return false;
  }
};

export type PhoneOrigin =
  | { readonly ok: true; readonly origin: string }
  | { readonly ok: false; readonly problem: string }
  /** Nothing answered as a relay: the caller says there is no relay. */
  | { readonly ok: false; readonly noRelay: true };

/**
 * The address phones open (in the QR code and the join link). The page's own origin, unless it names this
 * computer (localhost, 127.0.0.1): then the relay's public address (`GET /api/origin`), https only, since
 * phones cannot seal votes on a plain-http page; failing that, what to do instead.
 */
export async function phoneOrigin(
  page: { origin: string; hostname: string },
  relayUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<PhoneOrigin> {
  if (!isLoopback(page.hostname)) return { ok: true, origin: page.origin };
  let body: unknown;
  try {
    const response = await fetcher(new URL('/api/origin', relayUrl));
    body = await response.json();
  } catch {
    // No answer, or not JSON (a static host's page): there is no relay here.
    return { ok: false, noRelay: true };
  }
  const parsed = publicOrigins.safeParse(body);
  const usable = parsed.success ? parsed.data.origins.find(reachableByPhones) : undefined;
  if (usable) return { ok: true, origin: new URL(usable).origin };
  // A relay with no https address to offer: say what to do.
  return { ok: false, problem: localhostAdvice };
}
