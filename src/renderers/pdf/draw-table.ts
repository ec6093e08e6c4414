import type { PaperBlock } from '@/report/board-paper';
import { margin, type PdfPen, textWidth, usable } from './pdf-pen';

/** A table with a shaded header row of TH cells; never a header row alone at the foot of a page. */
export function drawTable(pen: PdfPen, block: Extract<PaperBlock, { kind: 'table' }>): void {
  const { doc, size } = pen;
  doc.font('regular').fontSize(size(8));
  const firstRow = Math.max(
    ...(block.rows[0] ?? ['']).map((cell, i) =>
      doc.heightOfString(cell, { width: (block.widths[i] ?? 0.5) * textWidth - 7 }),
    ),
  );
  // Never a header row alone at the foot of a page: keep it with its first row.
  pen.ensure(size(24) + Math.min(firstRow, usable * 0.3) + 8);
  const header = block.columns.map((c) => ({
    text: c,
    type: 'TH' as const,
    scope: 'Column',
    font: { src: 'bold', size: size(8) },
  }));
  doc.font('regular').fontSize(size(8)).fillColor('#000000');
  const columnWidths = block.widths.map((w) => w * textWidth - 7);
  const rows = splitTallRows(doc, block.rows, columnWidths, usable * 0.3);
  // Each row's height measured here, with 3 pt to spare: pdfkit's own measure could fall a hair short of
  // what its line wrapper then needs, and a row at the foot of a page lost its last lines (issue #21 test).
  const tallest = (row: readonly string[]) =>
    Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: columnWidths[i] ?? 100 })));
  doc.font('bold');
  const headerHeight = tallest(block.columns) + 5 + 3;
  doc.font('regular');
  const heights = [headerHeight, ...rows.map((row) => tallest(row) + 5 + 3)];
  doc.table({
    position: { x: margin.left, y: doc.y },
    maxWidth: textWidth,
    columnStyles: block.widths.map((w) => w * textWidth),
    defaultStyle: {
      padding: [2.5, 3.5, 2.5, 3.5],
      border: 0.5,
      borderColor: '#7a7a7a',
      font: { src: 'regular', size: size(8) },
      // pdfkit sizes each row to its measured text, then draws the text in a box of exactly that height with
      // an ellipsis: a rounding hair cut the last line of some cells ("…reference…"). The row is already as
      // tall as its text, so the box needs no limit and nothing is ever cut.
      textOptions: { ellipsis: false, height: undefined },
    },
    rowStyles: (row: number) => ({
      height: heights[row],
      ...(row === 0 ? { backgroundColor: '#e6e6e6' } : {}),
    }),
    structParent: pen.root,
    data: [header, ...rows],
  } as PDFKit.Mixins.TableOptionsWithData);
  doc.x = margin.left;
  doc.y += size(8);
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
