import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';
import type { FromWorker, PaperFormat, ToWorker } from './paper-messages';

interface Made {
  /** A blob: URL of the file, made by the worker and valid for a minute. */
  url: string;
  fileName: string;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (made: Made) => void; reject: (error: Error) => void }>();

function failAll(message: string) {
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

async function onMessage(message: FromWorker) {
  if (message.kind === 'rasterize') {
    // The worker has no OffscreenCanvas: draw this chart here, the way it was done before the worker.
    const reply = (answer: Omit<Extract<ToWorker, { kind: 'rasterized' }>, 'kind' | 'id'>) =>
      worker?.postMessage({ kind: 'rasterized', id: message.id, ...answer } satisfies ToWorker);
    try {
      const { rasterizeSvg } = await import('./rasterize-svg');
      reply({ png: await rasterizeSvg(message.svg, message.width, message.height) });
    } catch (error) {
      reply({ problem: (error as Error).message });
    }
    return;
  }
  const request = pending.get(message.id);
  pending.delete(message.id);
  if (message.kind === 'made') request?.resolve({ url: message.url, fileName: message.fileName });
  else request?.reject(new Error(message.message));
}

/** One worker for the page's life once a paper is asked for: its libraries and fonts stay loaded for the next. */
function paperWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./board-paper.worker.ts', import.meta.url), {
      type: 'module',
      name: 'board-paper',
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => void onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      failAll(event.message || 'the board paper worker stopped');
    };
    worker.onmessageerror = () => failAll('the board paper worker sent a message that could not be read');
  }
  return worker;
}

/**
 * Makes a board paper in a Web Worker, so the page stays responsive however long pdfkit or docx take.
 * Resolves with the file, or rejects with a message to show.
 */
export function makePaper(
  format: PaperFormat,
  assessment: Assessment,
  comparedWith: readonly Series[],
): Promise<Made> {
  // Every browser the app supports has module workers; an old one is told so rather than frozen for seconds.
  if (typeof Worker === 'undefined')
    return Promise.reject(new Error('this browser cannot make files in the background (no Web Workers)'));
  return new Promise<Made>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    paperWorker().postMessage({ kind: 'make', id, format, assessment, comparedWith } satisfies ToWorker);
  });
}

/**
 * Starts the worker and has it load a paper's library before the button is pressed (on pointing at or
 * focusing it): the press then costs the page nothing but a message, even the first time.
 */
export function preparePaper(format: PaperFormat): void {
  if (typeof Worker === 'undefined') return;
  paperWorker().postMessage({ kind: 'prepare', format } satisfies ToWorker);
}

/**
 * Starts the worker (its small script only, no paper library) once the page is idle, so the first press or
 * pointing at a button does not start a thread and compile its script while the user waits.
 */
export function warmPaperWorker(): void {
  if (typeof Worker === 'undefined') return;
  paperWorker();
}
