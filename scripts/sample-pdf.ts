/** Writes the EHR example's PDF summary to a file, to look at: `npx tsx scripts/sample-pdf.ts [out.pdf]`. */
import { writeFileSync } from 'node:fs';
import { findExample } from '../src/framework/examples';
import { exampleToAssessment } from '../src/schema/example-assessment';
import { pdfOf } from './pdf-of';

const out = process.argv[2] ?? 'bench/tmp/patient-records.pdf';
const { bytes } = await pdfOf(
  exampleToAssessment(findExample('patient-records')!),
  'professional-credentials',
  new Date(),
);
writeFileSync(out, new Uint8Array(bytes));
console.log(`wrote ${out} (${bytes.byteLength} bytes)`);
