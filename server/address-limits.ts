import { BlockList, isIPv6 } from 'node:net';

/** `capacity` requests at once, refilled evenly over `perMs`. */
export interface RateRule {
  readonly capacity: number;
  readonly perMs: number;
}
export type LimitKind = 'createRoom' | 'lookup' | 'join';
export type AddressLimits = Readonly<Record<LimitKind, RateRule>>;

/**
 * Per address, per process. Generous for joins: a venue's phones often share one public address behind
 * the Wi-Fi's NAT. A refused phone is told when to try again; its client retries by itself.
 */
export const defaultAddressLimits: AddressLimits = {
  createRoom: { capacity: 20, perMs: 10 * 60_000 },
  lookup: { capacity: 60, perMs: 60_000 },
  join: { capacity: 600, perMs: 60_000 },
};

/** Reads `create=20/600,lookup=60/60,join=600/60` (count/seconds), keeping defaults for what is not named. */
export function parseAddressLimits(spec: string | undefined): AddressLimits {
  const limits: Record<LimitKind, RateRule> = { ...defaultAddressLimits };
  const names: Record<string, LimitKind> = { create: 'createRoom', lookup: 'lookup', join: 'join' };
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const m = /^(\w+)=(\d+)\/(\d+)$/.exec(part.trim());
    const kind = m ? names[m[1] as string] : undefined;
    if (!m || !kind) throw new Error(`RELAY_ADDRESS_LIMITS: cannot read "${part}" (e.g. join=600/60)`);
    limits[kind] = { capacity: Number(m[2]), perMs: Number(m[3]) * 1000 };
  }
  return limits;
}

/** Token buckets keyed by kind and address; idle buckets are dropped. */
export function addressLimiter(limits: AddressLimits, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastPrune = now();
  const prune = () => {
    if (now() - lastPrune < 60_000) return;
    lastPrune = now();
    for (const [key, bucket] of buckets) if (now() - bucket.at > 30 * 60_000) buckets.delete(key);
  };
  return {
    /** Takes one request from the address's allowance, or says how long until it may try again. */
    take(kind: LimitKind, address: string): { ok: true } | { ok: false; retryAfterMs: number } {
      prune();
      const rule = limits[kind];
      const key = `${kind} ${address}`;
      const bucket = buckets.get(key) ?? { tokens: rule.capacity, at: now() };
      const refill = ((now() - bucket.at) * rule.capacity) / rule.perMs;
      bucket.tokens = Math.min(rule.capacity, bucket.tokens + refill);
      bucket.at = now();
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) * rule.perMs) / rule.capacity) };
    },
  };
}

const plain = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** `TRUST_PROXY`: addresses or CIDR ranges of proxies whose X-Forwarded-For is believed; `loopback` for Caddy on this machine. */
export function trustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (raw === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits] = raw.split('/') as [string, string | undefined];
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits) list.addSubnet(address, Number(bits), type);
    else list.addAddress(address, type);
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) => {
  try {
    return list.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
  } catch {
    return false;
  }
};

/**
 * The address a request came from: the socket's peer, unless that peer is a trusted proxy, in which case
 * the right-most address in X-Forwarded-For that is not itself a trusted proxy (a client can prepend
 * anything to the header, but not what the proxy appends).
 */
export function clientAddress(
  remote: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  const peer = plain(remote ?? 'unknown');
  if (!forwardedFor || !isTrusted(trusted, peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => plain(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return hops[0] ?? peer;
}
