import { jsPDF } from 'jspdf';
import { toBase64 } from '@/lib/base64';
import type { PdfBlock, PdfContent } from '@/report/pdf-content';
import { drawObstacleBars, drawRadar } from './pdf-charts';

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

const page = { width: 210, height: 297, margin: 18, top: 20, bottom: 18 } as const;
const textWidth = page.width - 2 * page.margin;
const mmPerPt = 0.3528;

/** Renders the summary as an A4 PDF with selectable text and vector charts. Runs in the browser and in Node. */
export function renderPdf(content: PdfContent, fonts: PdfFonts, generatedAt: Date): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', 'DejaVu', 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold');
  doc.setDocumentProperties({
    title: `${content.title}: Ledger Fit summary`,
    subject: 'Does a distributed ledger fit this healthcare proposal?',
    creator: 'Ledger Fit',
    keywords: 'blockchain, healthcare, assessment, Yeung 2019',
  });
  doc.setLanguage('en-GB');
  doc.setTextColor(0, 0, 0);

  let y = page.top;
  const lineHeight = (size: number) => size * mmPerPt * 1.35;
  const ensure = (height: number) => {
    if (y + height > page.height - page.bottom) {
      doc.addPage();
      y = page.top;
    }
  };
  const write = (text: string, size: number, style: 'normal' | 'bold' = 'normal', indent = 0) => {
    doc.setFont('DejaVu', style);
    doc.setFontSize(size);
    const lines: string[] = doc.splitTextToSize(text, textWidth - indent);
    for (const line of lines) {
      ensure(lineHeight(size));
      doc.text(line, page.margin + indent, y + size * mmPerPt);
      y += lineHeight(size);
    }
  };

  write(content.title, 18, 'bold');
  write('Ledger Fit: does a distributed ledger fit this proposal?', 10);
  y += 3;

  const drawBlock = (block: PdfBlock) => {
    switch (block.kind) {
      case 'heading':
        ensure(16);
        y += 3;
        write(block.text, 13, 'bold');
        y += 1;
        return;
      case 'paragraph':
        write(block.text, 10, block.bold ? 'bold' : 'normal');
        y += 2;
        return;
      case 'bullets':
        for (const item of block.items) {
          ensure(lineHeight(10));
          doc.setFont('DejaVu', 'normal');
          doc.setFontSize(10);
          doc.text('•', page.margin + 1, y + 10 * mmPerPt);
          write(item, 10, 'normal', 5);
          y += 1;
        }
        y += 1;
        return;
      case 'meta':
        for (const [label, value] of block.rows) write(`${label}: ${value}`, 10);
        y += 2;
        return;
      case 'verdict': {
        ensure(30);
        const startY = y;
        y += 3;
        write(block.label, 16, 'bold', 4);
        write(block.headline, 11, 'bold', 4);
        write(block.meaning, 10, 'normal', 4);
        doc.setLineWidth(1);
        doc.setDrawColor(0, 0, 0);
        doc.rect(page.margin, startY, textWidth, y - startY + 2);
        y += 6;
        return;
      }
      case 'answer':
        ensure(lineHeight(10) * 2);
        write(`${block.question}: ${block.answer}`, 10, 'bold');
        if (block.note) write(block.note, 9, 'normal', 4);
        y += 1.5;
        return;
      case 'charts': {
        ensure(100);
        const radarWidth = 96;
        const radarHeight = drawRadar(doc, block.radar, page.margin, y, radarWidth);
        const barsY = y + 10;
        doc.setFont('DejaVu', 'bold');
        doc.setFontSize(10);
        doc.text('Obstacles, most severe first', page.margin + radarWidth + 4, barsY - 3);
        doc.setFont('DejaVu', 'normal');
        drawObstacleBars(
          doc,
          block.obstacles,
          page.margin + radarWidth + 4,
          barsY,
          textWidth - radarWidth - 4,
        );
        y += Math.max(radarHeight, 70) + 4;
        return;
      }
    }
  };
  for (const block of content.blocks) drawBlock(block);

  const pages = doc.getNumberOfPages();
  const stamp = generatedAt.toLocaleString('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont('DejaVu', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(60, 60, 60);
    doc.text(`Ledger Fit summary · generated ${stamp} UTC`, page.margin, page.height - 10);
    doc.text(`Page ${i} of ${pages}`, page.width - page.margin, page.height - 10, { align: 'right' });
    if (content.provisional) {
      doc.setFont('DejaVu', 'bold');
      doc.setFontSize(9);
      doc.setTextColor(0, 0, 0);
      doc.text('PROVISIONAL: some questions are not yet answered', page.width - page.margin, 11, {
        align: 'right',
      });
    }
  }
  return doc.output('arraybuffer');
}
