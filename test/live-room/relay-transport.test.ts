// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { describe, expect, it } from 'vitest';
import { until } from '../../scripts/processes';
import { relayTransport } from '../../src/live-room/relay-transport';
import type { TransportStatus } from '../../src/live-room/transport';

describe('the relay transport', () => {
  it('asks again after the relay cuts it, so a phone that missed `ended` still learns the room has ended', async () => {
    const http = createServer();
    const io = new Server(http);
    let connections = 0;
    // First connection: cut by the server without `ended` (as a busy relay can deliver the cut first).
    // Every later one: refused, as the relay refuses a room that has ended.
    io.use((_socket, next) =>
      connections++ === 0 ? next() : next(new Error('no such room, or it has ended')),
    );
    io.on('connection', (socket) => socket.disconnect(true));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const seen: [TransportStatus, string | undefined][] = [];
    const transport = relayTransport(
      url,
      { room: 'ABCDEF', token: 'T'.repeat(22), role: 'participant', participant: 'p'.repeat(20) },
      (status, detail) => seen.push([status, detail]),
    );
    try {
      await until(() => seen.some(([s]) => s === 'refused'), 'refused after the cut', 20_000);
      expect(seen.map(([s]) => s)).toEqual(['connected', 'disconnected', 'refused']);
      expect(seen.at(-1)?.[1]).toBe('no such room, or it has ended');
    } finally {
      transport.close();
      io.close();
    }
  });
});
