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
  socket.on('connect_error', (error) => onStatus('refused', error.message));
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
      socket.close();
    },
  };
}
