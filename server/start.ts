/**
 * `npm run room`: the live-room relay and the built app on one port, for a workshop on a laptop.
 * `npm run room:https` (or `--https`): the same over TLS with a certificate made at start, so phones on
 * the LAN can join; it prints the address to give them.
 * Environment: PORT (8787), HOST (0.0.0.0), RELAY_SECRET (shared by every process of a deployment;
 * random when unset), REDIS_URL (set it to run several processes behind @socket.io/redis-adapter),
 * RELAY_ORIGINS (comma-separated origins of an app served elsewhere), STATIC_DIR (dist),
 * PUBLIC_ORIGIN (comma-separated origins phones should open, served at /api/origin),
 * TRUST_PROXY (addresses or CIDRs, or `loopback`, whose X-Forwarded-For is believed),
 * RELAY_ADDRESS_LIMITS (e.g. `create=20/600,lookup=60/60,join=600/60`: requests / seconds per address),
 * RELAY_MAX_PENDING_HANDSHAKES (200: beyond it new connections are told 'relay busy', retry later),
 * RELAY_LOG=1 (log event names and sizes, never payloads, as JSON lines).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createAdapter } from '@socket.io/redis-adapter';
import { parseAddressLimits } from './address-limits';
import { publicOrigins, selfSignedCertificate } from './public-origins';
import { redisClients } from './redis-clients';
import { redisRoomStore } from './redis-room-store';
import { createRelay } from './relay';
import type { RelayLogEntry } from './relay-types';
import { redisTeamStore } from './team-redis-store';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? '0.0.0.0';
const staticDir = env.STATIC_DIR ?? 'dist';
const https = process.argv.includes('--https') || env.TLS === 'self-signed';
const secret = env.RELAY_SECRET ?? randomBytes(32).toString('base64url');
if (!env.RELAY_SECRET && env.REDIS_URL)
  console.warn('RELAY_SECRET is not set: relay processes behind one Redis must share it.');
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const quietLog = (entry: RelayLogEntry) => {
  // Failures are always worth a line; the traffic log only with RELAY_LOG.
  if (/fail|error|busy|redis/.test(`${entry.event} ${entry.reason ?? ''}`))
    console.error(JSON.stringify(entry));
};
const log = env.RELAY_LOG ? (entry: RelayLogEntry) => console.log(JSON.stringify(entry)) : quietLog;
// A safety net, not the design: every handler is total; this only keeps a stray rejection in a library from
// ending every room on the process.
process.on('unhandledRejection', (reason) => log({ event: 'unhandled rejection', reason: String(reason) }));

const redis = env.REDIS_URL ? redisClients(env.REDIS_URL, log) : undefined;
if (redis) await redis.connect();

const { http, io, storeRecovered } = createRelay({
  secret,
  ...(redis
    ? { rooms: redisRoomStore(redis.store), teamStore: redisTeamStore(redis.store), redisState: redis.state }
    : {}),
  allowedOrigins: list(env.RELAY_ORIGINS),
  ...(existsSync(staticDir) ? { staticDir } : {}),
  log,
  trustProxy: env.TRUST_PROXY ?? '',
  addressLimits: parseAddressLimits(env.RELAY_ADDRESS_LIMITS),
  publicOrigins: () => publicOrigins(list(env.PUBLIC_ORIGIN), port, https),
  ...(https ? { tls: await selfSignedCertificate() } : {}),
  ...(env.RELAY_MAX_PENDING_HANDSHAKES
    ? { maxPendingHandshakes: Number(env.RELAY_MAX_PENDING_HANDSHAKES) }
    : {}),
});
redis?.onRecovered(storeRecovered);
if (redis) {
  io.adapter(createAdapter(redis.pub, redis.sub));
  io.of('/').adapter.on('error', (error: unknown) => log({ event: 'adapter error', reason: String(error) }));
}
io.on('error', (error: unknown) => log({ event: 'io error', reason: String(error) }));
if (!existsSync(staticDir))
  console.warn(`${staticDir}/ not found: run "npm run build" to serve the app too.`);

http.listen(port, host, () => {
  const scheme = https ? 'https' : 'http';
  console.log(`Ledger Fit live room on ${scheme}://localhost:${port}/ (relay${redis ? ' with Redis' : ''})`);
  const phones = publicOrigins(list(env.PUBLIC_ORIGIN), port, https);
  if (https && phones.length > 0)
    console.log(
      `Phones join at ${phones[0]}/ (open it on this computer too and present from there; phones accept the certificate once).`,
    );
  else if (!https)
    console.log('Phones need https: run "npm run room:https", or see README, "Running a live room".');
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  io.close(() => {
    void (redis?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
