// @vitest-environment node

import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lanAddresses, selfSignedCertificate } from '../../server/public-origins';
import type { RoomStore } from '../../server/room-store';
import { memoryRoomStore } from '../../server/room-store';
import { relayLimits, sealBuckets } from '../../src/live-room/protocol';
import { relayTransport } from '../../src/live-room/relay-transport';
import { createRoom, fakeKey, participantIdOf, rawSocket, sealed, startRelay, until } from './relay-helpers';

/**
 * Issue #24's hostile requests and the room's new controls, against one relay process in memory. Any
 * exception that escaped a handler would fail this file (vitest reports uncaught errors).
 */
let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'relay-static-'));
  mkdirSync(join(site, 'dist', 'assets'), { recursive: true });
  mkdirSync(join(site, 'dist-old'));
  writeFileSync(join(site, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(site, 'dist', 'join.html'), '<!doctype html><title>join</title>');
  writeFileSync(join(site, 'dist', 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(join(site, 'dist', '.env'), 'SECRET=dotfile');
  writeFileSync(join(site, 'dist-old', 'secret.txt'), 'the sibling folder secret');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

let relay: Awaited<ReturnType<typeof startRelay>>;
afterEach(async () => {
  await relay?.close();
});

/** A raw GET, path sent byte for byte (fetch would normalise it). */
const get = (url: string, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the relay answers every request and stays up', () => {
  it('serves a malformed escape without crashing, and never a sibling folder or a dotfile', async () => {
    relay = await startRelay({ staticDir: join(site, 'dist') });
    expect((await get(relay.url, '/%E0%A4%A')).status).toBeLessThan(500);
    for (const path of [
      '/..%2fdist-old/secret.txt',
      '/..%2Fdist-old%2Fsecret.txt',
      '/%2e%2e/dist-old/secret.txt',
      '/%2e%2e%2fdist-old%2fsecret.txt',
      '/assets/..%2f..%2fdist-old/secret.txt',
      '/..\\dist-old\\secret.txt',
      '/.env',
      '/%00',
      '/%',
    ]) {
      const { status, body } = await get(relay.url, path);
      expect(body, path).not.toContain('secret');
      expect(body, path).not.toContain('SECRET');
      expect(status, path).toBeLessThan(500);
    }
    expect((await get(relay.url, '/assets/a.js')).body).toBe('console.log(1)');
    expect((await get(relay.url, '/present/e/x/5')).body).toContain('<title>app</title>');
    expect((await get(relay.url, '/join')).body).toContain('<title>join</title>');
    expect((await get(relay.url, '/assets/missing.js')).status).toBe(404);
    expect((await get(relay.url, '/missing.png')).status).toBe(404);
    // A question page reloaded in the room's app: the id's dot is not a file extension.
    expect((await get(relay.url, '/assessments/a1/pages/condition.commonInterest')).body).toContain(
      '<title>app</title>',
    );
    expect((await get(relay.url, '/api/health')).status).toBe(200);
  });

  it('reports its health, and the addresses phones should open', async () => {
    relay = await startRelay({ publicOrigins: () => ['https://192.168.1.20:8787'] });
    expect(JSON.parse((await get(relay.url, '/healthz')).body)).toEqual({ ok: true, redis: 'none' });
    expect(JSON.parse((await get(relay.url, '/api/origin')).body)).toEqual({
      origins: ['https://192.168.1.20:8787'],
    });
  });

  it('refuses politely when its store fails, instead of ending the process', async () => {
    const failing = new Proxy(memoryRoomStore(), {
      get: () => () => Promise.reject(new Error('store down')),
    }) as RoomStore;
    relay = await startRelay({ rooms: failing });
    expect((await createRoom(relay.url)).response.status).toBe(500);
    const s = rawSocket(relay.url, {
      room: 'ABCDEFGH',
      token: 'x'.repeat(22),
      role: 'participant',
      participant: participantIdOf(1),
    });
    const outcome = await s.outcome;
    expect(outcome).toMatchObject({ connected: false, reason: 'relay busy' });
    expect((outcome as { data: { retryAfterMs: number } }).data.retryAfterMs).toBeGreaterThan(0);
    expect((await get(relay.url, '/api/health')).status).toBe(200);
  });
});

describe('a phone told to come back later', () => {
  it('retries after a relay-busy refusal by itself, through the client’s own transport, and gets in', async () => {
    const store = memoryRoomStore();
    let failures = 2;
    const flaky = new Proxy(store, {
      get: (target, name: keyof RoomStore) => {
        const method = target[name] as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          // The first two handshakes find the store unreachable (as while Redis restarts).
          if (name === 'knows' && failures > 0) {
            failures -= 1;
            return Promise.reject(new Error('store down'));
          }
          return method.apply(target, args);
        };
      },
    }) as RoomStore;
    relay = await startRelay({ rooms: flaky });
    const { room } = await createRoom(relay.url);
    if (!room) throw new Error('no room');
    const statuses: string[] = [];
    const transport = relayTransport(
      relay.url,
      { room: room.room, token: room.token, role: 'participant', participant: participantIdOf(1) },
      (status, detail) => statuses.push(detail ? `${status}: ${detail}` : status),
    );
    await until(() => transport.connected, 'connected after retrying', 30_000);
    expect(statuses).toEqual(['connecting: relay busy', 'connecting: relay busy', 'connected']);
    transport.close();
  });
});

describe('npm run room:https', () => {
  it('serves https with a certificate made at start that names this machine', async () => {
    const tls = await selfSignedCertificate();
    relay = await startRelay({ tls });
    const port = new URL(relay.url).port;
    const body = await new Promise<string>((resolve, reject) => {
      httpsGet(`https://127.0.0.1:${port}/healthz`, { ca: tls.cert }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(JSON.parse(body)).toEqual({ ok: true, redis: 'none' });
    const names = new X509Certificate(tls.cert).subjectAltName ?? '';
    for (const address of ['127.0.0.1', ...lanAddresses()]) expect(names).toContain(address);
  });
});

describe('the room’s controls: acknowledgement, replay, lock and end', () => {
  async function openRoom() {
    relay = await startRelay();
    const { room } = await createRoom(relay.url);
    if (!room) throw new Error('no room');
    const phone = (n: number) =>
      rawSocket(relay.url, {
        room: room.room,
        token: room.token,
        role: 'participant',
        participant: participantIdOf(n),
      });
    const facilitator = () =>
      rawSocket(relay.url, { room: room.room, token: room.facilitatorToken, role: 'facilitator' });
    return { room, phone, facilitator };
  }

  it('replays what phones sent while the facilitator was away, in order, then says replayed', async () => {
    const { phone, facilitator } = await openRoom();
    const p = phone(1);
    await p.outcome;
    const hello = { key: fakeKey, sealed: sealed() };
    const votes = [
      { key: fakeKey, sealed: sealed() },
      { key: fakeKey, sealed: sealed() },
    ];
    p.socket.emit('hello', hello);
    for (const v of votes) p.socket.emit('vote', v);
    await until(() => relay.log.filter((e) => e.event === 'vote').length === 2, 'votes relayed');
    const f = facilitator();
    await f.outcome;
    await until(() => f.events('replayed').length === 1, 'replay finished');
    const names = f.received.map(([e]) => e).filter((e) => e !== 'lobby');
    expect(names).toEqual(['hello', 'vote', 'vote', 'replayed']);
    expect(f.events('vote').map(([, m]) => m)).toEqual(
      votes.map((v) => ({ participant: participantIdOf(1), key: v.key, sealed: v.sealed })),
    );
    // A second facilitator page (a reload) with the same token gets the same replay.
    const again = facilitator();
    await again.outcome;
    await until(() => again.events('replayed').length === 1, 'second replay');
    expect(again.events('vote')).toHaveLength(2);
    for (const s of [p, f, again]) s.socket.close();
  });

  it('forwards the largest padded message the clients make (the size limit leaves room for it)', async () => {
    const { phone, facilitator } = await openRoom();
    const [p, f] = [phone(1), facilitator()];
    await Promise.all([p.outcome, f.outcome]);
    // The largest bucket, sealed (16-byte tag) and in base64url: what a phone's biggest message carries.
    const largest = Math.ceil(((sealBuckets.at(-1) as number) + 16) / 3) * 4;
    const big = { key: fakeKey, sealed: { iv: sealed().iv, data: 'B'.repeat(largest) } };
    expect(JSON.stringify(big).length).toBeLessThan(relayLimits.maxMessageBytes);
    p.socket.emit('hello', big);
    await until(() => f.events('hello').length === 1, 'forwarded');
    expect(p.socket.connected).toBe(true);
    for (const s of [p, f]) s.socket.close();
  });

  it('forwards an acknowledgement to the one phone it names', async () => {
    const { phone, facilitator } = await openRoom();
    const [a, b, f] = [phone(1), phone(2), facilitator()];
    await Promise.all([a.outcome, b.outcome, f.outcome]);
    const ack = sealed();
    f.socket.emit('ack', { to: participantIdOf(2), sealed: ack });
    await until(() => b.events('ack').length === 1, 'ack reaches phone 2');
    expect(b.events('ack')[0]?.[1]).toEqual({ sealed: ack });
    expect(a.events('ack')).toHaveLength(0);
    // A phone may not acknowledge.
    a.socket.emit('ack', { to: participantIdOf(2), sealed: sealed() });
    await until(() => a.events('refused').length === 1, 'refused');
    expect(a.events('refused')[0]?.[1]).toEqual({ event: 'ack', reason: 'not allowed for this role' });
    for (const s of [a, b, f]) s.socket.close();
  });

  it('locks the room to the phones already in it, and shows the facilitator the count', async () => {
    const { phone, facilitator } = await openRoom();
    const f = facilitator();
    await f.outcome;
    const known = phone(1);
    await known.outcome;
    await until(() => f.events('lobby').some(([, m]) => (m as { count: number }).count === 1), 'one in');
    f.socket.emit('lock', { locked: true });
    await until(
      () => f.events('lobby').some(([, m]) => (m as { locked?: boolean }).locked === true),
      'lobby says locked',
    );
    expect(await phone(2).outcome).toMatchObject({ connected: false, reason: 'room locked' });
    known.socket.close();
    const back = phone(1);
    expect(await back.outcome).toEqual({ connected: true });
    f.socket.emit('lock', { locked: false });
    await until(
      () => (f.events('lobby').at(-1)?.[1] as { locked?: boolean } | undefined)?.locked === false,
      'unlocked',
    );
    const late = phone(3);
    expect(await late.outcome).toEqual({ connected: true });
    for (const s of [f, back, late]) s.socket.close();
  });

  it('ends the room: every phone is told, the facilitator is told once it is done, the code admits no one and nothing is kept', async () => {
    const { room, phone, facilitator } = await openRoom();
    const phones = [phone(1), phone(2)];
    const f = facilitator();
    await Promise.all([f.outcome, ...phones.map((p) => p.outcome)]);
    phones[0]?.socket.emit('vote', { key: fakeKey, sealed: sealed() });
    // The facilitator waits for this confirmation before it closes (an end sent and closed at once was lost).
    expect(await f.socket.timeout(30_000).emitWithAck('end', {})).toEqual({ ended: true });
    // Confirmed only once the room is gone.
    expect((await fetch(`${relay.url}/api/rooms/${room.room}`)).status).toBe(404);
    await until(() => phones.every((p) => p.events('ended').length === 1), 'ended on every phone');
    await until(() => phones.every((p) => p.socket.disconnected), 'phones disconnected');
    expect(await phone(1).outcome).toMatchObject({
      connected: false,
      reason: 'no such room, or it has ended',
    });
    expect(await facilitator().outcome).toMatchObject({
      connected: false,
      reason: 'no such room, or it has ended',
    });
    f.socket.close();
  });
});

describe('per-address limits', () => {
  const limits = {
    createRoom: { capacity: 2, perMs: 60_000 },
    lookup: { capacity: 2, perMs: 60_000 },
    join: { capacity: 2, perMs: 60_000 },
  };

  it('limits room creation and code look-ups with a 429 and a time to retry', async () => {
    relay = await startRelay({ addressLimits: limits });
    const made = [await createRoom(relay.url), await createRoom(relay.url), await createRoom(relay.url)];
    expect(made.map((m) => m.response.status)).toEqual([201, 201, 429]);
    expect(Number(made[2]?.response.headers.get('retry-after'))).toBeGreaterThan(0);
    const code = made[0]?.room?.room;
    const looks = [];
    for (let i = 0; i < 3; i++) looks.push((await fetch(`${relay.url}/api/rooms/${code}`)).status);
    expect(looks).toEqual([200, 200, 429]);
  });

  it('limits new participants per address; believes X-Forwarded-For only from a trusted proxy', async () => {
    relay = await startRelay({ addressLimits: limits, trustProxy: 'loopback' });
    const { room } = await createRoom(relay.url);
    if (!room) throw new Error('no room');
    const join = (n: number, from?: string) =>
      rawSocket(
        relay.url,
        { room: room.room, token: room.token, role: 'participant', participant: participantIdOf(n) },
        from ? { 'x-forwarded-for': from } : {},
      );
    const first = [join(1, '203.0.113.5'), join(2, '203.0.113.5')];
    for (const s of first) expect(await s.outcome).toEqual({ connected: true });
    const third = await join(3, '203.0.113.5').outcome;
    expect(third).toMatchObject({ connected: false, reason: 'too many joins from this address' });
    expect((third as { data: { retryAfterMs: number } }).data.retryAfterMs).toBeGreaterThan(0);
    // Another address behind the same proxy has its own allowance; a known phone may always come back.
    expect(await join(4, '198.51.100.7').outcome).toEqual({ connected: true });
    expect(await join(1, '203.0.113.5').outcome).toEqual({ connected: true });
    // A client's own forged header is read only up to the proxy's hop: the right-most untrusted address.
    expect(await join(5, '198.51.100.99, 203.0.113.5').outcome).toMatchObject({
      reason: 'too many joins from this address',
    });
  });

  it('ignores X-Forwarded-For from an address it does not trust', async () => {
    relay = await startRelay({ addressLimits: limits });
    const { room } = await createRoom(relay.url);
    if (!room) throw new Error('no room');
    const outcomes = [];
    for (let n = 1; n <= 3; n++)
      outcomes.push(
        await rawSocket(
          relay.url,
          { room: room.room, token: room.token, role: 'participant', participant: participantIdOf(n) },
          { 'x-forwarded-for': `203.0.113.${n}` },
        ).outcome,
      );
    expect(outcomes.map((o) => (o.connected ? 'in' : (o as { reason: string }).reason))).toEqual([
      'in',
      'in',
      'too many joins from this address',
    ]);
  });
});
