import { readFileSync } from 'node:fs';
import { renderPdf } from '../src/renderers/pdf/render-pdf';
import { boardPaper } from '../src/report/board-paper';
import { buildReport } from '../src/report/build-report';
import { exampleSeries } from '../src/report/example-series';
import type { Assessment } from '../src/schema/assessment-schema';

export const nodePdfFonts = () => ({
  regular: new Uint8Array(readFileSync('public/fonts/DejaVuSans-subset.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/DejaVuSans-Bold-subset.ttf')),
});

/** The PDF summary of an assessment, made in Node the way the browser makes it (fonts from public/fonts). */
export async function pdfOf(assessment: Assessment, compareWith: string, generatedAt: Date) {
  const report = buildReport(assessment);
  const paper = boardPaper(report, exampleSeries([compareWith]));
  const { bytes, layout } = await renderPdf(paper, nodePdfFonts(), generatedAt);
  return { bytes, layout, report, paper };
}
