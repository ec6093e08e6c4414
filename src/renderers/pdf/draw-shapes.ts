import type { Drawing } from '@/renderers/charts/chart-drawing';

/** Draws a chart's shapes at (x, y) in a pdfkit document, as vector paths and selectable text. */
export function drawShapes(doc: PDFKit.PDFDocument, drawing: Drawing, x: number, y: number): void {
  doc.save();
  doc.translate(x, y);
  for (const shape of drawing.shapes) {
    if (shape.kind === 'path') {
      doc.path(shape.d);
      if (shape.dash && shape.dash.length > 0) doc.dash(shape.dash[0] ?? 1, { space: shape.dash[1] ?? 1 });
      else doc.undash();
      if (shape.width !== undefined) doc.lineWidth(shape.width);
      if (shape.fill && shape.stroke) doc.fillAndStroke(shape.fill, shape.stroke);
      else if (shape.fill) doc.fill(shape.fill);
      else if (shape.stroke) doc.stroke(shape.stroke);
      continue;
    }
    doc
      .font(shape.bold ? 'bold' : 'regular')
      .fontSize(shape.size)
      .fillColor(shape.colour ?? '#000000');
    const width = doc.widthOfString(shape.text);
    const left =
      shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x - width;
    doc.text(shape.text, left, shape.y, { baseline: 'alphabetic', lineBreak: false });
  }
  doc.undash();
  doc.restore();
}
