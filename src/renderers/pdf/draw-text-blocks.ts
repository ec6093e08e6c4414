import type { PaperBlock } from '@/report/board-paper';
import { margin, type PdfPen, textWidth } from './pdf-pen';

export function drawHeading(pen: PdfPen, block: Extract<PaperBlock, { kind: 'heading' }>): void {
  const { doc, size, density } = pen;
  pen.ensure(size(block.level === 2 ? 70 : 50));
  doc.moveDown(block.level === 2 ? 0.6 * density : 0.3 * density);
  pen.text(`H${block.level}`, block.text, block.level === 2 ? 13 : 11, true);
  doc.y += size(3);
}

export function drawParagraph(pen: PdfPen, block: Extract<PaperBlock, { kind: 'paragraph' }>): void {
  pen.text('P', block.text, 10, block.strong);
  pen.doc.y += pen.size(5);
}

export function drawList(pen: PdfPen, block: Extract<PaperBlock, { kind: 'list' }>): void {
  const { doc, size } = pen;
  pen.ensure(size(24));
  const list = pen.struct('L');
  pen.root.add(list);
  doc.font('regular').fontSize(size(10)).fillColor('#000000');
  doc.list([...block.items], margin.left + 4, doc.y, {
    width: textWidth - 4,
    listType: block.ordered ? 'numbered' : 'bullet',
    structParent: list,
    structTypes: ['LI', 'Lbl', 'LBody'],
    bulletRadius: 2,
    textIndent: 14,
    paragraphGap: size(3),
  } as PDFKit.Mixins.TextOptions);
  list.end();
  doc.x = margin.left;
  doc.y += size(5);
}
