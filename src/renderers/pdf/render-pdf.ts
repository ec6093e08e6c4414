import PDFDocument from 'pdfkit';
import { type BoardPaper, generatedLine, type PaperBlock, provisionalMark } from '@/report/board-paper';
import { drawFigures } from './draw-figures';
import { drawTable } from './draw-table';
import { drawHeading, drawList, drawParagraph } from './draw-text-blocks';
import { drawVerdict } from './draw-verdict';
import { A4, margin, type PdfPen, pdfPen, textWidth } from './pdf-pen';

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface PdfLayout {
  /** How much of each page's writing area is used, 0 to 1. */
  readonly pageFill: readonly number[];
  /** The scale of type and spacing chosen so that page 1 holds the summary and no page is nearly empty. */
  readonly density: number;
}

/** Fill below a quarter of a page reads as a stray page: the layout is tried again at another density. */
const minimumFill = 0.25;
const densities = [1, 0.95, 0.9, 1.05, 1.1, 0.85, 1.15, 0.8] as const;

interface Rendered {
  readonly bytes: Uint8Array;
  readonly layout: PdfLayout;
  readonly summaryOnPageOne: boolean;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
}

/** One drawing function per kind of block. */
const drawers: { [K in PaperBlock['kind']]: (pen: PdfPen, block: Extract<PaperBlock, { kind: K }>) => void } =
  {
    heading: drawHeading,
    paragraph: drawParagraph,
    list: drawList,
    table: drawTable,
    verdict: drawVerdict,
    figures: drawFigures,
  };

function drawBlock(pen: PdfPen, block: PaperBlock): void {
  (drawers[block.kind] as (pen: PdfPen, block: PaperBlock) => void)(pen, block);
  pen.note();
}

async function renderAt(
  paper: BoardPaper,
  fonts: PdfFonts,
  generatedAt: Date,
  density: number,
): Promise<Rendered> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    // The default would be Helvetica, which the browser build does not carry: start in the embedded font.
    font: fonts.regular as unknown as string,
    info: {
      Title: paper.documentTitle,
      Subject: 'Does a distributed ledger fit this healthcare proposal?',
      Author: 'Ledger Fit',
      Creator: 'Ledger Fit',
      Keywords: 'blockchain, healthcare, assessment, Yeung 2019',
      CreationDate: generatedAt,
    },
  });
  const bytes = collect(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const pen = pdfPen(doc, density);
  const { root, struct, size, fill } = pen;

  doc.font('bold').fontSize(size(19)).fillColor('#000000');
  root.add(struct('H1', () => doc.text(paper.title, margin.left, margin.top, { width: textWidth })));
  pen.text('P', paper.subtitle, 10);
  doc.y += size(4);
  for (const block of paper.summary) drawBlock(pen, block);
  const summaryOnPageOne = fill.length === 1;
  pen.breakPage();
  for (const block of paper.body) drawBlock(pen, block);
  pen.note();
  root.end();

  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    // Footers sit in the bottom margin; with the margin in place pdfkit would start a new page for them.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(8).fillColor('#3c3c3c');
    doc.text(generatedLine(generatedAt), margin.left, A4.height - 36, {
      lineBreak: false,
    });
    doc.text(`Page ${i + 1} of ${count}`, margin.left, A4.height - 36, {
      width: textWidth,
      align: 'right',
      lineBreak: false,
    });
    if (paper.provisional) {
      doc.font('bold').fontSize(9).fillColor('#000000');
      doc.text(provisionalMark, margin.left, 26, {
        width: textWidth,
        align: 'right',
        lineBreak: false,
      });
    }
    doc.endMarkedContent();
  }
  doc.end();
  return { bytes: await bytes, layout: { pageFill: fill, density }, summaryOnPageOne };
}

const acceptable = (r: Rendered) => r.summaryOnPageOne && r.layout.pageFill.every((p) => p >= minimumFill);

/**
 * Renders the board paper as a tagged A4 PDF (headings, paragraphs, lists, tables with header cells,
 * figures with their data as alternative text, language and title set, fonts embedded). Page 1 is the
 * executive summary; if the first layout leaves a nearly empty page, type and spacing are scaled a little
 * and the layout tried again. Runs in the browser and in Node.
 */
export async function renderPdf(
  paper: BoardPaper,
  fonts: PdfFonts,
  generatedAt: Date,
): Promise<{ bytes: Uint8Array; layout: PdfLayout }> {
  let first: Rendered | undefined;
  for (const density of densities) {
    const rendered = await renderAt(paper, fonts, generatedAt, density);
    first ??= rendered;
    if (acceptable(rendered)) return rendered;
  }
  return first as Rendered;
}
