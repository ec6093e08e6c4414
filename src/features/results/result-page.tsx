import { useMemo } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { buildReport } from '../../report/build-report';
import { useAssessmentsStore } from '../../store/assessments-store';
import { ResultView } from './result-view';

export function ResultPage({ id }: { id: string }) {
  const assessment = useAssessmentsStore((s) => s.assessments[id]);
  const report = useMemo(() => (assessment ? buildReport(assessment) : undefined), [assessment]);
  if (!assessment || !report) {
    return (
      <>
        <PageHeading title="Assessment not found">Assessment not found</PageHeading>
        <Link href="/">Go to my assessments</Link>
      </>
    );
  }
  const base = `/assessments/${id}`;
  return (
    <>
      <p>
        <Link href={base}>Back to the task list</Link>
      </p>
      <PageHeading
        title={`Result: ${assessment.proposal.title || 'Untitled proposal'}`}
        caption={assessment.proposal.title || 'Untitled proposal'}
      >
        Result
      </PageHeading>
      <ResultView report={report} answers={assessment.answers} changeBase={base} />
    </>
  );
}
