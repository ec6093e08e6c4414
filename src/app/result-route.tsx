import { DownloadPdfButton } from '../features/export-pdf/download-pdf-button';
import { ResultPage } from '../features/results/result-page';
import { SharePanel } from '../features/share/share-panel';

/** The result page with its actions composed in: features do not import each other. */
export function ResultRoute({ id }: { id: string }) {
  return (
    <ResultPage
      id={id}
      actions={(assessment, comparedWith) => (
        <>
          <DownloadPdfButton assessment={assessment} comparedWith={comparedWith} />
          <SharePanel assessment={assessment} />
        </>
      )}
    />
  );
}
