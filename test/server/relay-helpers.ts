import type { AddressInfo } from 'node:net';
import { createRelay, type RelayLogEntry } from '../../server/relay';
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
export async function startRelay() {
  const log: RelayLogEntry[] = [];
  const received: unknown[] = [];
  const { http, io } = createRelay({ secret: 'test-secret', log: (e) => log.push(e) });
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

export { until } from '../../scripts/processes';
