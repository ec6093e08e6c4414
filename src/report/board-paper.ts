import type { ShownVerdictId } from '@/framework/verdict-bands';
import { ledgerFitFileName } from '@/schema/file-name';
import { bodyBlocks } from './board-paper-body';
import { summaryPage } from './board-paper-summary';
import type { Report } from './build-report';
import type { conditionRadarData, obstacleBarData, Series } from './chart-data';

export type ChartFigure =
  | {
      readonly chart: 'radar';
      readonly rows: ReturnType<typeof conditionRadarData>;
      readonly series: readonly Series[];
    }
  | { readonly chart: 'obstacles'; readonly data: ReturnType<typeof obstacleBarData> };

/** One block of a board paper; the PDF and Word renderers lay out exactly these and nothing else. */
export type PaperBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly string[];
      /** Relative column widths, summing to 1. */
      readonly widths: readonly number[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'verdict';
      readonly band: ShownVerdictId;
      readonly label: string;
      readonly headline: string;
      readonly confidence: string;
    }
  | { readonly kind: 'figures'; readonly figures: readonly Figure[] };

export interface Figure {
  readonly caption: string;
  /** The chart's data in words: what a screen reader reads instead of the drawing. */
  readonly alt: string;
  readonly drawing: ChartFigure;
}

export interface BoardPaper {
  /** The document's title (PDF Title, Word title): "<proposal>: Ledger Fit summary". */
  readonly documentTitle: string;
  readonly title: string;
  readonly subtitle: string;
  readonly provisional: boolean;
  /** Page 1: the executive summary a board reads first. */
  readonly summary: readonly PaperBlock[];
  /** Everything after page 1: charts, reasons with their evidence, vendor questions, the answers. */
  readonly body: readonly PaperBlock[];
}

/**
 * The board paper of an assessment, as plain blocks from the same report as the result page: page 1 is
 * the executive summary, then the charts, the reasons with their evidence, vendor questions and the
 * answers. The PDF and the Word document both render this, so they cannot disagree.
 */
export function boardPaper(report: Report, comparedWith: readonly Series[]): BoardPaper {
  return {
    documentTitle: `${report.title}: Ledger Fit summary`,
    title: report.title,
    subtitle: 'Ledger Fit summary: does a distributed ledger (blockchain) fit this proposal?',
    provisional: report.provisional,
    summary: summaryPage(report),
    body: bodyBlocks(report, comparedWith),
  };
}

/** The footer every page of a board paper carries, PDF or Word. */
export const generatedLine = (generatedAt: Date) =>
  `Ledger Fit summary · generated ${generatedAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

/** Printed on every page while some questions are unanswered. */
export const provisionalMark = 'PROVISIONAL: some questions are not yet answered';

/** `<proposal-title-slug>-ledger-fit-<yyyy-mm-dd>.pdf` */
export function pdfFileName(title: string, date: Date): string {
  return ledgerFitFileName(title, date, 'pdf', 'proposal');
}

/** `<proposal-title-slug>-ledger-fit-<yyyy-mm-dd>.docx` */
export function wordFileName(title: string, date: Date): string {
  return ledgerFitFileName(title, date, 'docx', 'proposal');
}
