// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, startRelayProcess } from '../../scripts/processes';
import { FacilitatorClient } from '../../src/live-room/facilitator-client';
import { ParticipantClient } from '../../src/live-room/participant-client';
import type { SealedState } from '../../src/live-room/protocol';
import { distribution } from '../../src/live-room/tally';
import { createRoom, fakeKey, participantIdOf, question, rawSocket, sealed, until } from './relay-helpers';

/**
 * Issue #24: both relays exited when Redis stopped, when a peer froze (the room count asked every process
 * and its timeout was uncaught) and under a join burst. Two relay processes over one Redis, real processes
 * killed, stopped and frozen.
 */
const values = question.options.map((o) => o.value);
let redis: Awaited<ReturnType<typeof startRedis>>;
beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
}, 60_000);
afterAll(() => redis?.stop());

const health = async (url: string) => {
  try {
    return ((await (await fetch(`${url}/healthz`)).json()) as { redis: string }).redis;
  } catch {
    return 'unreachable';
  }
};

async function phone(facilitator: FacilitatorClient, relayUrl: string) {
  let state: SealedState | undefined;
  const client = new ParticipantClient({
    relayUrl,
    room: facilitator.room,
    token: facilitator.created.token,
    facilitatorKey: facilitator.publicKey,
    onState: (s) => (state = s),
  });
  await client.start();
  return { client, state: () => state };
}

// Real processes on a loaded two-core machine: minutes, not seconds.
describe('two relays over Redis, when things fail', { timeout: 300_000 }, () => {
  it('both stay up while Redis is stopped mid-vote, and no vote is lost when it returns', async () => {
    const relays = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
    const [a, b] = relays;
    try {
      let lobby = 0;
      const facilitator = await FacilitatorClient.create(a.url, { onLobby: (n) => (lobby = n) });
      const phones = await Promise.all(
        Array.from({ length: 6 }, (_, i) => phone(facilitator, relays[i % 2]?.url as string)),
      );
      await until(() => lobby === 6, 'six in the room');
      await facilitator.ask(question);
      await until(() => phones.every((p) => p.state()?.open), 'question on every phone');
      await Promise.all(phones.map((p) => p.client.vote(question.questionId, 1)));
      await until(
        () => distribution(facilitator.currentBallots, question.questionId, values).total === 6,
        'first round counted',
      );

      await redis.halt();
      const down = async () =>
        (await Promise.all(relays.map((r) => health(r.url)))).every((h) => h === 'down');
      let bothDown = false;
      await until(() => {
        void down().then((d) => (bothDown = d));
        return bothDown || !relays.every((r) => r.alive());
      }, 'both relays report Redis down (or one exits)');
      expect(relays.map((r) => r.alive())).toEqual([true, true]);
      // Votes change while Redis is away; a newcomer is told to come back, precisely.
      await Promise.all(phones.map((p) => p.client.vote(question.questionId, 4)));
      const newcomer = rawSocket(b.url, {
        room: facilitator.room,
        token: facilitator.created.token,
        role: 'participant',
        participant: participantIdOf(99),
      });
      expect(await newcomer.outcome).toMatchObject({ connected: false, reason: 'relay busy' });
      expect(relays.every((r) => r.alive())).toBe(true);

      await redis.resume();
      let bothReady = false;
      await until(() => {
        void Promise.all(relays.map((r) => health(r.url))).then(
          (h) => (bothReady = h.every((s) => s === 'ready')),
        );
        return bothReady;
      }, 'both relays report Redis ready');
      await until(() => {
        const d = distribution(facilitator.currentBallots, question.questionId, values);
        return d.total === 6 && d.counts[4]?.count === 6;
      }, 'every re-vote sent while Redis was down is counted');
      await until(() => lobby === 6, 'the count recovers');
      expect(relays.every((r) => r.alive())).toBe(true);
      facilitator.close();
      for (const p of phones) p.client.close();
    } finally {
      for (const r of relays) r.kill();
    }
  });

  it('one relay frozen for 7 s: the other stays up and admits phones, and the count recovers', async () => {
    const relays = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
    const [a, b] = relays;
    try {
      let lobby = 0;
      const facilitator = await FacilitatorClient.create(a.url, { onLobby: (n) => (lobby = n) });
      const phones = await Promise.all(
        Array.from({ length: 6 }, (_, i) => phone(facilitator, (i < 4 ? b : a).url)),
      );
      await until(() => lobby === 6, 'six in the room');
      await facilitator.ask(question);
      await until(() => phones.every((p) => p.state()?.open), 'question on every phone');

      b.freeze();
      const frozenAt = Date.now();
      const late = await phone(facilitator, a.url);
      await until(
        () => lobby === 7 || !a.alive(),
        'a phone joining the live relay is counted while its peer is frozen (or the live relay exits)',
      );
      expect(a.alive()).toBe(true);
      await late.client.vote(question.questionId, 2);
      await until(
        () => distribution(facilitator.currentBallots, question.questionId, values).total === 1,
        'its vote counted',
      );
      await until(() => Date.now() - frozenAt >= 7000, 'seven seconds frozen', 20_000);
      expect(a.alive()).toBe(true);
      b.thaw();

      await Promise.all(phones.map((p) => p.client.vote(question.questionId, 3)));
      await until(
        () => distribution(facilitator.currentBallots, question.questionId, values).total === 7,
        'every phone counted after the thaw, those on the frozen relay too',
      );
      await until(() => lobby === 7, 'the count is right');
      expect(relays.every((r) => r.alive())).toBe(true);
      facilitator.close();
      for (const p of [...phones, late]) p.client.close();
    } finally {
      for (const r of relays) {
        r.thaw();
        r.kill();
      }
    }
  });

  it('replays a room’s messages to its facilitator reconnecting through the other relay', async () => {
    const [a, b] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
    try {
      const { room } = await createRoom(a.url);
      if (!room) throw new Error('no room');
      const facilitatorAuth = { room: room.room, token: room.facilitatorToken, role: 'facilitator' };
      const first = rawSocket(a.url, facilitatorAuth);
      await first.outcome;
      first.socket.close();
      const p = rawSocket(b.url, {
        room: room.room,
        token: room.token,
        role: 'participant',
        participant: participantIdOf(1),
      });
      await p.outcome;
      const hello = { key: fakeKey, sealed: sealed() };
      const vote = { key: fakeKey, sealed: sealed() };
      p.socket.emit('hello', hello);
      p.socket.emit('vote', vote);
      await until(() => p.socket.connected, 'phone connected');
      // The facilitator's page reloads and its socket lands on the other process.
      const again = rawSocket(b.url, facilitatorAuth);
      expect(await again.outcome).toEqual({ connected: true });
      await until(() => again.events('replayed').length === 1, 'replayed');
      expect(again.received.map(([e]) => e).filter((e) => e !== 'lobby')).toEqual([
        'hello',
        'vote',
        'replayed',
      ]);
      const onA = rawSocket(a.url, facilitatorAuth);
      await until(() => onA.events('replayed').length === 1, 'replayed on the first process too');
      expect(onA.events('vote')[0]?.[1]).toEqual({ participant: participantIdOf(1), ...vote });
      for (const s of [p, again, onA]) s.socket.close();
    } finally {
      a.kill();
      b.kill();
    }
  });

  it('sheds a join burst politely (relay busy, retry after) and admits every phone in the end', async () => {
    const env = { RELAY_MAX_PENDING_HANDSHAKES: '4' };
    const relays = await Promise.all([
      startRelayProcess(redis.url, { env }),
      startRelayProcess(redis.url, { env }),
    ]);
    try {
      const { room } = await createRoom(relays[0].url);
      if (!room) throw new Error('no room');
      const facilitator = rawSocket(relays[0].url, {
        room: room.room,
        token: room.facilitatorToken,
        role: 'facilitator',
      });
      await facilitator.outcome;
      const refusals: string[] = [];
      const join = async (n: number): Promise<ReturnType<typeof rawSocket>> => {
        const s = rawSocket(relays[n % 2]?.url as string, {
          room: room.room,
          token: room.token,
          role: 'participant',
          participant: participantIdOf(n),
        });
        const outcome = await s.outcome;
        if (outcome.connected) return s;
        refusals.push(outcome.reason);
        const wait = (outcome.data as { retryAfterMs?: number } | undefined)?.retryAfterMs;
        if (wait === undefined) throw new Error(`refused without a retry time: ${outcome.reason}`);
        await new Promise((r) => setTimeout(r, Math.min(wait, 500)));
        return join(n);
      };
      const phones = await Promise.all(Array.from({ length: 300 }, (_, n) => join(n)));
      expect(refusals.length).toBeGreaterThan(0);
      expect(new Set(refusals)).toEqual(new Set(['relay busy']));
      await until(
        () => facilitator.events('lobby').some(([, m]) => (m as { count: number }).count === 300),
        'all 300 counted',
      );
      expect(relays.every((r) => r.alive())).toBe(true);
      for (const s of [facilitator, ...phones]) s.socket.close();
    } finally {
      for (const r of relays) r.kill();
    }
  });
});
