/// <reference lib="webworker" />
/**
 * Makes the PDF and Word board papers off the page's main thread, so the page stays responsive while a
 * facilitator waits for the file (pdfkit's layout and docx's zip take seconds on a slow laptop). Each
 * library loads here only when its paper is first asked for.
 */
import type { Drawing } from '@/renderers/charts/chart-drawing';
import { drawingSvg } from '@/renderers/charts/drawing-svg';
import type { FromWorker, ToWorker } from './paper-messages';
import { canDrawOffscreen, rasterizeDrawing } from './rasterize-drawing';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const loadPdf = () => import('./make-pdf');
const loadDocx = () => import('./make-docx');
const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>();
let nextRequest = 1;

/** Without OffscreenCanvas (older Safari) the page draws the chart from its SVG and sends the PNG back. */
const askThePage = (drawing: Drawing, alt: string) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const id = nextRequest++;
    waiting.set(id, { resolve, reject });
    post({
      kind: 'rasterize',
      id,
      svg: drawingSvg(drawing, alt),
      width: drawing.width,
      height: drawing.height,
    });
  });

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'rasterized') {
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.png) request?.resolve(message.png);
    else request?.reject(new Error(message.problem ?? 'A chart could not be drawn.'));
    return;
  }
  if (message.kind === 'prepare') {
    // Only a head start: a library that fails to load here fails again on 'make', which reports it.
    void (message.format === 'PDF' ? loadPdf() : loadDocx()).catch(() => undefined);
    return;
  }
  try {
    const { blob, fileName } =
      message.format === 'PDF'
        ? await (await loadPdf()).makePdf(message.assessment, message.comparedWith)
        : await (await loadDocx()).makeDocx(
            message.assessment,
            message.comparedWith,
            canDrawOffscreen() ? (drawing) => rasterizeDrawing(drawing) : askThePage,
          );
    const url = URL.createObjectURL(blob);
    // Long enough for the page to follow the link on the slowest laptop; the page keeps no copy.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    post({ kind: 'made', id: message.id, url, fileName });
  } catch (error) {
    post({ kind: 'failed', id: message.id, message: (error as Error).message });
  }
};
