import { buildReport, suggestionsFor } from '../../report/build-report';
import type { Series } from '../../report/chart-data';
import type { Assessment } from '../../schema/assessment-schema';
import { pdfContent, pdfFileName } from './pdf-content';
import { type PdfFonts, renderPdf } from './render-pdf';

let fontsLoaded: Promise<PdfFonts> | undefined;

/** The embedded fonts come from this app's own origin (public/fonts), never from another host. */
function loadFonts(): Promise<PdfFonts> {
  const get = async (name: string) => {
    const response = await fetch(`/fonts/${name}`);
    if (!response.ok) throw new Error(`Could not load the PDF font ${name} (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  fontsLoaded ??= Promise.all([get('DejaVuSans-subset.ttf'), get('DejaVuSans-Bold-subset.ttf')]).then(
    ([regular, bold]) => ({
      regular,
      bold,
    }),
  );
  return fontsLoaded;
}

/** Builds the PDF summary of an assessment in the browser. Loaded only when the user asks for a PDF. */
export async function makePdf(
  assessment: Assessment,
  comparedWith: readonly Series[],
): Promise<{ blob: Blob; fileName: string }> {
  const fonts = await loadFonts();
  const report = buildReport(assessment);
  const title = assessment.proposal.title.trim() || 'Untitled proposal';
  const content = pdfContent(
    assessment,
    report,
    {
      better: suggestionsFor(assessment.answers, 'better'),
      worse: suggestionsFor(assessment.answers, 'worse'),
    },
    comparedWith.length > 0 ? comparedWith.map((s) => s.name).join(' and ') : 'no worked example',
  );
  const now = new Date();
  const bytes = renderPdf(
    content,
    {
      series: [{ key: 'proposal', name: title, answers: assessment.answers }, ...comparedWith],
      answers: assessment.answers,
    },
    fonts,
    now,
  );
  return { blob: new Blob([bytes], { type: 'application/pdf' }), fileName: pdfFileName(title, now) };
}
