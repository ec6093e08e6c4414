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
  socket.on('disconnect', () => onStatus('disconnected'));
  let closed = false;
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
