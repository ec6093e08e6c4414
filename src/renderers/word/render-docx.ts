import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { bandTint } from '@/renderers/band-tint';
import { type BoardPaper, generatedLine, type PaperBlock, provisionalMark } from '@/report/board-paper';

/** A chart drawn as a PNG by the caller (the browser rasterises the SVG); sizes in points. */
export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A4 with 2 cm margins: 17 cm of text width, in twentieths of a point. */
const textWidthTwips = 9638;
const pointsToPixels = (pt: number) => Math.round((pt * 96) / 72);
const border = { style: BorderStyle.SINGLE, size: 4, color: '7A7A7A' } as const;
const borders = { top: border, bottom: border, left: border, right: border };

function table(block: Extract<PaperBlock, { kind: 'table' }>): Table {
  const widths = block.widths.map((w) => Math.round(w * textWidthTwips));
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      width: { size: widths[column] ?? 1000, type: WidthType.DXA },
      borders,
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E6E6E6', color: 'auto' } } : {}),
      children: [
        new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text, bold: header, size: 17 })] }),
      ],
    });
  return new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c, i, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function verdict(block: Extract<PaperBlock, { kind: 'verdict' }>): Table {
  const thick = { style: BorderStyle.SINGLE, size: 16, color: '000000' } as const;
  return new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: [textWidthTwips],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: textWidthTwips, type: WidthType.DXA },
            borders: { top: thick, bottom: thick, left: thick, right: thick },
            shading: {
              type: ShadingType.CLEAR,
              fill: bandTint[block.band].slice(1).toUpperCase(),
              color: 'auto',
            },
            margins: { top: 120, bottom: 120, left: 160, right: 160 },
            children: [
              new Paragraph({ children: [new TextRun({ text: block.label, bold: true, size: 30 })] }),
              new Paragraph({ children: [new TextRun({ text: block.headline, bold: true })] }),
              new Paragraph({ children: [new TextRun({ text: block.confidence })] }),
            ],
          }),
        ],
      }),
    ],
  });
}

function blocks(
  list: readonly PaperBlock[],
  images: readonly (ChartImage | undefined)[],
  counters: { figures: number; lists: number },
  firstPageBreak: boolean,
) {
  const out: (Paragraph | Table)[] = [];
  let breakBefore = firstPageBreak;
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            text: block.text,
            heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            pageBreakBefore: breakBefore,
          }),
        );
        breakBefore = false;
        break;
      case 'paragraph':
        out.push(
          new Paragraph({ children: [new TextRun({ text: block.text, bold: block.strong ?? false })] }),
        );
        break;
      case 'list': {
        const instance = ++counters.lists;
        for (const item of block.items)
          out.push(
            new Paragraph({
              text: item,
              ...(block.ordered
                ? { numbering: { reference: 'numbered', level: 0, instance } }
                : { bullet: { level: 0 } }),
            }),
          );
        break;
      }
      case 'table':
        out.push(table(block), new Paragraph({ text: '' }));
        break;
      case 'verdict':
        out.push(verdict(block), new Paragraph({ text: '' }));
        break;
      case 'figures':
        for (const figure of block.figures) {
          counters.figures += 1;
          const image = images[counters.figures - 1];
          out.push(
            new Paragraph({
              children: [new TextRun({ text: `Figure ${counters.figures}. ${figure.caption}`, bold: true })],
            }),
          );
          out.push(
            image
              ? new Paragraph({
                  children: [
                    new ImageRun({
                      type: 'png',
                      data: image.png,
                      transformation: {
                        width: pointsToPixels(image.width),
                        height: pointsToPixels(image.height),
                      },
                      altText: { name: figure.caption, title: figure.caption, description: figure.alt },
                    }),
                  ],
                })
              : new Paragraph({ text: figure.alt }),
          );
        }
        break;
    }
  }
  return out;
}

/**
 * The board paper as an editable Word document: real headings, lists and tables with a repeating header
 * row, the verdict in a shaded box with its symbol and words, charts as images with their data as
 * alternative text, and the summary alone on page 1. Runs in the browser and in Node.
 */
export async function renderDocx(
  paper: BoardPaper,
  generatedAt: Date,
  images: readonly (ChartImage | undefined)[],
): Promise<Uint8Array> {
  const counters = { figures: 0, lists: 0 };
  const doc = new Document({
    creator: 'Ledger Fit',
    title: paper.documentTitle,
    description: 'Does a distributed ledger fit this healthcare proposal?',
    keywords: 'blockchain, healthcare, assessment, Yeung 2019',
    styles: {
      default: {
        // 10 pt body, as the PDF: the executive summary must fit page 1 in Word and LibreOffice too.
        document: { run: { font: 'Arial', size: 19 }, paragraph: { spacing: { after: 50 } } },
        heading1: { run: { font: 'Arial', size: 34, bold: true }, paragraph: { spacing: { after: 60 } } },
        heading2: {
          run: { font: 'Arial', size: 26, bold: true },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
        heading3: { run: { font: 'Arial', size: 22, bold: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 360, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 850, bottom: 850, left: 1134, right: 1134, footer: 425 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${generatedLine(generatedAt)} · page `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: ' of ', size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                  ...(paper.provisional
                    ? [
                        new TextRun({
                          text: ` · ${provisionalMark}`,
                          bold: true,
                          size: 16,
                        }),
                      ]
                    : []),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: paper.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: paper.subtitle }),
          ...blocks(paper.summary, images, counters, false),
          ...blocks(paper.body, images, counters, true),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
