/**
 * Page 1 of the PDF board paper for the consent-to-share ledger (UK, US, EU) and for its version after
 * following the advice, as PNGs in docs/screenshots (issue #21): `npx tsx scripts/consent-ledger-screenshots.ts`.
 * Needs poppler's pdftoppm (apt-get install poppler-utils). Prints each one's next steps.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAssessmentFile } from '../src/schema/parse-assessment-file';
import { pdfOf } from './pdf-of';

const file = parseAssessmentFile(readFileSync('test/fixtures/consent-ledger.json', 'utf8'));
if (!file.ok) throw new Error(file.problems.join('\n'));
const work = mkdtempSync(join(tmpdir(), 'consent-ledger-'));
for (const assessment of file.data.assessments) {
  const { bytes, report } = await pdfOf(assessment, 'patient-records', new Date('2026-12-02T09:00:00Z'));
  const pdf = join(work, `${assessment.id}.pdf`);
  writeFileSync(pdf, bytes);
  const out = `docs/screenshots/${assessment.id}-page-1`;
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  console.log(`\n${out}.png — ${report.title}: ${report.decision.verdict.label}`);
  console.log(`Recommendation: ${report.decision.recommendation.text}`);
  for (const s of report.decision.nextSteps) console.log(`  - [${s.phase}] ${s.text}`);
}
