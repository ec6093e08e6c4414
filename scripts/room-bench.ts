/**
 * The live room under load and under faults, for `npm run bench` (and `npm run bench:room` alone).
 *
 * Load: 1,000 Node participants doing the real sealing join at 50 a second across two relay processes over
 * Redis (alternating), then vote on three questions, each round's votes spread over two seconds. Reports
 * how many were welcomed, the time from a phone's vote to the facilitator's count (p50, p95, measured at
 * the facilitator client), from the round's last vote to the full count, and the relays' CPU time and
 * memory per participant.
 * Faults, 300 participants each, votes spread over three seconds with the fault one second in: the
 * facilitator's network gone for 3 s, the facilitator's relay killed, Redis restarted. Reports votes lost
 * (phones whose latest vote the facilitator never counted) and phones that never saw "Counted".
 * Timings vary with the machine: reported, never a test. The facilitator here is the Node client
 * (src/live-room/facilitator-client.ts, the same code the presenter page runs), in the same process as the
 * phones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { FacilitatorClient } from '../src/live-room/facilitator-client';
import { ParticipantClient } from '../src/live-room/participant-client';
import type { SealedState } from '../src/live-room/protocol';
import type { RatingValue } from '../src/live-room/tally';
import { startProxy, startRedis, startRelayProcess, until } from './processes';

const questionFor = (n: number): NonNullable<SealedState['question']> => ({
  questionId: `condition.q${n}`,
  title: `Question ${n}`,
  prompt: 'How far is this condition met?',
  options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Rating ${value}` })),
});

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function usage(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(stat[11]) + Number(stat[12]);
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return { cpuSeconds: ticks / 100, rssKb: rss };
  } catch {
    return { cpuSeconds: 0, rssKb: 0 };
  }
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A facilitator and `count` phones joining at `perSecond`, phone i through `urlFor(i)`. */
async function room(facilitatorUrl: string, urlFor: (i: number) => string, count: number, perSecond: number) {
  const counted = new Map<string, number>(); // "participant question" → first counted at
  let lobby = 0;
  let current = '';
  const waiting = new Set<string>();
  const drops = { facilitator: 0, phones: 0 };
  const facilitator = await FacilitatorClient.create(facilitatorUrl, {
    onStatus: (status) => {
      if (status === 'disconnected') drops.facilitator += 1;
    },
    onLobby: (n) => (lobby = n),
    onBallots: (ballots) => {
      for (const participant of waiting) {
        if (ballots.has(`${participant} ${current}`)) {
          counted.set(`${participant} ${current}`, performance.now());
          waiting.delete(participant);
        }
      }
    },
  });
  const states: (SealedState | undefined)[] = [];
  const acked = new Set<string>();
  const phones: ParticipantClient[] = [];
  const started: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const phone = new ParticipantClient({
      relayUrl: urlFor(i),
      room: facilitator.room,
      token: facilitator.created.token,
      facilitatorKey: facilitator.publicKey,
      onState: (s) => {
        states[i] = s;
      },
      onCounted: (questionId) => acked.add(`${i} ${questionId}`),
      onStatus: (status) => {
        if (status === 'disconnected') drops.phones += 1;
      },
    });
    phones.push(phone);
    started.push(phone.start());
    await sleep(1000 / perSecond);
  }
  await Promise.all(started);
  return {
    facilitator,
    phones,
    states,
    acked,
    counted,
    lobby: () => lobby,
    drops,
    /** Everyone votes on question n, spread over `spreadMs`; `during` runs `faultAtMs` in. */
    async vote(n: number, spreadMs: number, fault?: { atMs: number; run: () => Promise<void> }) {
      const question = questionFor(n);
      current = question.questionId;
      for (const p of phones) waiting.add(p.participant);
      await facilitator.ask(question);
      await until(
        () => states.filter((s) => s?.question?.questionId === current && s.open).length === phones.length,
        `question ${n} on every phone`,
        120_000,
      );
      const sentAt = new Map<string, number>();
      const faultDone = fault ? sleep(fault.atMs).then(fault.run) : Promise.resolve();
      await Promise.all(
        phones.map(async (phone, i) => {
          await sleep((i * spreadMs) / phones.length);
          sentAt.set(phone.participant, performance.now());
          await phone.vote(current, (i % 5) as RatingValue);
        }),
      );
      await faultDone;
      const lastSent = Math.max(...sentAt.values());
      await until(() => waiting.size === 0, `every vote on question ${n} counted`, 90_000).catch(
        () => undefined,
      );
      await until(
        () => phones.every((_, i) => acked.has(`${i} ${current}`)),
        `every phone sees Counted on question ${n}`,
        30_000,
      ).catch(() => undefined);
      const latencies = phones
        .map(
          (p) =>
            (counted.get(`${p.participant} ${current}`) ?? Number.NaN) - (sentAt.get(p.participant) ?? 0),
        )
        .filter(Number.isFinite);
      const fullAt = Math.max(...phones.map((p) => counted.get(`${p.participant} ${current}`) ?? Number.NaN));
      return {
        latencies,
        lastToFullMs: fullAt - lastSent,
        lost: waiting.size,
        notAcked: phones.filter((_, i) => !acked.has(`${i} ${current}`)).length,
      };
    },
    close() {
      facilitator.close();
      for (const p of phones) p.close();
    },
  };
}

async function loadRun(participants: number) {
  const redis = await startRedis({ appendOnly: true });
  const relays = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
  try {
    const idle = relays.map((r) => usage(r.child.pid as number));
    const r = await room(relays[0].url, (i) => relays[i % 2]?.url as string, participants, 50);
    await until(
      () => r.states.filter(Boolean).length === participants,
      'every phone welcomed',
      120_000,
    ).catch(() => undefined);
    const welcomed = r.states.filter(Boolean).length;
    await until(() => r.lobby() === participants, 'lobby count', 30_000).catch(() => undefined);
    const connected = relays.map((x) => usage(x.child.pid as number));
    const rounds = [];
    for (let n = 1; n <= 3; n++) rounds.push(await r.vote(n, 2000));
    const after = relays.map((x) => usage(x.child.pid as number));
    const cpu = after.reduce((s, u, i) => s + u.cpuSeconds - (connected[i]?.cpuSeconds ?? 0), 0);
    const memory = connected.reduce((s, u, i) => s + u.rssKb - (idle[i]?.rssKb ?? 0), 0);
    const lobby = r.lobby();
    const drops = r.drops;
    r.close();
    const latencies = rounds.flatMap((x) => x.latencies);
    return {
      participants,
      welcomed,
      lobby,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      lastToFull: rounds.map((x) => Math.round(x.lastToFullMs)),
      cpuMsPerParticipant: (cpu * 1000) / participants / rounds.length,
      memoryKbPerParticipant: memory / participants,
      lost: rounds.reduce((s, x) => s + x.lost, 0),
      notAcked: rounds.reduce((s, x) => s + x.notAcked, 0),
      disconnects: drops,
    };
  } finally {
    for (const x of relays) x.kill();
    redis.stop();
  }
}

type Fault = 'facilitator offline 3 s' | "facilitator's relay killed" | 'Redis restarted';

async function faultRun(fault: Fault, participants: number) {
  const redis = await startRedis({ appendOnly: true });
  const relays = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
  // The facilitator reaches the relays through its own network (a proxy that can drop it); the phones
  // through the load balancer (a proxy skipping a dead relay), as behind Caddy.
  const facilitatorNet = await startProxy([relays[0].port, relays[1].port], { failover: true });
  const balancer = await startProxy([relays[0].port, relays[1].port]);
  try {
    const r = await room(facilitatorNet.url, () => balancer.url, participants, 100);
    await until(() => r.states.filter(Boolean).length === participants, 'every phone welcomed', 120_000);
    const run = async () => {
      if (fault === 'facilitator offline 3 s') facilitatorNet.offline(3000);
      else if (fault === "facilitator's relay killed") relays[0].kill();
      else {
        await redis.halt();
        await sleep(2000);
        await redis.resume();
      }
    };
    const result = await r.vote(1, 3000, { atMs: 1000, run });
    r.close();
    return {
      fault,
      participants,
      lost: result.lost,
      notAcked: result.notAcked,
      alive: relays.map((x) => x.alive()),
    };
  } finally {
    for (const x of relays) x.kill();
    await facilitatorNet.close();
    await balancer.close();
    redis.stop();
  }
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export async function roomBench(participants = 1000, faultParticipants = 300) {
  const loadBefore = loadAverage();
  const load = await loadRun(participants);
  const faults = [];
  if (faultParticipants > 0)
    for (const fault of ['facilitator offline 3 s', "facilitator's relay killed", 'Redis restarted'] as const)
      faults.push(await faultRun(fault, faultParticipants));
  return { ...load, faults, loadAverage: { before: loadBefore, after: loadAverage() } };
}

/** The README's live-room table, with the machine named. */
export function roomTable(result: Awaited<ReturnType<typeof roomBench>>) {
  const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`;
  const rows = [
    ['participants joining at 50/s across 2 relays', `${result.participants}`],
    ['welcomed', `${result.welcomed} of ${result.participants}`],
    ['in the facilitator’s count', `${result.lobby}`],
    ['vote → facilitator’s count, p50 (3 rounds)', `${Math.round(result.p50)} ms`],
    ['vote → facilitator’s count, p95 (3 rounds)', `${Math.round(result.p95)} ms`],
    ['last vote → full count, each round', result.lastToFull.map((v) => `${v} ms`).join(', ')],
    ['relay CPU per participant per round', `${result.cpuMsPerParticipant.toFixed(2)} ms`],
    ['relay memory per participant', `${result.memoryKbPerParticipant.toFixed(1)} KB`],
    ['votes lost / phones without Counted', `${result.lost} / ${result.notAcked}`],
    [
      'connections dropped (facilitator / phones)',
      `${result.disconnects.facilitator} / ${result.disconnects.phones}`,
    ],
    ...result.faults.map((f) => [
      `${f.fault} mid-vote (${f.participants} phones): lost / without Counted`,
      `${f.lost} / ${f.notAcked}`,
    ]),
  ];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:room\` on ${machine}, shared with other work (load average ${result.loadAverage.before} before, ${result.loadAverage.after} after); the facilitator is the Node client in the phones' process, so its figures include the phones' CPU:`,
    '',
    '| live room | result |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

if (process.argv[1]?.endsWith('room-bench.ts')) {
  const result = await roomBench(
    Number(process.env.ROOM_BENCH_PARTICIPANTS ?? 1000),
    Number(process.env.ROOM_BENCH_FAULT_PARTICIPANTS ?? 300),
  );
  console.log(JSON.stringify(result, null, 2));
  const table = roomTable(result);
  console.log(`\n${table}\n`);
  const readme = readFileSync('README.md', 'utf8');
  const marked = /<!-- room-bench:start -->[\s\S]*<!-- room-bench:end -->/;
  if (marked.test(readme))
    writeFileSync(
      'README.md',
      readme.replace(marked, `<!-- room-bench:start -->\n${table}\n<!-- room-bench:end -->`),
    );
  process.exit(0);
}
