import { type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import type { Series } from '@/report/chart-data';
import type { Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { ResultDashboard } from './result-dashboard';

/** The result of a saved assessment; what-if changes can be applied to it. */
interface Props {
  id: string;
  actions?: (assessment: Assessment, comparedWith: readonly Series[]) => ReactNode;
}

export function ResultPage({ id, actions }: Props) {
  const assessment = useAssessmentsStore((s) => s.assessments[id]);
  // Held here, above the dashboard: a partly saved apply remounts the dashboard, and the message must stay.
  const [notApplied, setNotApplied] = useState<readonly string[]>([]);
  if (!assessment) {
    return <NotFoundPage what="Assessment" />;
  }
  const title = displayTitle(assessment);
  const base = `/assessments/${id}`;
  return (
    <>
      <p>
        <Link href={base}>Back to the task list</Link>
      </p>
      <PageHeading title={`Result: ${title}`} caption={title}>
        Result
      </PageHeading>
      {notApplied.length > 0 && (
        <div className="banner banner-error" role="alert">
          <h2>Some what-if changes were not saved</h2>
          <ul>
            {notApplied.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <ResultDashboard
        key={`${id}/${assessment.updatedAt}`}
        title={title}
        saved={assessment.answers}
        proposal={assessment.proposal}
        hazardLog={assessment.hazardLog}
        onHazardEdit={(hazardId, edit) => useAssessmentsStore.getState().setHazardEdit(id, hazardId, edit)}
        exampleId={assessment.exampleId}
        changeBase={base}
        applyLabel="Apply these changes"
        actions={actions && ((compared) => actions(assessment, compared))}
        onApply={(working, changed) => {
          const { setAnswer } = useAssessmentsStore.getState();
          const problems = changed.flatMap((qid) => {
            const saved = setAnswer(id, qid, working[qid]?.value);
            return saved.ok ? [] : saved.problems;
          });
          setNotApplied([...new Set(problems)]);
        }}
      />
    </>
  );
}
