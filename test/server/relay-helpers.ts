import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { createRelay, type RelayLogEntry, type RelayOptions } from '../../server/relay';
import type { SealedState } from '../../src/live-room/protocol';

export const question: NonNullable<SealedState['question']> = {
  questionId: 'condition.commonInterest',
  title: 'C1 Common interest',
  prompt: 'How far do the parties share an interest in a common record?',
  options: [
    { value: 0, label: 'Not met' },
    { value: 1, label: 'Poorly met' },
    { value: 2, label: 'Partially met' },
    { value: 3, label: 'Largely met' },
    { value: 4, label: 'Fully met' },
    { value: 'dontKnow', label: 'Don’t know' },
  ],
};

/** A relay on a free port, with everything it logs and every packet it receives kept for inspection. */
export async function startRelay(options: Partial<RelayOptions> = {}) {
  const log: RelayLogEntry[] = [];
  const received: unknown[] = [];
  const { http, io } = createRelay({ secret: 'test-secret', log: (e) => log.push(e), ...options });
  io.on('connection', (socket) => {
    socket.onAny((event, ...args) => received.push([event, ...args]));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    log,
    received,
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

/** Envelopes of the right shape (the relay cannot open them anyway). */
export const fakeKey = 'K'.repeat(87);
let ivCounter = 0;
export const sealed = () => ({ iv: String(++ivCounter).padStart(16, 'I'), data: 'D'.repeat(40) });
export const participantIdOf = (n: number) => `phone${String(n).padStart(17, '0')}`;

export interface CreatedRoomForTest {
  room: string;
  token: string;
  facilitatorToken: string;
}
export async function createRoom(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ key: fakeKey }),
  });
  return { response, room: response.ok ? ((await response.json()) as CreatedRoomForTest) : undefined };
}

/** A raw socket.io client: connected, or the precise reason it was refused (and when to retry). */
export function rawSocket(url: string, auth: object, headers: Record<string, string> = {}) {
  const socket: Socket = connect(url, {
    transports: ['websocket'],
    auth,
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  const received: [string, unknown][] = [];
  socket.onAny((event: string, payload: unknown) => received.push([event, payload]));
  const outcome = new Promise<{ connected: true } | { connected: false; reason: string; data?: unknown }>(
    (resolve) => {
      socket.on('connect', () => resolve({ connected: true }));
      socket.on('connect_error', (e: Error & { data?: unknown }) =>
        resolve({ connected: false, reason: e.message, data: e.data }),
      );
    },
  );
  return { socket, received, outcome, events: (name: string) => received.filter(([e]) => e === name) };
}

export { until } from '../../scripts/processes';
