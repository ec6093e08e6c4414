import { DownloadPdfButton } from '../features/export-pdf/download-pdf-button';
import { ResultPage } from '../features/results/result-page';

/** The result page with its actions composed in: features do not import each other. */
export function ResultRoute({ id }: { id: string }) {
  return (
    <ResultPage
      id={id}
      actions={(assessment, comparedWith) => (
        <DownloadPdfButton assessment={assessment} comparedWith={comparedWith} />
      )}
    />
  );
}
