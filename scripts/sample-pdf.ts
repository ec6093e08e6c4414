/** Writes the EHR example's PDF summary to a file, to look at: `npx tsx scripts/sample-pdf.ts [out.pdf]`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { pdfContent } from '../src/features/export-pdf/pdf-content';
import { renderPdf } from '../src/features/export-pdf/render-pdf';
import { exampleToAssessment, findExample } from '../src/framework/examples';
import { buildReport, suggestionsFor } from '../src/report/build-report';
import { exampleSeries } from '../src/report/example-series';

const out = process.argv[2] ?? 'bench/tmp/patient-records.pdf';
const assessment = exampleToAssessment(findExample('patient-records')!);
const content = pdfContent(
  assessment,
  buildReport(assessment),
  {
    better: suggestionsFor(assessment.answers, 'better'),
    worse: suggestionsFor(assessment.answers, 'worse'),
  },
  'Professional credentials',
);
const bytes = renderPdf(
  content,
  {
    series: [
      { key: 'proposal', name: assessment.proposal.title, answers: assessment.answers },
      ...exampleSeries(['professional-credentials']),
    ],
    answers: assessment.answers,
  },
  {
    regular: new Uint8Array(readFileSync('public/fonts/DejaVuSans-subset.ttf')),
    bold: new Uint8Array(readFileSync('public/fonts/DejaVuSans-Bold-subset.ttf')),
  },
  new Date(),
);
writeFileSync(out, new Uint8Array(bytes));
console.log(`wrote ${out} (${bytes.byteLength} bytes)`);
