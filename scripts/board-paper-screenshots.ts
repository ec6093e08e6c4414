/**
 * Page 1 of the PDF and of the Word board paper (as LibreOffice lays it out) for the EHR example and a long
 * proposal, as PNGs in docs/screenshots: `npx tsx scripts/board-paper-screenshots.ts`. Needs poppler's
 * pdftoppm (apt-get install poppler-utils) and LibreOffice (libreoffice-writer-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExample } from '../src/framework/examples';
import { renderDocx } from '../src/renderers/word/render-docx';
import { exampleToAssessment } from '../src/schema/example-assessment';
import { longProposal } from './fixtures/long-proposal';
import { pdfOf } from './pdf-of';

const work = mkdtempSync(join(tmpdir(), 'board-paper-'));
for (const [name, assessment] of [
  ['ehr', exampleToAssessment(findExample('patient-records')!)],
  ['long-proposal', longProposal],
] as const) {
  const { bytes, layout, paper } = await pdfOf(
    assessment,
    'professional-credentials',
    new Date('2026-11-26T09:00:00Z'),
  );
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  const out = `docs/screenshots/board-paper-${name}-page-1`;
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, out]);
  console.log(
    `${out}.png (${layout.pageFill.length} pages, fill ${layout.pageFill.map((f) => f.toFixed(2)).join(' ')})`,
  );
  // The Word document as LibreOffice lays it out (page 1 holds no chart, so none is rasterised here).
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await renderDocx(paper, new Date('2026-11-26T09:00:00Z'), []));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'word'), docx], {
    env: { ...process.env, HOME: work },
  });
  const wordOut = `docs/screenshots/board-paper-${name}-word-page-1`;
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    join(work, 'word', `${name}.pdf`),
    wordOut,
  ]);
  console.log(`${wordOut}.png (LibreOffice)`);
}
