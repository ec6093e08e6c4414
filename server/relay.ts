import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { BlockList } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { relayLimits } from '../src/live-room/protocol';
import {
  type AddressLimits,
  addressLimiter,
  clientAddress,
  defaultAddressLimits,
  trustedProxies,
} from './address-limits';
import { facilitatorEvents, facilitatorHandlers, replay } from './facilitator-handlers';
import { forwarding } from './forwarding';
import { handshake } from './handshake';
import { api, json } from './http-api';
import { lobby } from './lobby';
import { messageGate } from './message-gate';
import { participantEvents, participantHandlers } from './participant-handlers';
import { guarded, type RelayLogEntry, type SocketData } from './relay-types';
import { memoryRoomStore, type RoomStore } from './room-store';
import { staticFiles } from './static-files';
import { teamDocuments } from './team-handlers';
import { memoryTeamStore, type TeamStore } from './team-store';

export type { RelayLogEntry } from './relay-types';

export interface RelayOptions {
  /** Signs join tokens; every relay process of one deployment shares it. */
  readonly secret: string;
  /** Origins allowed besides the relay's own (e.g. the app on another host). */
  readonly allowedOrigins?: readonly string[];
  readonly rooms?: RoomStore;
  /** Sealed updates of team assessments (#27); in memory unless given (start.ts gives Redis's). */
  readonly teamStore?: TeamStore;
  /** The built app to serve (dist/), so one command runs a workshop on a laptop. */
  readonly staticDir?: string;
  readonly log?: (entry: RelayLogEntry) => void;
  readonly now?: () => number;
  /** Per-address allowances for room creation, code look-ups and joins (per process). */
  readonly addressLimits?: AddressLimits;
  /** Proxies whose X-Forwarded-For is believed (e.g. Caddy on loopback); none by default. */
  readonly trustProxy?: BlockList | string;
  /** The addresses phones should open, for `GET /api/origin`; by default the request's own origin. */
  readonly publicOrigins?: () => readonly string[];
  /** Redis's state for /healthz, when the relay uses it. */
  readonly redisState?: () => 'ready' | 'down';
  /** Shedding load: handshakes in progress and connections per process beyond which new ones are refused. */
  readonly maxPendingHandshakes?: number;
  readonly maxConnections?: number;
  /** Refuse new connections while the event loop lags more than this (ms). */
  readonly maxEventLoopLagMs?: number;
  /** Serve https with this key and certificate (`npm run room:https`). */
  readonly tls?: { readonly key: string; readonly cert: string };
}

/**
 * The live-room relay: forwards sealed messages between a facilitator and the phones in a room. It can
 * read none of them; it checks the origin, the join token at the handshake, each message's shape and
 * size, and each socket's rate. Scale out by giving several processes the same `secret`, a Redis room
 * store and the Redis adapter (see start.ts). Every handler is total: whatever arrives, it answers or
 * refuses, and the process goes on.
 */
export function createRelay(options: RelayOptions): {
  http: HttpServer;
  io: Server;
  /** Call when the store (Redis) is reachable again: held messages are stored and facilitators re-sent. */
  storeRecovered: () => void;
} {
  const rooms = options.rooms ?? memoryRoomStore();
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const ctx = { rooms, now, log };
  const trusted =
    typeof options.trustProxy === 'string' || options.trustProxy === undefined
      ? trustedProxies(options.trustProxy)
      : options.trustProxy;
  const limiter = addressLimiter(options.addressLimits ?? defaultAddressLimits, now);
  const addressOf = (req: IncomingMessage) =>
    clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
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
  const apiContext = {
    secret: options.secret,
    rooms,
    now,
    log,
    originAllowed,
    addressOf,
    take: limiter.take,
    publicOrigins: (req: IncomingMessage) => {
      const configured = options.publicOrigins?.() ?? [];
      if (configured.length > 0) return [...configured];
      const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
      return req.headers.host ? [`${proto}://${req.headers.host}`] : [];
    },
    health: () => ({ redis: options.redisState?.() ?? ('none' as const) }),
  };
  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://relay').pathname;
    } catch {
      return json(res, 400, { error: 'bad request' });
    }
    if (path.startsWith('/api/') || path === '/healthz') return api(apiContext, req, res, path);
    if (!serveStatic) return json(res, 404, { error: 'not found' });
    serveStatic(req, res, path);
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    // Total: whatever fails while answering is a 500 (or a dropped connection), never an exit.
    const fail = (error: unknown) => {
      log({ event: 'request failed', reason: String(error) });
      if (res.headersSent) res.destroy();
      else json(res, 500, { error: 'relay error' });
    };
    try {
      handle(req, res).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
  const http: HttpServer = options.tls ? createTlsServer(options.tls, onRequest) : createServer(onRequest);
  http.on('error', (error) => log({ event: 'server error', reason: String(error) }));
  http.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    else socket.destroy();
  });

  // How far the event loop is behind: under a join burst the relay sheds load instead of falling behind.
  let lag = 0;
  let tick = performance.now();
  const lagProbe = setInterval(() => {
    lag = Math.max(0, performance.now() - tick - 200);
    tick = performance.now();
  }, 200);
  lagProbe.unref();

  const io = new Server(http, {
    transports: ['websocket'],
    maxHttpBufferSize: relayLimits.maxMessageBytes,
    serveClient: false,
  });
  io.engine.on('connection_error', (error: { message?: string }) =>
    log({ event: 'connection error', reason: String(error?.message) }),
  );
  io.use(
    handshake({
      ...ctx,
      secret: options.secret,
      originAllowed,
      addressOf,
      take: limiter.take,
      maxPendingHandshakes: options.maxPendingHandshakes ?? 200,
      overloaded: () =>
        lag > (options.maxEventLoopLagMs ?? 1000) ||
        io.engine.clientsCount > (options.maxConnections ?? 10_000),
    }),
  );

  const lobbies = lobby(io, ctx);
  teamDocuments(io, { store: options.teamStore ?? memoryTeamStore(now), log, now, originAllowed, addressOf });
  const forwarder = forwarding(io, ctx, (socket, room) => replay(ctx, socket, room));
  io.on('connection', (socket: Socket) =>
    guarded(log, 'connection', undefined, () => {
      const data = socket.data as SocketData;
      const gate = messageGate({
        room: data.room,
        role: data.role,
        expiresAt: data.expiresAt,
        now,
        log,
        emit: (event, payload) => socket.emit(event, payload),
        disconnect: () => socket.disconnect(true),
      });
      if (data.role === 'facilitator') facilitatorHandlers(io, ctx, socket, gate, lobbies);
      else participantHandlers(io, ctx, socket, gate, lobbies, forwarder);
      const own: readonly string[] = data.role === 'facilitator' ? facilitatorEvents : participantEvents;
      const all: readonly string[] = [...facilitatorEvents, ...participantEvents];
      // Anything else is not part of the protocol.
      socket.onAny((event: unknown) =>
        guarded(log, 'unknown', data.room, () => {
          if (typeof event !== 'string' || !all.includes(event)) gate.refuse(String(event), 'unknown event');
          else if (!own.includes(event)) gate.refuse(event, 'not allowed for this role');
        }),
      );
      socket.on('error', (error) => log({ event: 'socket error', room: data.room, reason: String(error) }));
    }),
  );
  http.on('close', () => {
    clearInterval(lagProbe);
    lobbies.close();
    forwarder.close();
  });
  return { http, io, storeRecovered: forwarder.recovered };
}
