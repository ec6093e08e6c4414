import { io } from 'socket.io-client';
import type { TeamSocket } from './team-sync';

/** The relay's `/team` namespace over socket.io (websocket only); reconnects by itself. */
export function teamSocket(relayUrl: string, timeoutMs = 10_000): TeamSocket {
  const socket = io(new URL('/team', relayUrl).toString(), {
    transports: ['websocket'],
    reconnectionDelay: 300,
    reconnectionDelayMax: 2000,
  });
  return {
    get connected() {
      return socket.connected;
    },
    request: (event, payload) => socket.timeout(timeoutMs).emitWithAck(event, payload),
    send: (event, payload) => {
      socket.emit(event, payload);
    },
    on: (event, handler) => {
      socket.on(event, handler);
    },
    close: () => {
      socket.close();
    },
  };
}
