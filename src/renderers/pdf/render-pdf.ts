import PDFDocument from 'pdfkit';
import { bandTint } from '@/renderers/band-tint';
import { chartDrawing } from '@/renderers/charts/chart-drawing';
import { type BoardPaper, generatedLine, type PaperBlock, provisionalMark } from '@/report/board-paper';
import { drawShapes } from './draw-shapes';

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

const A4 = { width: 595.28, height: 841.89 } as const;
const margin = { top: 54, bottom: 60, left: 54, right: 54 } as const;
const textWidth = A4.width - margin.left - margin.right;
const bottom = A4.height - margin.bottom;
const usable = bottom - margin.top;

/** Fill below a quarter of a page reads as a stray page: the layout is tried again at another density. */
const minimumFill = 0.25;
const densities = [1, 0.95, 0.9, 1.05, 1.1, 0.85, 1.15, 0.8] as const;

interface StructOptions {
  readonly alt?: string;
  readonly bbox?: readonly number[];
  readonly placement?: string;
}
type StructChildren = (() => unknown) | readonly (PDFKit.PDFStructureElement | (() => unknown))[];

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
  // @types/pdfkit 0.17 lags pdfkit 0.20: struct() takes a drawing callback and layout options (bbox).
  const struct = doc.struct.bind(doc) as unknown as (
    type: string,
    options?: StructOptions | StructChildren,
    children?: StructChildren,
  ) => PDFKit.PDFStructureElement;
  const root = struct('Document');
  doc.addStructure(root);

  const size = (pt: number) => pt * density;
  const gap = (pt: number) => pt * density;
  const fill: number[] = [0];
  let manualBreak = false;
  doc.on('pageAdded', () => {
    // A break pdfkit made itself, mid-text or mid-table, means the page before was full.
    if (!manualBreak) fill[fill.length - 1] = 1;
    fill.push(0);
    manualBreak = false;
  });
  const note = () => {
    fill[fill.length - 1] = Math.max(fill[fill.length - 1] ?? 0, (doc.y - margin.top) / usable);
  };
  const breakPage = () => {
    note();
    manualBreak = true;
    doc.addPage();
  };
  const ensure = (height: number) => {
    if (doc.y + height > bottom) breakPage();
  };
  const text = (
    type: string,
    value: string,
    pt: number,
    bold = false,
    options: PDFKit.Mixins.TextOptions = {},
  ) => {
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size(pt))
      .fillColor('#000000');
    root.add(
      struct(type, () => {
        doc.text(value, margin.left + (options.indent ?? 0), doc.y, {
          width: textWidth - (options.indent ?? 0),
          ...options,
          indent: 0,
        });
      }),
    );
  };

  const drawBlock = (block: PaperBlock) => {
    switch (block.kind) {
      case 'heading':
        ensure(size(block.level === 2 ? 70 : 50));
        doc.moveDown(block.level === 2 ? 0.6 * density : 0.3 * density);
        text(`H${block.level}`, block.text, block.level === 2 ? 13 : 11, true);
        doc.y += gap(3);
        break;
      case 'paragraph':
        text('P', block.text, 10, block.strong);
        doc.y += gap(5);
        break;
      case 'list': {
        ensure(size(24));
        const list = struct('L');
        root.add(list);
        doc.font('regular').fontSize(size(10)).fillColor('#000000');
        doc.list([...block.items], margin.left + 4, doc.y, {
          width: textWidth - 4,
          listType: block.ordered ? 'numbered' : 'bullet',
          structParent: list,
          structTypes: ['LI', 'Lbl', 'LBody'],
          bulletRadius: 2,
          textIndent: 14,
          paragraphGap: gap(3),
        } as PDFKit.Mixins.TextOptions);
        list.end();
        doc.x = margin.left;
        doc.y += gap(5);
        break;
      }
      case 'table': {
        doc.font('regular').fontSize(size(8));
        const firstRow = Math.max(
          ...(block.rows[0] ?? ['']).map((cell, i) =>
            doc.heightOfString(cell, { width: (block.widths[i] ?? 0.5) * textWidth - 7 }),
          ),
        );
        // Never a header row alone at the foot of a page: keep it with its first row.
        ensure(size(24) + Math.min(firstRow, usable * 0.3) + 8);
        const header = block.columns.map((c) => ({
          text: c,
          type: 'TH' as const,
          scope: 'Column',
          font: { src: 'bold', size: size(8) },
        }));
        doc.font('regular').fontSize(size(8)).fillColor('#000000');
        const columnWidths = block.widths.map((w) => w * textWidth - 7);
        doc.table({
          position: { x: margin.left, y: doc.y },
          maxWidth: textWidth,
          columnStyles: block.widths.map((w) => w * textWidth),
          defaultStyle: {
            padding: [2.5, 3.5, 2.5, 3.5],
            border: 0.5,
            borderColor: '#7a7a7a',
            font: { src: 'regular', size: size(8) },
          },
          rowStyles: (row: number) => (row === 0 ? { backgroundColor: '#e6e6e6' } : undefined),
          structParent: root,
          data: [header, ...splitTallRows(doc, block.rows, columnWidths, usable * 0.3)],
        } as PDFKit.Mixins.TableOptionsWithData);
        doc.x = margin.left;
        doc.y += gap(8);
        break;
      }
      case 'verdict': {
        doc.font('bold').fontSize(size(16));
        const inner = textWidth - 24;
        const height =
          doc.heightOfString(block.label, { width: inner }) +
          doc.font('bold').fontSize(size(10.5)).heightOfString(block.headline, { width: inner }) +
          doc.font('regular').fontSize(size(9.5)).heightOfString(block.confidence, { width: inner }) +
          gap(26);
        ensure(height);
        const top = doc.y;
        doc.markContent('Artifact', { type: 'Layout' });
        doc
          .rect(margin.left, top, textWidth, height)
          .lineWidth(2)
          .fillAndStroke(bandTint[block.band], '#000000');
        doc.endMarkedContent();
        doc.y = top + gap(9);
        const boxed = (type: string, value: string, pt: number, bold: boolean) => {
          doc
            .font(bold ? 'bold' : 'regular')
            .fontSize(size(pt))
            .fillColor('#000000');
          root.add(struct(type, () => doc.text(value, margin.left + 12, doc.y, { width: inner })));
          doc.y += gap(3);
        };
        boxed('P', block.label, 16, true);
        boxed('P', block.headline, 10.5, true);
        boxed('P', block.confidence, 9.5, false);
        doc.x = margin.left;
        doc.y = top + height + gap(8);
        break;
      }
      case 'figures': {
        const drawings = block.figures.map((f) => chartDrawing(f.drawing));
        const height = Math.max(...drawings.map((d) => d.height)) + size(24);
        ensure(height);
        const top = doc.y;
        const column = textWidth / 2;
        block.figures.forEach((figure, i) => {
          const drawing = drawings[i];
          if (!drawing) return;
          const x = margin.left + i * column + (column - drawing.width) / 2;
          doc.font('bold').fontSize(size(10)).fillColor('#000000');
          const caption = struct('Caption', () =>
            doc.text(figure.caption, margin.left + i * column, top, { width: column - 8 }),
          );
          root.add(
            struct(
              'Figure',
              {
                alt: figure.alt,
                bbox: [x, top + 18, x + drawing.width, top + 18 + drawing.height],
                placement: 'Block',
              },
              [caption, () => drawShapes(doc, drawing, x, top + 18)],
            ),
          );
        });
        doc.x = margin.left;
        doc.y = top + height;
        break;
      }
    }
    note();
  };

  doc.font('bold').fontSize(size(19)).fillColor('#000000');
  root.add(struct('H1', () => doc.text(paper.title, margin.left, margin.top, { width: textWidth })));
  text('P', paper.subtitle, 10);
  doc.y += gap(4);
  for (const block of paper.summary) drawBlock(block);
  const summaryOnPageOne = fill.length === 1;
  breakPage();
  for (const block of paper.body) drawBlock(block);
  note();
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

/**
 * pdfkit cannot break a table row across pages and clips a row taller than the page, so a row with a
 * very long cell (a long note) is split into continuation rows at word boundaries: nothing is cut.
 */
function splitTallRows(
  doc: PDFKit.PDFDocument,
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  maxHeight: number,
): string[][] {
  const height = (text: string, column: number) => doc.heightOfString(text, { width: widths[column] ?? 100 });
  const out: string[][] = [];
  for (const row of rows) {
    let rest = [...row];
    while (rest.some((cell, i) => height(cell, i) > maxHeight)) {
      const head = rest.map((cell, i) => {
        if (height(cell, i) <= maxHeight) return cell;
        const words = cell.split(' ');
        let low = 1;
        let high = words.length;
        while (low < high) {
          const mid = Math.ceil((low + high) / 2);
          if (height(words.slice(0, mid).join(' '), i) <= maxHeight) low = mid;
          else high = mid - 1;
        }
        return words.slice(0, low).join(' ');
      });
      out.push(head);
      rest = rest.map((cell, i) => {
        const taken = head[i] ?? '';
        return taken === cell ? '' : cell.slice(taken.length).trimStart();
      });
      if (rest[0] === '') rest[0] = '(continued)';
    }
    out.push(rest);
  }
  return out;
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
