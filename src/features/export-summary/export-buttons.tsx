import { useState } from 'react';
import { downloadBlob } from '@/lib/download';
import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';

interface Props {
  assessment: Assessment;
  comparedWith: readonly Series[];
}

type Format = 'PDF' | 'Word document';

const makers: Record<
  Format,
  () => Promise<(a: Assessment, c: readonly Series[]) => Promise<{ blob: Blob; fileName: string }>>
> = {
  PDF: async () => (await import('./make-pdf')).makePdf,
  'Word document': async () => (await import('./make-docx')).makeDocx,
};

/**
 * The board paper as a tagged PDF or an editable Word document. Each library loads only when its button
 * is pressed, and nothing leaves the browser.
 */
export function ExportButtons({ assessment, comparedWith }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const download = async (format: Format) => {
    setState({ kind: 'working', message: `Preparing the ${format}…` });
    try {
      const make = await makers[format]();
      const { blob, fileName } = await make(assessment, comparedWith);
      downloadBlob(fileName, blob);
      setState({ kind: 'done', message: `Saved ${fileName}.` });
    } catch (error) {
      setState({ kind: 'error', message: `The ${format} could not be made: ${(error as Error).message}` });
    }
  };
  return (
    <div className="pdf-download">
      {(
        [
          ['PDF', 'Download PDF summary'],
          ['Word document', 'Download Word document'],
        ] as const
      ).map(([format, label]) => (
        <button
          key={format}
          type="button"
          className="button button-secondary"
          onClick={() => download(format)}
          disabled={state.kind === 'working'}
        >
          {label}
        </button>
      ))}
      <button type="button" className="link-button print-button" onClick={() => window.print()}>
        Print this page
      </button>
      <p role="status" className={state.kind === 'error' ? 'error-message' : 'muted'}>
        {state.message ?? ''}
      </p>
    </div>
  );
}
