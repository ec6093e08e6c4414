import { chartDrawing } from '@/renderers/charts/chart-drawing';
import type { PaperBlock } from '@/report/board-paper';
import { drawShapes } from './draw-shapes';
import { margin, type PdfPen, textWidth } from './pdf-pen';

/** Charts side by side, each a tagged Figure with its data as alternative text, drawn as vectors. */
export function drawFigures(pen: PdfPen, block: Extract<PaperBlock, { kind: 'figures' }>): void {
  const { doc, size, struct } = pen;
  const drawings = block.figures.map((f) => chartDrawing(f.drawing));
  const height = Math.max(...drawings.map((d) => d.height)) + size(24);
  pen.ensure(height);
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
    pen.root.add(
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
}
