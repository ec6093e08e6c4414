/**
 * The start page with 200 saved assessments, alone: the part of `npm run bench` that times "app code starts →
 * list drawn", without the rest (which takes minutes). Serves a built app (default dist/; `--dist DIR` for
 * another build), seeds localStorage as the bench does and prints each run and the median of 5.
 * `--profile FILE` also writes a CPU profile of one load (open it in Chrome's Performance panel) and prints the
 * functions that took the most time themselves.
 * `--trace FILE` records Chromium traces of three loads and prints the main-thread time by kind of work.
 *   npx tsx scripts/bench-list.ts [--dist DIR] [--port 4181] [--profile /tmp/list.cpuprofile] [--trace /tmp/list.json]
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { workedExamples } from '../src/framework/examples';
import { exampleToAssessment } from '../src/schema/example-assessment';
import { median } from './bench-engine';
import { chromePath, chromiumArgs } from './chromium';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = arg('--dist') ?? 'dist';
const port = Number(arg('--port') ?? 4181);
const profileFile = arg('--profile');
const traceFile = arg('--trace');
const origin = `http://127.0.0.1:${port}`;

const many = Array.from({ length: 200 }, (_, i) => ({
  ...exampleToAssessment(workedExamples[i % workedExamples.length]!),
  id: `bench-${i}`,
  updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
}));
const state = JSON.stringify({
  state: { assessments: Object.fromEntries(many.map((a) => [a.id, a])), lastPage: {} },
  version: 1,
});

// Another server on the port would be measured instead of this build: refuse to start.
if (
  await fetch(origin).then(
    () => true,
    () => false,
  )
)
  throw new Error(`${origin} already answers: stop that server or pass --port`);
// Vite itself, not npx: killing npx would leave vite serving (and answering the next run).
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    dist,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  { stdio: 'ignore' },
);
const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  for (let tries = 0; ; tries++) {
    try {
      await page.goto(`${origin}/method`);
      break;
    } catch (error) {
      if (tries > 60) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  await page.evaluate(
    async ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key as string, value as string);
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    },
    ['ledger-fit:assessments', state],
  );
  // The same moment seen from inside the page: the first frame whose rendering follows the rows' arrival
  // (a task queued from requestAnimationFrame runs after that frame's layout and paint). Playwright's own
  // polling and evaluation run on the page's main thread too, and are in the bench's figure, not in this one.
  // A string, not a function: tsx names inner functions with a helper (__name) that the page does not have.
  await page.addInitScript(`
    const drawn = () => {
      const rows = document.querySelectorAll('tbody tr').length;
      return rows === 200 ||
        (rows === 20 && document.querySelector('.list-range')?.textContent?.includes('of 200 assessments'));
    };
    const watch = () =>
      requestAnimationFrame(() => {
        if (!drawn()) return watch();
        setTimeout(() => performance.mark('bench:list-drawn'));
      });
    watch();
  `);
  const load = async () => {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('bench:list-drawn').length > 0);
    return page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const start = performance.getEntriesByName('ledger-fit:start')[0]?.startTime ?? nav.responseEnd;
      const drawnAt = performance.getEntriesByName('bench:list-drawn')[0]?.startTime ?? 0;
      return {
        fromResponse: performance.now() - nav.responseEnd,
        fromAppStart: performance.now() - start,
        inPage: drawnAt - start,
        inPageFromResponse: drawnAt - nav.responseEnd,
      };
    });
  };
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await load());
  const fromApp = runs.map((r) => Math.round(r.fromAppStart));
  const fromResponse = runs.map((r) => Math.round(r.fromResponse));
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`app code starts → list drawn: ${fromApp.join(', ')} ms; median ${median(fromApp)} ms`);
  console.log(`page received → list drawn: ${fromResponse.join(', ')} ms; median ${median(fromResponse)} ms`);
  const inPage = runs.map((r) => Math.round(r.inPage));
  const inPageFromResponse = runs.map((r) => Math.round(r.inPageFromResponse));
  console.log(
    `in the page, app code starts → list drawn: ${inPage.join(', ')} ms; median ${median(inPage)} ms`,
  );
  console.log(
    `in the page, page received → list drawn: ${inPageFromResponse.join(', ')} ms; median ${median(inPageFromResponse)} ms`,
  );

  for (const [i, file] of (traceFile ? [traceFile, `${traceFile}.2`, `${traceFile}.3`] : []).entries()) {
    await browser.startTracing(page, {
      path: file,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'],
    });
    await load();
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: { name: string; ph: string; dur?: number; tid: number; ts: number }[];
    };
    // Main-thread time by kind of work (complete events; nested ones are counted in their parents as well).
    const byName = new Map<string, number>();
    for (const e of trace.traceEvents)
      if (e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    if (i > 0) continue;
    console.log('trace, total duration by event (ms):');
    for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  }

  if (profileFile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await load();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    const dt = new Map<number, number>();
    for (const [i, id] of (profile.samples ?? []).entries())
      dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
    const self = new Map<string, number>();
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
    }
    console.log('most self time (ms):');
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  }
} finally {
  await browser.close();
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  }
}
