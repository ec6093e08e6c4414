/**
 * Screenshots of the "Regulatory checks" for one proposal in three settings (US only, UK only, UK and EU),
 * in the app and in the PDF: `npm run build && npx tsx scripts/regulatory-screenshots.ts`.
 * The PDF pages are rendered with poppler's pdftoppm when it is installed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { workedExamples } from '../src/framework/examples';
import type { Setting } from '../src/framework/proposal';
import { exampleToAssessment } from '../src/schema/example-assessment';
import { chromePath, chromiumArgs } from './chromium';
import { pdfOf } from './pdf-of';

const port = 4178;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const variants: [name: string, settings: Setting[]][] = [
  ['us', ['us']],
  ['uk', ['ukNhs']],
  ['uk-eu', ['ukNhs', 'eu']],
];
const work = mkdtempSync(join(tmpdir(), 'ledger-fit-reg-'));
try {
  for (const [name, settings] of variants) {
    const base = exampleToAssessment(workedExamples[0]!);
    const assessment = {
      ...base,
      id: `regulatory-${name}`,
      proposal: { ...base.proposal, title: `Patient records ledger (${name.toUpperCase()})`, settings },
    };
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.addInitScript(
      (state) => localStorage.setItem('ledger-fit:assessments', state),
      JSON.stringify({
        state: {
          assessments: { [assessment.id]: assessment },
          lastPage: {},
          needsRepair: {},
          fullAssessment: {},
        },
        version: 3,
      }),
    );
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/assessments/${assessment.id}/result`);
    const section = page.getByRole('region', { name: 'Regulatory checks' });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `docs/screenshots/regulatory-${name}-app.png` });
    console.log(`docs/screenshots/regulatory-${name}-app.png`);
    await context.close();

    const { bytes } = await pdfOf(assessment, 'professional-credentials', new Date('2026-11-26T09:00:00Z'));
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, new Uint8Array(bytes));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
    const pageIndex = (text as string[]).findIndex((t) => t.includes('Regulatory checks'));
    try {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        String(pageIndex + 1),
        '-l',
        String(pageIndex + 1),
        '-singlefile',
        file,
        `docs/screenshots/regulatory-${name}-pdf`,
      ]);
      console.log(`docs/screenshots/regulatory-${name}-pdf.png (PDF page ${pageIndex + 1})`);
    } catch {
      console.log('pdftoppm is not installed: PDF page not rendered');
    }
  }
} finally {
  await browser.close();
  server.kill();
}
