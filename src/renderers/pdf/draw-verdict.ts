import { bandTint } from '@/renderers/band-tint';
import type { PaperBlock } from '@/report/board-paper';
import { margin, type PdfPen, textWidth } from './pdf-pen';

/** The verdict in a tinted, ruled box: its symbol and words say the band, the tint only repeats it. */
export function drawVerdict(pen: PdfPen, block: Extract<PaperBlock, { kind: 'verdict' }>): void {
  const { doc, size } = pen;
  doc.font('bold').fontSize(size(16));
  const inner = textWidth - 24;
  const height =
    doc.heightOfString(block.label, { width: inner }) +
    doc.font('bold').fontSize(size(10.5)).heightOfString(block.headline, { width: inner }) +
    doc.font('regular').fontSize(size(9.5)).heightOfString(block.confidence, { width: inner }) +
    size(26);
  pen.ensure(height);
  const top = doc.y;
  doc.markContent('Artifact', { type: 'Layout' });
  doc.rect(margin.left, top, textWidth, height).lineWidth(2).fillAndStroke(bandTint[block.band], '#000000');
  doc.endMarkedContent();
  doc.y = top + size(9);
  const boxed = (type: string, value: string, pt: number, bold: boolean) => {
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size(pt))
      .fillColor('#000000');
    pen.root.add(pen.struct(type, () => doc.text(value, margin.left + 12, doc.y, { width: inner })));
    doc.y += size(3);
  };
  boxed('P', block.label, 16, true);
  boxed('P', block.headline, 10.5, true);
  boxed('P', block.confidence, 9.5, false);
  doc.x = margin.left;
  doc.y = top + height + size(8);
}
