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

export type PhoneOrigin =
  | { readonly ok: true; readonly origin: string }
  | { readonly ok: false; readonly problem: string };

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
  try {
    const response = await fetcher(new URL('/api/origin', relayUrl));
    const parsed = response.ok ? publicOrigins.safeParse(await response.json()) : undefined;
    const usable = parsed?.success
      ? parsed.data.origins.find((o) => {
          try {
            const url = new URL(o);
            return url.protocol === 'https:' && !isLoopback(url.hostname);
          } catch {
            return false;
          }
        })
      : undefined;
    if (usable) return { ok: true, origin: new URL(usable).origin };
  } catch {
    // No relay address to offer: say what to do.
  }
  return { ok: false, problem: localhostAdvice };
}
