import { Link, useLocation } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { ExampleAnswers } from '@/features/examples/example-answers';
import { ExportButtons } from '@/features/export-summary/export-buttons';
import { ResultDashboard } from '@/features/results/result-dashboard';
import { findExample } from '@/framework/examples';
import { copyAssessment } from '@/schema/copy-assessment';
import { exampleToAssessment } from '@/schema/example-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';

/** One worked example: its result (with what-if) and every answer with its rationale and source. */
export function ExamplePage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const example = findExample(id);
  if (!example) return <NotFoundPage what="Worked example" />;
  const assessment = exampleToAssessment(example);
  return (
    <>
      <p>
        <Link href="/examples">Back to the worked examples</Link>
      </p>
      <PageHeading
        title={example.title}
        caption={
          example.basis === 'illustrative'
            ? 'Worked example (illustrative)'
            : `Worked example, Yeung (2019) section ${example.basis.section}`
        }
      >
        {example.title}
      </PageHeading>
      <p className="lead">{example.summary}</p>
      {example.basis !== 'illustrative' && example.basis.quote && (
        <blockquote>“{example.basis.quote}”</blockquote>
      )}
      <div className="button-group">
        <Link href={`/present/e/${example.id}/1`} className="button button-secondary">
          Present in a workshop
        </Link>
        <Link href={`/compare?ids=example:${example.id}`} className="button button-secondary">
          Compare with my proposal
        </Link>
        <a href={`/files/examples/${example.id}.json`} download>
          Download as a Ledger Fit file
        </a>
      </div>
      <ResultDashboard
        title={example.title}
        saved={assessment.answers}
        proposal={assessment.proposal}
        exampleId={example.id}
        applyLabel="Save as a new assessment"
        actions={(compared) => <ExportButtons assessment={assessment} comparedWith={compared} />}
        onApply={(working) => {
          const copy = copyAssessment(assessment, (t) => `${t} (what-if)`, { answers: working });
          useAssessmentsStore.getState().putAssessments([copy]);
          navigate(`/assessments/${copy.id}/result`);
        }}
      />
      <h2>Every answer, and why</h2>
      <ExampleAnswers example={example} />
    </>
  );
}
