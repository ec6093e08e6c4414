import { createClient } from 'redis';
import type { RelayLogEntry } from './relay-types';

/**
 * The relay's three Redis connections (publish and subscribe for the socket.io adapter, one for the room
 * store), each with an error handler and a reconnect strategy, so Redis going away and coming back is
 * logged and survived (issue #24: a client without an error handler ended the process). The store and
 * publishing fail fast while Redis is down instead of queueing without end: a handshake is then refused
 * as 'relay busy' and retried, a message is forwarded without being stored (phones resend until acked).
 */
export function redisClients(url: string, log: (entry: RelayLogEntry) => void) {
  const options = {
    url,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3000),
    },
  };
  const pub = createClient({ ...options, disableOfflineQueue: true });
  // The subscriber queues its SUBSCRIBE until connected, and re-subscribes after every reconnect.
  const sub = createClient(options);
  const store = createClient({ ...options, disableOfflineQueue: true });
  const clients = { pub, sub, store };
  const recoveredListeners: (() => void)[] = [];
  let wasDown = false;
  for (const [name, client] of Object.entries(clients)) {
    let down = false;
    client.on('error', (error: Error) => {
      if (!down) log({ event: 'redis error', reason: `${name}: ${error.message}` });
      down = true;
      wasDown = true;
    });
    client.on('ready', () => {
      if (down) log({ event: 'redis ready', reason: name });
      down = false;
      if (wasDown && Object.values(clients).every((c) => c.isReady)) {
        wasDown = false;
        for (const listener of recoveredListeners) listener();
      }
    });
  }
  // The adapter publishes without handling a failed promise: a broadcast lost while Redis is down is
  // logged here, not left to end the process as an unhandled rejection.
  const publish = pub.publish.bind(pub);
  Object.assign(pub, {
    publish: (...args: Parameters<typeof publish>) =>
      publish(...args).catch((error: unknown) => {
        log({ event: 'redis publish failed', reason: String(error) });
        return 0;
      }),
  });
  return {
    ...clients,
    /** Resolves when all three connected once, or after `timeoutMs` (they keep trying in the background). */
    connect: (timeoutMs = 10_000) =>
      Promise.race([
        Promise.all(
          Object.values(clients).map((c) =>
            c
              .connect()
              .catch((error: unknown) => log({ event: 'redis connect failed', reason: String(error) })),
          ),
        ),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]),
    /** Called each time all three are connected again after Redis was unreachable. */
    onRecovered: (listener: () => void) => recoveredListeners.push(listener),
    state: (): 'ready' | 'down' => (Object.values(clients).every((c) => c.isReady) ? 'ready' : 'down'),
    close: () => Promise.allSettled(Object.values(clients).map((c) => c.close())),
  };
}
