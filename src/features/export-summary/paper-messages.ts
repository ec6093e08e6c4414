import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';

/** The two board papers the page can ask for. */
export type PaperFormat = 'PDF' | 'Word document';

/**
 * Page → worker: make a paper. The assessment and the compared series are plain data (zod-parsed JSON),
 * so they cross to the worker by structured clone.
 */
export interface MakePaper {
  readonly kind: 'make';
  readonly id: number;
  readonly format: PaperFormat;
  readonly assessment: Assessment;
  readonly comparedWith: readonly Series[];
}

/** Page → worker: a chart drawn as PNG by the page, for a worker without OffscreenCanvas. */
export interface Rasterized {
  readonly kind: 'rasterized';
  readonly id: number;
  readonly png?: Uint8Array;
  readonly problem?: string;
}

/**
 * Page → worker: a paper is likely to be asked for (its button is pointed at or focused): load its library
 * now, so the press itself starts making the file at once.
 */
export interface PreparePaper {
  readonly kind: 'prepare';
  readonly format: PaperFormat;
}

export type ToWorker = MakePaper | Rasterized | PreparePaper;

/**
 * Worker → page: the finished file, a failure in words, or a chart it cannot draw itself. The file comes as a
 * blob: URL the worker made (and revokes a minute later), not as the Blob itself: taking the Blob and making its
 * URL cost the page's main thread 20-30 ms at 4x CPU throttling (#26).
 */
export type FromWorker =
  | { readonly kind: 'made'; readonly id: number; readonly url: string; readonly fileName: string }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  | {
      readonly kind: 'rasterize';
      readonly id: number;
      readonly svg: string;
      readonly width: number;
      readonly height: number;
    };
