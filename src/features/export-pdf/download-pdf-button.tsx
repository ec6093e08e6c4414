import { useState } from 'react';
import { downloadBlob } from '@/components/download';
import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';

interface Props {
  assessment: Assessment;
  comparedWith: readonly Series[];
}

/** "Download PDF summary": the PDF library loads only when pressed, and nothing leaves the browser. */
export function DownloadPdfButton({ assessment, comparedWith }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const download = async () => {
    setState({ kind: 'working' });
    try {
      const { makePdf } = await import('./make-pdf');
      const { blob, fileName } = await makePdf(assessment, comparedWith);
      downloadBlob(fileName, blob);
      setState({ kind: 'done', message: `Saved ${fileName}.` });
    } catch (error) {
      setState({ kind: 'error', message: `The PDF could not be made: ${(error as Error).message}` });
    }
  };
  return (
    <div className="pdf-download">
      <button
        type="button"
        className="button button-secondary"
        onClick={download}
        disabled={state.kind === 'working'}
      >
        Download PDF summary
      </button>
      <button type="button" className="link-button print-button" onClick={() => window.print()}>
        Print this page
      </button>
      <p role="status" className={state.kind === 'error' ? 'error-message' : 'muted'}>
        {state.kind === 'working' ? 'Preparing the PDF…' : (state.message ?? '')}
      </p>
    </div>
  );
}
