import { readFileSync } from 'node:fs';
import { renderPdf } from '../src/renderers/pdf/render-pdf';
import { buildReport } from '../src/report/build-report';
import { exampleSeries } from '../src/report/example-series';
import { pdfContent } from '../src/report/pdf-content';
import type { Assessment } from '../src/schema/assessment-schema';

/** The PDF summary of an assessment, made in Node the way the browser makes it (fonts from public/fonts). */
export function pdfOf(assessment: Assessment, compareWith: string, generatedAt: Date) {
  const report = buildReport(assessment);
  const bytes = renderPdf(
    pdfContent(report, exampleSeries([compareWith])),
    {
      regular: new Uint8Array(readFileSync('public/fonts/DejaVuSans-subset.ttf')),
      bold: new Uint8Array(readFileSync('public/fonts/DejaVuSans-Bold-subset.ttf')),
    },
    generatedAt,
  );
  return { bytes, report };
}
