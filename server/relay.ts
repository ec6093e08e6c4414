import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { extname, join, normalize } from 'node:path';
import { Server, type Socket } from 'socket.io';
import {
  createRoomRequest,
  handshakeAuth,
  helloMessage,
  relayLimits,
  stateMessage,
  voteMessage,
  welcomeMessage,
} from '../src/live-room/protocol';
import { memoryRoomStore, type RoomStore } from './room-store';

/** What the relay writes to its log: event names, rooms and sizes, never a payload. */
export interface RelayLogEntry {
  readonly event: string;
  readonly room?: string;
  readonly bytes?: number;
  readonly reason?: string;
}

export interface RelayOptions {
  /** Signs join tokens; every relay process of one deployment shares it. */
  readonly secret: string;
  /** Origins allowed besides the relay's own (e.g. the app on another host). */
  readonly allowedOrigins?: readonly string[];
  readonly rooms?: RoomStore;
  /** The built app to serve (dist/), so one command runs a workshop on a laptop. */
  readonly staticDir?: string;
  readonly log?: (entry: RelayLogEntry) => void;
  readonly now?: () => number;
}

const codeAlphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const newCode = () => Array.from({ length: 8 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function sign(secret: string, role: 'facilitator' | 'participant', room: string, expiresAt: number) {
  return createHmac('sha256', secret).update(`${role}:${room}:${expiresAt}`).digest('base64url').slice(0, 22);
}

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The live-room relay: forwards sealed messages between a facilitator and the phones in a room. It can
 * read none of them; it checks the origin, the join token at the handshake, each message's shape and
 * size, and each socket's rate. Scale out by giving several processes the same `secret`, a Redis room
 * store and the Redis adapter (see start.ts).
 */
export function createRelay(options: RelayOptions): { http: HttpServer; io: Server } {
  const rooms = options.rooms ?? memoryRoomStore();
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const ownOrigins = (req: IncomingMessage) => {
    const host = req.headers.host ?? '';
    return [`http://${host}`, `https://${host}`];
  };
  const originAllowed = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    // Browsers always send Origin on websocket and cross-site requests; a missing one is a non-browser client.
    if (!origin) return true;
    return [...ownOrigins(req), ...(options.allowedOrigins ?? [])].includes(origin);
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (path === '/api/health') return json(res, 200, { ok: true });
    if (!originAllowed(req)) return json(res, 403, { error: 'origin not allowed' });
    if (req.method === 'POST' && path === '/api/rooms') {
      let body = '';
      for await (const chunk of req) {
        body += chunk;
        if (body.length > 1024) return json(res, 413, { error: 'too large' });
      }
      let parsed: { key: string };
      try {
        parsed = createRoomRequest.parse(JSON.parse(body));
      } catch {
        return json(res, 400, { error: 'expected { key }' });
      }
      const room = newCode();
      const expiresAt = now() + relayLimits.roomLifetimeMs;
      await rooms.put(room, { key: parsed.key, expiresAt });
      log({ event: 'room created', room });
      return json(res, 201, {
        room,
        token: sign(options.secret, 'participant', room, expiresAt),
        facilitatorToken: sign(options.secret, 'facilitator', room, expiresAt),
        expiresAt,
      });
    }
    const lookup = /^\/api\/rooms\/([A-Z0-9]{8})$/.exec(path);
    if (req.method === 'GET' && lookup?.[1]) {
      const record = await rooms.get(lookup[1]);
      if (!record) return json(res, 404, { error: 'no such room, or it has ended' });
      return json(res, 200, {
        room: lookup[1],
        token: sign(options.secret, 'participant', lookup[1], record.expiresAt),
        key: record.key,
      });
    }
    return json(res, 404, { error: 'not found' });
  };

  const serveStatic = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const root = options.staticDir;
    if (!root) return json(res, 404, { error: 'not found' });
    const file = normalize(join(root, decodeURIComponent(path)));
    const inside = file.startsWith(normalize(root));
    const target =
      inside && existsSync(file) && statSync(file).isFile()
        ? file
        : path === '/join' || path.startsWith('/join/')
          ? join(root, 'join.html')
          : join(root, 'index.html');
    res.writeHead(200, {
      'content-type': contentTypes[extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': target.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(target).pipe(res);
  };

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    if (path.startsWith('/api/')) {
      api(req, res, path).catch(() => json(res, 500, { error: 'relay error' }));
      return;
    }
    serveStatic(req, res, path);
  });

  const io = new Server(http, {
    transports: ['websocket'],
    maxHttpBufferSize: relayLimits.maxMessageBytes,
    serveClient: false,
    allowRequest: (req, callback) => callback(null, originAllowed(req)),
  });

  io.use(async (socket, next) => {
    const auth = handshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success) {
      log({ event: 'handshake refused', reason: 'malformed' });
      return next(new Error('malformed handshake'));
    }
    const { room, token, role, participant } = auth.data;
    const record = await rooms.get(room);
    if (!record || record.expiresAt <= now()) {
      log({ event: 'handshake refused', room, reason: 'no room' });
      return next(new Error('no such room, or it has ended'));
    }
    if (!sameToken(token, sign(options.secret, role, room, record.expiresAt))) {
      log({ event: 'handshake refused', room, reason: 'token' });
      return next(new Error('wrong token'));
    }
    if (role === 'participant' && !participant) return next(new Error('participant id missing'));
    socket.data = { room, role, participant, expiresAt: record.expiresAt };
    next();
  });

  const lobbyCount = async (room: string) => {
    const sockets = await io.in(`p:${room}`).fetchSockets();
    return new Set(sockets.map((s) => (s.data as { participant?: string }).participant)).size;
  };
  const announceLobby = async (room: string) => {
    io.to(`f:${room}`).emit('lobby', { count: await lobbyCount(room) });
  };

  io.on('connection', (socket: Socket) => {
    const { room, role, participant, expiresAt } = socket.data as {
      room: string;
      role: 'facilitator' | 'participant';
      participant?: string;
      expiresAt: number;
    };
    let windowStart = now();
    let inWindow = 0;
    let refusedTotal = 0;
    const seen = new Set<string>();
    const refuse = (event: string, reason: string): undefined => {
      refusedTotal += 1;
      log({ event: 'refused', room, reason: `${event}: ${reason}` });
      socket.emit('refused', { event, reason });
      if (refusedTotal > relayLimits.rate.disconnectAfter) socket.disconnect(true);
    };
    /** Shape, rate, replay and expiry checks every message passes before it is forwarded. */
    const accept = <T extends { sealed: { iv: string } }>(
      event: string,
      schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
      raw: unknown,
    ) => {
      if (now() >= expiresAt) {
        socket.emit('refused', { event, reason: 'room ended' });
        socket.disconnect(true);
        return undefined;
      }
      if (now() - windowStart > relayLimits.rate.windowMs) {
        windowStart = now();
        inWindow = 0;
      }
      inWindow += 1;
      const allowance =
        role === 'facilitator' ? relayLimits.facilitatorRate.messages : relayLimits.rate.messages;
      if (inWindow > allowance) return refuse(event, 'rate');
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return refuse(event, 'malformed');
      if (seen.has(parsed.data.sealed.iv)) return refuse(event, 'replayed');
      seen.add(parsed.data.sealed.iv);
      if (seen.size > 512) seen.delete(seen.values().next().value as string);
      log({ event, room, bytes: JSON.stringify(raw).length });
      return parsed.data;
    };

    if (role === 'facilitator') {
      socket.join(`f:${room}`);
      void announceLobby(room);
      socket.on('welcome', (raw: unknown) => {
        const m = accept('welcome', welcomeMessage, raw);
        if (m) io.to(`u:${room}:${m.to}`).emit('welcome', { sealed: m.sealed });
      });
      socket.on('state', (raw: unknown) => {
        const m = accept('state', stateMessage, raw);
        if (m) io.to(`p:${room}`).emit('state', { sealed: m.sealed });
      });
    } else {
      socket.join([`p:${room}`, `u:${room}:${participant}`]);
      void announceLobby(room);
      socket.on('hello', (raw: unknown) => {
        const m = accept('hello', helloMessage, raw);
        if (m) io.to(`f:${room}`).emit('hello', { participant, key: m.key, sealed: m.sealed });
      });
      socket.on('vote', (raw: unknown) => {
        const m = accept('vote', voteMessage, raw);
        if (m) io.to(`f:${room}`).emit('vote', { participant, key: m.key, sealed: m.sealed });
      });
      socket.on('disconnect', () => void announceLobby(room));
    }
    // Anything else is not part of the protocol.
    socket.onAny((event: string) => {
      if (!['welcome', 'state', 'hello', 'vote'].includes(event)) refuse(event, 'unknown event');
      else if ((role === 'facilitator') !== ['welcome', 'state'].includes(event))
        refuse(event, 'not allowed for this role');
    });
  });

  return { http, io };
}
