/**
 * `npx tsx scripts/team-bench.ts`: team assessments under load, through two relay processes and Redis, as
 * deployed. (1) EDITORS Node editors on one assessment, spread over both relays, each making EDITS sealed
 * edits: edit → seen by every other editor (p50, p95, max). (2) DOCS assessments open at once across the two
 * relays, each seeded with a worked example: Redis memory per assessment. (3) One assessment edited 300
 * times, then compacted by a sealed snapshot: its Redis bytes before and after, and a late joiner's time
 * to the latest state from Redis alone. Writes bench/team-results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createClient } from 'redis';
import * as Y from 'yjs';
import { newDocumentKey } from '../src/team/seal-update';
import { seedDoc } from '../src/team/team-doc';
import { teamSocket } from '../src/team/team-socket';
import { TeamSync } from '../src/team/team-sync';
import { exampleFiles } from './example-files';
import { startRedis, startRelayProcess, until } from './processes';

const editors = Number(process.env.EDITORS ?? 20);
const edits = Number(process.env.EDITS ?? 10);
const docs = Number(process.env.DOCS ?? 1000);
const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const id = (n: number) => `bench-doc-${String(n).padStart(11, '0')}`;

const redis = await startRedis();
const relays = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
const urls = relays.map((r) => r.url);
const client = createClient({ url: redis.url });
await client.connect();
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1]);
const example = JSON.parse([...exampleFiles().values()][0] as string).assessments[0];

function open(docId: string, key: CryptoKey, n: number, doc = new Y.Doc()) {
  let connected = false;
  const sync = new TeamSync({
    doc,
    docId,
    key,
    sender: `bench-sender-${n}`,
    socket: teamSocket(urls[n % urls.length] as string, 30_000),
    onStatus: (s) => {
      connected = s === 'connected';
    },
  });
  return { doc, sync, connected: () => connected };
}

const results: Record<string, unknown> = { editors, edits, docs };
try {
  // (1) Editors on one assessment.
  {
    const { key } = await newDocumentKey();
    const team = Array.from({ length: editors }, (_, n) => open(id(0), key, n));
    await until(() => team.every((t) => t.connected()), 'editors connected', 60_000);
    const latencies: number[] = [];
    const seen = team.map(() => new Set<string>());
    team.forEach((t, n) => {
      t.doc.getMap<number>('bench').observe((event) => {
        for (const k of event.keysChanged) {
          if (seen[n]?.has(k) || k.startsWith(`${n}-`)) continue;
          seen[n]?.add(k);
          latencies.push(Date.now() - (t.doc.getMap<number>('bench').get(k) ?? Date.now()));
        }
      });
    });
    for (let k = 0; k < edits; k++) {
      for (const [n, t] of team.entries()) t.doc.getMap<number>('bench').set(`${n}-${k}`, Date.now());
      await new Promise((r) => setTimeout(r, 200));
    }
    const expected = editors * (editors - 1) * edits;
    await until(() => latencies.length >= expected, 'every edit seen by every other editor', 120_000).catch(
      (e) => {
        throw new Error(`${(e as Error).message}: ${latencies.length} of ${expected}`);
      },
    );
    results.editSeenMs = {
      p50: pct(latencies, 50),
      p95: pct(latencies, 95),
      max: Math.max(...latencies),
      count: latencies.length,
    };
    for (const t of team) t.sync.destroy();
  }

  // (2) Many assessments open across both relays.
  {
    const before = await usedMemory();
    const open1000: ReturnType<typeof open>[] = [];
    const started = Date.now();
    for (let n = 1; n <= docs; n++) {
      const { key } = await newDocumentKey();
      const t = open(id(n), key, n);
      seedDoc(t.doc, { id: `author-${n}`, name: `Editor ${n}` }, { ...example, id: `a-${n}` });
      open1000.push(t);
    }
    await until(
      () => open1000.every((t) => t.connected() && t.sync.state.pending === undefined),
      'all seeded',
      300_000,
    );
    const after = await usedMemory();
    results.documents = {
      open: docs,
      secondsToOpenAndSeed: (Date.now() - started) / 1000,
      redisBytesPerAssessment: Math.round((after - before) / docs),
      streamBytesOfOne: await client.memoryUsage(`ledger-fit:team:${id(1)}:log`),
    };
    for (const t of open1000) t.sync.destroy();
  }

  // (3) Compaction and a late joiner.
  {
    const { key } = await newDocumentKey();
    const writer = open(id(docs + 1), key, 0);
    seedDoc(writer.doc, { id: 'author-w', name: 'Writer' }, { ...example, id: 'a-w' });
    await until(() => writer.connected() && writer.sync.state.pending === undefined, 'seeded');
    for (let k = 0; k < 300; k++) {
      writer.doc.getMap('answersBench').set('x', k);
      await until(() => writer.sync.state.pending === undefined, 'sent', 30_000);
    }
    const stream = `ledger-fit:team:${id(docs + 1)}:log`;
    const beforeBytes = await client.memoryUsage(stream);
    const beforeEntries = await client.xLen(stream);
    const reader = open(id(docs + 1), key, 1);
    await until(() => reader.doc.getMap('answersBench').get('x') === 299, 'reader caught up', 60_000);
    await reader.sync.compact();
    // The reader may already be compacting on its own (after 200 entries): wait for the trim either way.
    for (let i = 0; i < 300 && (await client.xLen(stream)) >= beforeEntries; i++)
      await new Promise((r) => setTimeout(r, 100));
    const afterBytes = await client.memoryUsage(stream);
    const afterEntries = await client.xLen(stream);
    writer.sync.destroy();
    reader.sync.destroy();
    const t0 = Date.now();
    const late = open(id(docs + 1), key, 2);
    await until(
      () => late.doc.getMap('answersBench').get('x') === 299,
      'late joiner from Redis',
      60_000,
    ).catch(async (e) => {
      const rows = await client.xRange(stream, '-', '+');
      throw new Error(
        `${(e as Error).message}: x=${String(late.doc.getMap('answersBench').get('x'))}, stream ${(rows ?? []).map((r: { id: string; message: Record<string, string> }) => `${r.id} ${r.message.s} ${r.message.q} ${r.message.k} ${r.message.p}`).join('; ')}`,
      );
    });
    results.compaction = {
      entriesBefore: beforeEntries,
      entriesAfter: afterEntries,
      streamBytesBefore: beforeBytes,
      streamBytesAfter: afterBytes,
      lateJoinerMs: Date.now() - t0,
    };
    late.sync.destroy();
  }
} finally {
  await client.quit();
  for (const r of relays) r.kill();
  redis.stop();
}
console.log(JSON.stringify(results, null, 2));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/team-results.json', `${JSON.stringify(results, null, 2)}\n`);
process.exit(0);
