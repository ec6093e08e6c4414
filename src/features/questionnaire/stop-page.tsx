import { Link, useLocation } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { questionnairePages } from '@/framework/pages';
import { buildReport } from '@/report/build-report';
import { displayTitle } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { useAssessment } from './use-assessment';

const prescreenPageId = 'prescreen';

/**
 * Said plainly when a pre-screen answer ends the assessment: what it means, what would serve instead, and
 * a way to continue the full assessment anyway (so a board never reads skipped sections as failed ones).
 */
export function StopPage({ id }: { id: string }) {
  const assessment = useAssessment(id);
  const [, navigate] = useLocation();
  if (!assessment) return <NotFoundPage what="Assessment" />;
  const report = buildReport(assessment);
  const base = `/assessments/${id}`;
  // Whatever ended it: a pre-screen answer, a single writer, or relying on neither core function.
  const failures = report.reasons.filter((r) => r.decisive && r.kind === 'gate' && report.band === 'notAFit');
  const prescreenIndex = questionnairePages.findIndex((p) => p.id === prescreenPageId);
  const firstAfter = questionnairePages[prescreenIndex + 1]?.id ?? prescreenPageId;
  const continueFull = () => {
    useAssessmentsStore.getState().setFullAssessment(id, true);
    navigate(`${base}/pages/${firstAfter}`);
  };
  return (
    <>
      <p>
        <Link href={`${base}/pages/${prescreenPageId}`} className="back-link">
          Back to the pre-screen
        </Link>
      </p>
      <PageHeading title="A distributed ledger is not needed here" caption={displayTitle(assessment)}>
        A distributed ledger is not needed here
      </PageHeading>
      {failures.length === 0 ? (
        <p>
          No answer ends this assessment now.{' '}
          <Link href={`${base}/pages/${firstAfter}`}>Go on to the next page</Link>.
        </p>
      ) : (
        <>
          <p className="lead">Your answers so far already decide the verdict:</p>
          <ul>
            {failures.map((f) => (
              <li key={f.id}>{f.text.replace(/^Pre-screen: /, '')}</li>
            ))}
          </ul>
          {report.band !== 'undetermined' && report.architecture.kind === 'alternative' && (
            <div className="inset">
              <p>
                <strong>What would serve instead: {report.architecture.title}.</strong>{' '}
                {report.architecture.summary}
              </p>
            </div>
          )}
          <p>
            The conditions, obstacles and tensions cannot change this verdict, so they are not needed: the
            result will show them as not scored, not as failed. If a partner or the vendor disputes the
            pre-screen answer, you can still assess the whole proposal.
          </p>
        </>
      )}
      <div className="button-group">
        <Link href={`${base}/result`} className="button">
          See the result
        </Link>
        <button type="button" className="button button-secondary" onClick={continueFull}>
          Continue the full assessment anyway
        </button>
        <Link href={`${base}/pages/${prescreenPageId}`}>Change a pre-screen answer</Link>
      </div>
    </>
  );
}
