import { readFileSync } from 'node:fs';
import { pdfContent } from '../src/features/export-pdf/pdf-content';
import { renderPdf } from '../src/features/export-pdf/render-pdf';
import { buildReport, suggestionsFor } from '../src/report/build-report';
import { exampleSeries } from '../src/report/example-series';
import type { Assessment } from '../src/schema/assessment-schema';

/** The PDF summary of an assessment, made in Node the way the browser makes it (fonts from public/fonts). */
export function pdfOf(assessment: Assessment, compareWith: string, generatedAt: Date) {
  const report = buildReport(assessment);
  const compared = exampleSeries([compareWith]);
  const content = pdfContent(
    assessment,
    report,
    {
      better: suggestionsFor(assessment.answers, 'better'),
      worse: suggestionsFor(assessment.answers, 'worse'),
    },
    compared.map((s) => s.name).join(' and '),
  );
  const bytes = renderPdf(
    content,
    {
      series: [
        { key: 'proposal', name: assessment.proposal.title, answers: assessment.answers },
        ...compared,
      ],
      answers: assessment.answers,
    },
    {
      regular: new Uint8Array(readFileSync('public/fonts/DejaVuSans-subset.ttf')),
      bold: new Uint8Array(readFileSync('public/fonts/DejaVuSans-Bold-subset.ttf')),
    },
    generatedAt,
  );
  return { bytes, report };
}
