export const A4 = { width: 595.28, height: 841.89 } as const;
export const margin = { top: 54, bottom: 60, left: 54, right: 54 } as const;
export const textWidth = A4.width - margin.left - margin.right;
export const bottom = A4.height - margin.bottom;
export const usable = bottom - margin.top;

interface StructOptions {
  readonly alt?: string;
  readonly bbox?: readonly number[];
  readonly placement?: string;
}
type StructChildren = (() => unknown) | readonly (PDFKit.PDFStructureElement | (() => unknown))[];
export type Struct = (
  type: string,
  options?: StructOptions | StructChildren,
  children?: StructChildren,
) => PDFKit.PDFStructureElement;

/** What every block's drawing shares: the document, its structure tree, the density and the page filling. */
export interface PdfPen {
  readonly doc: PDFKit.PDFDocument;
  readonly struct: Struct;
  readonly root: PDFKit.PDFStructureElement;
  readonly density: number;
  /** Type size and spacing scaled by the density. */
  readonly size: (pt: number) => number;
  /** Starts a new page if `height` would not fit on this one. */
  readonly ensure: (height: number) => void;
  readonly breakPage: () => void;
  /** Records how far down the current page the writing has reached. */
  readonly note: () => void;
  /** A tagged run of text at the left margin (or indented), in the regular or bold font. */
  readonly text: (type: string, value: string, pt: number, bold?: boolean) => void;
  /** How much of each page's writing area is used, 0 to 1. */
  readonly fill: readonly number[];
}

/** Sets up the structure tree and page accounting of one rendering of the paper at one density. */
export function pdfPen(doc: PDFKit.PDFDocument, density: number): PdfPen {
  // @types/pdfkit 0.17 lags pdfkit 0.20: struct() takes a drawing callback and layout options (bbox).
  const struct = doc.struct.bind(doc) as unknown as Struct;
  const root = struct('Document');
  doc.addStructure(root);
  const size = (pt: number) => pt * density;
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
  const text = (type: string, value: string, pt: number, bold = false) => {
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size(pt))
      .fillColor('#000000');
    root.add(struct(type, () => doc.text(value, margin.left, doc.y, { width: textWidth, indent: 0 })));
  };
  return { doc, struct, root, density, size, ensure, breakPage, note, text, fill };
}
