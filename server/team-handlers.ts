import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Server, Socket } from 'socket.io';
import {
  closeRequest,
  openRequest,
  presenceMessage,
  putRequest,
  teamLimits,
} from '../src/team/team-protocol';
import type { RelayLogEntry } from './relay-types';
import type { TeamStore } from './team-store';

type Ack = (reply: unknown) => void;
type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

export interface TeamOptions {
  readonly store: TeamStore;
  readonly log: (entry: RelayLogEntry) => void;
  readonly now: () => number;
  readonly originAllowed: (req: IncomingMessage) => boolean;
  readonly addressOf: (req: IncomingMessage) => string;
}

/** Writes per address per minute, across all its sockets (per process). */
const writesPerAddressPerMinute = 1200;

/**
 * Team documents on the relay, in the `/team` namespace: a mailbox of sealed Yjs updates per document.
 * `team:open` joins a document and returns what is stored after the client's last id; `team:put` stores a
 * sealed entry and forwards it to the others; `team:presence` is forwarded, never stored; `team:close`
 * (revoke) stops all writes, given the token whose hash the creator registered. The relay checks shapes,
 * sizes and rates; it cannot open anything. Every handler is total: whatever arrives, it answers or refuses.
 */
export function teamDocuments(io: Server, options: TeamOptions) {
  const { store, log, now } = options;
  const nsp = io.of('/team');
  const writes = new Map<string, { count: number; since: number }>();
  nsp.use((socket, next) => {
    if (!options.originAllowed(socket.request)) return next(new Error('origin not allowed'));
    next();
  });
  nsp.on('connection', (socket: Socket) => {
    const address = options.addressOf(socket.request);
    const joined = new Set<string>();
    let windowStart = now();
    let inWindow = 0;
    const handle = <T>(
      event: string,
      schema: Schema<T>,
      task: (data: T, ack: Ack) => Promise<void> | void,
    ) => {
      socket.on(event, (raw: unknown, maybeAck?: unknown) => {
        const ack: Ack = typeof maybeAck === 'function' ? (maybeAck as Ack) : () => {};
        try {
          if (now() - windowStart > teamLimits.rate.windowMs) {
            windowStart = now();
            inWindow = 0;
          }
          inWindow += 1;
          if (inWindow > teamLimits.rate.messages) {
            log({ event: 'team refused', reason: `${event}: rate` });
            return ack({ error: 'rate' });
          }
          const parsed = schema.safeParse(raw);
          if (!parsed.success) {
            log({ event: 'team refused', reason: `${event}: malformed` });
            return ack({ error: 'malformed' });
          }
          log({ event, bytes: JSON.stringify(raw).length });
          const result = task(parsed.data, ack);
          if (result instanceof Promise)
            result.catch((error: unknown) => {
              log({ event: `${event} failed`, reason: String(error) });
              ack({ error: 'relay busy' });
            });
        } catch (error) {
          log({ event: `${event} failed`, reason: String(error) });
          ack({ error: 'relay error' });
        }
      });
    };
    const allowWrite = () => {
      const w = writes.get(address);
      if (!w || now() - w.since > 60_000) {
        writes.set(address, { count: 1, since: now() });
        if (writes.size > 10_000) writes.clear();
        return true;
      }
      w.count += 1;
      return w.count <= writesPerAddressPerMinute;
    };

    handle('team:open', openRequest, async ({ doc, after, closeHash }, ack) => {
      if (closeHash) await store.registerClose(doc, closeHash);
      await socket.join(doc);
      joined.add(doc);
      if (await store.isClosed(doc)) return ack({ closed: true });
      ack({ ok: true, entries: await store.read(doc, after, teamLimits.page) });
    });
    handle('team:put', putRequest, async ({ doc, entry, covers }, ack) => {
      if (!joined.has(doc)) return ack({ error: 'open the document first' });
      if (!allowWrite()) return ack({ error: 'too many writes from this address' });
      const id = await store.append(doc, entry);
      if (id === 'closed') return ack({ closed: true });
      if (id === 'full') return ack({ error: 'full' });
      ack({ id });
      socket.to(doc).emit('team:entry', { doc, entry: { ...entry, id } });
      if (covers && entry.kind === 'snapshot') await store.trim(doc, covers);
    });
    handle('team:presence', presenceMessage, (message) => {
      if (joined.has(message.doc)) socket.to(message.doc).emit('team:presence', message);
    });
    handle('team:close', closeRequest, async ({ doc, token }, ack) => {
      const expected = await store.closeHash(doc);
      const given = createHash('sha256').update(token).digest('hex');
      if (!expected || expected !== given) return ack({ error: 'wrong token' });
      await store.close(doc);
      ack({ ok: true });
      nsp.to(doc).emit('team:closed', { doc });
    });
    socket.on('error', (error) => log({ event: 'team socket error', reason: String(error) }));
  });
  return nsp;
}
