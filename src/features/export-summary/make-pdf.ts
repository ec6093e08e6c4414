import { type PdfFonts, renderPdf } from '@/renderers/pdf/render-pdf';
import { boardPaper, pdfFileName } from '@/report/board-paper';
import { buildReport } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import { withSignOff } from '@/report/sign-off-table';
import type { Assessment } from '@/schema/assessment-schema';
import { signOffOf } from '@/team/sign-off-rows';

let fontsLoaded: Promise<PdfFonts> | undefined;

/** The embedded fonts come from this app's own origin (public/fonts), never from another host. */
function loadFonts(): Promise<PdfFonts> {
  const get = async (name: string) => {
    const response = await fetch(`/fonts/${name}`);
    if (!response.ok) throw new Error(`Could not load the PDF font ${name} (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  fontsLoaded ??= Promise.all([get('DejaVuSans-subset.ttf'), get('DejaVuSans-Bold-subset.ttf')]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  return fontsLoaded;
}

/** Builds the tagged PDF board paper; runs in the board-paper worker. */
export async function makePdf(
  assessment: Assessment,
  comparedWith: readonly Series[],
): Promise<{ blob: Blob; fileName: string }> {
  const fonts = await loadFonts();
  const report = buildReport(assessment);
  const now = new Date();
  const { bytes } = await renderPdf(
    withSignOff(boardPaper(report, comparedWith), await signOffOf(assessment)),
    fonts,
    now,
  );
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    fileName: pdfFileName(report.title, now),
  };
}
