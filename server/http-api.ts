import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRoomRequest, relayLimits } from '../src/live-room/protocol';
import type { LimitKind } from './address-limits';
import type { RoomStore } from './room-store';
import { newCode, sign } from './tokens';

export interface ApiContext {
  readonly secret: string;
  readonly rooms: RoomStore;
  readonly now: () => number;
  readonly log: (entry: { event: string; room?: string; reason?: string }) => void;
  readonly originAllowed: (req: IncomingMessage) => boolean;
  readonly addressOf: (req: IncomingMessage) => string;
  readonly take: (kind: LimitKind, address: string) => { ok: true } | { ok: false; retryAfterMs: number };
  /** Addresses phones can open (`GET /api/origin`). */
  readonly publicOrigins: (req: IncomingMessage) => string[];
  /** What /healthz reports besides the process being up. */
  readonly health: () => { redis: 'none' | 'ready' | 'down' };
}

export const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
) => {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
};

const tooMany = (res: ServerResponse, retryAfterMs: number, what: string) =>
  json(
    res,
    429,
    { error: `too many ${what} from this address; try again later`, retryAfterMs },
    {
      'retry-after': String(Math.ceil(retryAfterMs / 1000)),
    },
  );

async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > max) return undefined;
  }
  return body;
}

/** The relay's small HTTP API: create a room, look one up by code, health, the address phones should use. */
export async function api(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, path: string) {
  if (path === '/api/health') return json(res, 200, { ok: true });
  if (path === '/healthz') {
    const { redis } = ctx.health();
    return json(res, redis === 'down' ? 503 : 200, { ok: redis !== 'down', redis });
  }
  if (!ctx.originAllowed(req)) return json(res, 403, { error: 'origin not allowed' });
  if (req.method === 'GET' && path === '/api/origin')
    return json(res, 200, { origins: ctx.publicOrigins(req) });
  if (req.method === 'POST' && path === '/api/rooms') {
    const limited = ctx.take('createRoom', ctx.addressOf(req));
    if (!limited.ok) return tooMany(res, limited.retryAfterMs, 'rooms');
    const body = await readBody(req, 1024);
    if (body === undefined) return json(res, 413, { error: 'too large' });
    let key: string;
    try {
      key = createRoomRequest.parse(JSON.parse(body)).key;
    } catch {
      return json(res, 400, { error: 'expected { key }' });
    }
    const room = newCode();
    const expiresAt = ctx.now() + relayLimits.roomLifetimeMs;
    await ctx.rooms.put(room, { key, expiresAt });
    ctx.log({ event: 'room created', room });
    return json(res, 201, {
      room,
      token: sign(ctx.secret, 'participant', room, expiresAt),
      facilitatorToken: sign(ctx.secret, 'facilitator', room, expiresAt),
      expiresAt,
    });
  }
  const lookup = /^\/api\/rooms\/([A-Z0-9]{8})$/.exec(path);
  if (req.method === 'GET' && lookup?.[1]) {
    const limited = ctx.take('lookup', ctx.addressOf(req));
    if (!limited.ok) return tooMany(res, limited.retryAfterMs, 'code look-ups');
    const record = await ctx.rooms.get(lookup[1]);
    if (!record) return json(res, 404, { error: 'no such room, or it has ended' });
    return json(res, 200, {
      room: lookup[1],
      token: sign(ctx.secret, 'participant', lookup[1], record.expiresAt),
      key: record.key,
    });
  }
  return json(res, 404, { error: 'not found' });
}
