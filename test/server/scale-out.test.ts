// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, startRedis, startRelayProcess } from '../../scripts/processes';
import { FacilitatorClient } from '../../src/live-room/facilitator-client';
import { ParticipantClient } from '../../src/live-room/participant-client';
import type { SealedState } from '../../src/live-room/protocol';
import { distribution, type RatingValue } from '../../src/live-room/tally';
import { question, until } from './relay-helpers';

const values = question.options.map((o) => o.value);
let redis: Awaited<ReturnType<typeof startRedis>>;
beforeAll(async () => {
  redis = await startRedis();
}, 60_000);
afterAll(() => redis?.stop());

async function phones(facilitator: FacilitatorClient, urls: readonly string[], count: number) {
  const states: (SealedState | undefined)[] = [];
  const disconnects = { count: 0 };
  const clients = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const phone = new ParticipantClient({
        relayUrl: urls[i % urls.length] as string,
        room: facilitator.room,
        token: facilitator.created.token,
        facilitatorKey: facilitator.publicKey,
        onState: (s) => {
          states[i] = s;
        },
        onStatus: (status) => {
          if (status === 'disconnected') disconnects.count += 1;
        },
      });
      await phone.start();
      return phone;
    }),
  );
  return { clients, states, disconnects };
}

// Real processes on a loaded two-core machine: minutes, not seconds.
describe('the relay scaled out over Redis', { timeout: 300_000 }, () => {
  it('gives a complete aggregate when participants are split across two relay processes', async () => {
    const [a, b] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
    try {
      let lobby = 0;
      const facilitator = await FacilitatorClient.create(a.url, { onLobby: (n) => (lobby = n) });
      const { clients, states } = await phones(facilitator, [a.url, b.url], 8);
      await until(() => lobby === 8, 'eight in the lobby across both processes');
      await facilitator.ask(question);
      await until(() => states.filter((s) => s?.open).length === 8, 'question on all eight phones');
      await Promise.all(clients.map((c, i) => c.vote(question.questionId, (i % 5) as RatingValue)));
      await until(
        () => distribution(facilitator.currentBallots, question.questionId, values).total === 8,
        'eight votes',
      );
      expect(
        distribution(facilitator.currentBallots, question.questionId, values).counts.map((c) => c.count),
      ).toEqual([2, 2, 2, 1, 1, 0]);
      facilitator.close();
      for (const c of clients) c.close();
    } finally {
      a.kill();
      b.kill();
    }
  });

  it('loses and double-counts nothing when one relay process is killed mid-vote', async () => {
    const [a, b] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
    const proxy = await startProxy([a.port, b.port]);
    try {
      const facilitator = await FacilitatorClient.create(a.url);
      const { clients, states, disconnects } = await phones(facilitator, [proxy.url], 10);
      await facilitator.ask(question);
      await until(() => states.filter((s) => s?.open).length === 10, 'question on all ten phones');
      await Promise.all(clients.map((c) => c.vote(question.questionId, 1)));
      await until(
        () => distribution(facilitator.currentBallots, question.questionId, values).total === 10,
        'first round',
      );
      // Kill one process while the room re-votes: half the phones lose their relay mid-flight.
      b.kill();
      await Promise.all(
        clients.map((c, i) => c.vote(question.questionId, (i % 2 === 0 ? 4 : 3) as RatingValue)),
      );
      await until(() => {
        const d = distribution(facilitator.currentBallots, question.questionId, values);
        return d.total === 10 && d.counts[1]?.count === 0;
      }, 'every re-vote counted after reconnecting');
      const d = distribution(facilitator.currentBallots, question.questionId, values);
      expect(d.counts.map((c) => c.count)).toEqual([0, 0, 0, 5, 5, 0]);
      expect(d.total).toBe(10);
      // The proxy spread the phones over both processes: the kill cut some of them off.
      expect(disconnects.count).toBeGreaterThanOrEqual(3);
      facilitator.close();
      for (const c of clients) c.close();
    } finally {
      a.kill();
      b.kill();
      await proxy.close();
    }
  });
});
