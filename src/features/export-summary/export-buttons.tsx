import { startTransition, useEffect, useRef, useState } from 'react';
import { downloadUrl } from '@/lib/download';
import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';
import type { PaperFormat } from './paper-messages';

interface Props {
  assessment: Assessment;
  comparedWith: readonly Series[];
}

const buttons: readonly (readonly [PaperFormat, string])[] = [
  ['PDF', 'Download PDF summary'],
  ['Word document', 'Download Word document'],
];

/**
 * The board paper as a tagged PDF or an editable Word document, made in a Web Worker so the page stays
 * responsive meanwhile (the region says it is busy, and a status line says what is happening). The
 * worker and each library load only when a button is pointed at, focused or pressed, and nothing leaves
 * the browser.
 */
export function ExportButtons({ assessment, comparedWith }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const busy = useRef(false);
  const download = async (format: PaperFormat) => {
    if (busy.current) return;
    busy.current = true;
    // A transition, so the press's own task only sends the request: the status line and the disabled buttons
    // are drawn in a task of their own (together they made one task of 50-70 ms at 4x CPU throttling, #26).
    startTransition(() => setState({ kind: 'working', message: 'Preparing the board paper…' }));
    try {
      const { makePaper } = await import('./make-paper');
      const { url, fileName } = await makePaper(format, assessment, comparedWith);
      downloadUrl(fileName, url);
      setState({ kind: 'done', message: `Saved ${fileName}.` });
    } catch (error) {
      setState({ kind: 'error', message: `The ${format} could not be made: ${(error as Error).message}` });
    } finally {
      busy.current = false;
    }
  };
  // Once the page is idle, load the small module that talks to the worker and start the worker, so the
  // first press costs no more than the next (issue #26: no main-thread task over 50 ms while a paper is made).
  useEffect(() => {
    const warm = () => {
      import('./make-paper').then(
        ({ warmPaperWorker }) => warmPaperWorker(),
        // Only a head start: the press loads it again and says what went wrong.
        () => undefined,
      );
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm, { timeout: 5000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(warm, 2000);
    return () => clearTimeout(id);
  }, []);
  const prepared = useRef(new Set<PaperFormat>());
  const prepare = (format: PaperFormat) => {
    if (prepared.current.has(format)) return;
    prepared.current.add(format);
    import('./make-paper').then(
      ({ preparePaper }) => preparePaper(format),
      // The press loads it again and says what went wrong; a head start that fails changes nothing.
      () => prepared.current.delete(format),
    );
  };
  const working = state.kind === 'working';
  return (
    <div className="pdf-download" aria-busy={working}>
      {buttons.map(([format, label]) => (
        <button
          key={format}
          type="button"
          className="button button-secondary"
          onClick={() => download(format)}
          onPointerEnter={() => prepare(format)}
          onFocus={() => prepare(format)}
          disabled={working}
        >
          {label}
        </button>
      ))}
      <button type="button" className="link-button print-button" onClick={() => window.print()}>
        Print this page
      </button>
      <p role="status" aria-live="polite" className={state.kind === 'error' ? 'error-message' : 'muted'}>
        {state.message ?? ''}
      </p>
    </div>
  );
}
