/**
 * Screenshots of the built app for the README and for looking at as a user would:
 * `npm run build && npx tsx scripts/screenshots.ts` (serves dist/ itself on loopback).
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { workedExamples } from '../src/framework/examples';
import { exampleToAssessment } from '../src/schema/example-assessment';
import { chromePath, chromiumArgs } from './chromium';

const port = 4179;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 2500));
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: chromePath,
  args: chromiumArgs,
});
try {
  const shots: [name: string, path: string, width: number][] = [
    ['examples', '/examples', 1280],
    ['task-list-1280', '/assessments/example-copy', 1280],
    ['task-list-375', '/assessments/example-copy', 375],
    ['question-1280', '/assessments/example-copy/pages/condition.semanticInteroperability', 1280],
    ['question-375', '/assessments/example-copy/pages/condition.semanticInteroperability', 375],
    ['result-1280', '/assessments/example-copy/result', 1280],
    ['result-375', '/assessments/example-copy/result', 375],
    ['slide-condition-1920', '/audience/e/patient-records/9', 1920],
    ['slide-verdict-1920', '/audience/e/patient-records/13', 1920],
    ['presenter-1920', '/present/e/patient-records/9', 1920],
  ];
  const seed = { ...exampleToAssessment(workedExamples[0]!), id: 'example-copy' };
  for (const [name, path, width] of shots) {
    const context = await browser.newContext({ viewport: { width, height: width === 1920 ? 1080 : 900 } });
    await context.addInitScript(
      (state) => {
        if (!localStorage.getItem('ledger-fit:assessments'))
          localStorage.setItem('ledger-fit:assessments', state);
      },
      JSON.stringify({ state: { assessments: { [seed.id]: seed }, lastPage: {} }, version: 1 }),
    );
    const page = await context.newPage();
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    // Charts load as they come into view: bring them in, then go back to the top for the picture.
    await page.evaluate(() => document.querySelector('#charts-heading')?.scrollIntoView());
    await page.waitForTimeout(600);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({
      path: `docs/screenshots/${name}.png`,
      fullPage: name !== 'examples' && width !== 1920,
    });
    await context.close();
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.kill();
}
