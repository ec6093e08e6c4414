/**
 * `npm run room`: the live-room relay and the built app on one port, for a workshop on a laptop.
 * Environment: PORT (8787), HOST (0.0.0.0), RELAY_SECRET (shared by every process of a deployment;
 * random when unset), REDIS_URL (set it to run several processes behind @socket.io/redis-adapter),
 * RELAY_ORIGINS (comma-separated origins of an app served elsewhere), STATIC_DIR (dist),
 * RELAY_LOG=1 (log event names and sizes, never payloads, as JSON lines).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { createRelay } from './relay';
import { redisRoomStore } from './room-store';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '0.0.0.0';
const staticDir = process.env.STATIC_DIR ?? 'dist';
const secret = process.env.RELAY_SECRET ?? randomBytes(32).toString('base64url');
if (!process.env.RELAY_SECRET && process.env.REDIS_URL)
  console.warn('RELAY_SECRET is not set: relay processes behind one Redis must share it.');

let rooms: ReturnType<typeof redisRoomStore> | undefined;
let adapter: ReturnType<typeof createAdapter> | undefined;
if (process.env.REDIS_URL) {
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  const store = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect(), store.connect()]);
  adapter = createAdapter(pub, sub);
  rooms = redisRoomStore(store);
}

const { http, io } = createRelay({
  secret,
  ...(rooms ? { rooms } : {}),
  allowedOrigins: (process.env.RELAY_ORIGINS ?? '').split(',').filter(Boolean),
  ...(existsSync(staticDir) ? { staticDir } : {}),
  ...(process.env.RELAY_LOG ? { log: (entry) => console.log(JSON.stringify(entry)) } : {}),
});
if (adapter) io.adapter(adapter);
if (!existsSync(staticDir))
  console.warn(`${staticDir}/ not found: run "npm run build" to serve the app too.`);

http.listen(port, host, () => {
  console.log(`Ledger Fit live room on http://localhost:${port}/ (relay${adapter ? ' with Redis' : ''})`);
  console.log('Phones need https (or this computer itself): see README, "Running a live room".');
});
const stop = () => io.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
