/**
 * The live room under load, for `npm run bench`: 300 Node participants doing the real sealing, split
 * across two relay processes over Redis, all voting on one question within about two seconds. Reports
 * the time from a phone's vote to the facilitator's count (p50, p95), the relays' CPU time and memory
 * per participant, and messages lost. Timings vary with the machine: reported, never a test.
 */
import { readFileSync } from 'node:fs';
import { FacilitatorClient } from '../src/live-room/facilitator-client';
import { ParticipantClient } from '../src/live-room/participant-client';
import type { SealedState } from '../src/live-room/protocol';
import { distribution, type RatingValue } from '../src/live-room/tally';
import { startRedis, startRelayProcess, until } from './processes';

const participants = 300;
const question: NonNullable<SealedState['question']> = {
  questionId: 'condition.commonInterest',
  title: 'C1 Common interest',
  prompt: 'How far do the parties share an interest in a common record?',
  options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Rating ${value}` })),
};

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function usage(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssKb: rss };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

export async function roomBench() {
  const redis = await startRedis();
  const relays = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
  try {
    const idle = relays.map((r) => usage(r.child.pid as number));
    const countedAt = new Map<string, number>();
    let lobby = 0;
    const facilitator = await FacilitatorClient.create(relays[0].url, {
      onLobby: (n) => (lobby = n),
      onBallots: (ballots) => {
        for (const b of ballots.values())
          if (!countedAt.has(b.participant)) countedAt.set(b.participant, Date.now());
      },
    });
    const states: (SealedState | undefined)[] = [];
    const clients: ParticipantClient[] = [];
    for (let i = 0; i < participants; i++) {
      const client = new ParticipantClient({
        relayUrl: relays[i % 2]?.url as string,
        room: facilitator.room,
        token: facilitator.created.token,
        facilitatorKey: facilitator.publicKey,
        onState: (s) => {
          states[i] = s;
        },
      });
      clients.push(client);
      await client.start();
    }
    await until(() => lobby === participants, `${participants} in the lobby`, 120_000);
    await facilitator.ask(question);
    await until(
      () => states.filter((s) => s?.open).length === participants,
      'question on every phone',
      120_000,
    );
    const connected = relays.map((r) => usage(r.child.pid as number));

    const sentAt = new Map<string, number>();
    await Promise.all(
      clients.map(async (client, i) => {
        await new Promise((r) => setTimeout(r, (i * 2000) / participants));
        sentAt.set(client.participant, Date.now());
        await client.vote(question.questionId, (i % 5) as RatingValue);
      }),
    );
    await until(() => countedAt.size === participants, 'every vote counted', 30_000).catch(() => undefined);
    const after = relays.map((r) => usage(r.child.pid as number));
    const latencies = clients
      .map((c) => (countedAt.get(c.participant) ?? Number.NaN) - (sentAt.get(c.participant) ?? 0))
      .filter((v) => Number.isFinite(v));
    const counted = distribution(facilitator.currentBallots, question.questionId, [0, 1, 2, 3, 4]).total;
    const cpu = after.reduce((s, u, i) => s + u.cpuSeconds - (connected[i]?.cpuSeconds ?? 0), 0);
    const memory = connected.reduce((s, u, i) => s + u.rssKb - (idle[i]?.rssKb ?? 0), 0);
    facilitator.close();
    for (const c of clients) c.close();
    return {
      participants,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      cpuMsPerParticipant: (cpu * 1000) / participants,
      memoryKbPerParticipant: memory / participants,
      lost: participants - counted,
    };
  } finally {
    for (const r of relays) r.kill();
    redis.stop();
  }
}

if (process.argv[1]?.endsWith('room-bench.ts')) console.log(await roomBench());
