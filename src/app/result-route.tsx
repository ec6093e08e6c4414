import { Link } from 'wouter';
import { ExportButtons } from '@/features/export-summary/export-buttons';
import { ResultPage } from '@/features/results/result-page';
import { SharePanel } from '@/features/share/share-panel';

/** The result page with its actions composed in: features do not import each other. */
export function ResultRoute({ id }: { id: string }) {
  return (
    <ResultPage
      id={id}
      actions={(assessment, comparedWith) => (
        <>
          <p>
            <Link href={`/present/a/${assessment.id}/1`} className="button button-secondary">
              Present in a workshop
            </Link>
          </p>
          <ExportButtons assessment={assessment} comparedWith={comparedWith} />
          <SharePanel assessment={assessment} />
        </>
      )}
    />
  );
}
