import { io } from 'socket.io-client';
import type { HandshakeAuth } from './protocol';
import type { Transport, TransportStatus } from './transport';

/**
 * Devices through the live-room relay (socket.io over websocket only): reconnects by itself, and says
 * when it is connected, lost or refused.
 */
export function relayTransport(
  relayUrl: string,
  auth: HandshakeAuth,
  onStatus: (status: TransportStatus, detail?: string) => void,
): Transport {
  const socket = io(relayUrl, {
    transports: ['websocket'],
    auth,
    reconnectionDelay: 300,
    reconnectionDelayMax: 2000,
  });
  socket.on('connect', () => onStatus('connected'));
  let closed = false;
  socket.on('disconnect', (reason) => {
    onStatus('disconnected');
    // Cut by the relay (a room that ended cuts every socket still open two seconds after telling it):
    // socket.io does not reconnect after a server's cut, so a device that missed `ended` (it travels on
    // another Redis channel than the cut, and a busy relay can deliver it late) would wait for ever. It
    // asks again; a room that has ended refuses with that reason, so the device learns it all the same.
    if (reason === 'io server disconnect')
      setTimeout(() => {
        if (!closed && !socket.connected) socket.connect();
      }, 300);
  });
  socket.on('connect_error', (error: Error & { data?: { retryAfterMs?: unknown } }) => {
    // A refusal that says when to try again ('relay busy' under a join burst or while its Redis is away,
    // 'too many joins from this address') is retried then; socket.io does not retry a refused handshake.
    const retryAfterMs = error.data?.retryAfterMs;
    if (typeof retryAfterMs !== 'number') return onStatus('refused', error.message);
    onStatus('connecting', error.message);
    setTimeout(
      () => {
        if (!closed && !socket.connected) socket.connect();
      },
      Math.min(retryAfterMs, 30_000),
    );
  });
  return {
    send: (event, payload) => {
      socket.emit(event, payload);
    },
    // socket.io keeps a message sent while disconnected until it reconnects; the timeout covers both.
    request: async (event, payload, timeoutMs) => {
      await socket.timeout(timeoutMs).emitWithAck(event, payload);
    },
    on: (event, handler) => {
      socket.on(event, handler);
    },
    get connected() {
      return socket.connected;
    },
    close: () => {
      closed = true;
      socket.close();
    },
  };
}
