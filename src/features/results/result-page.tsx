import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { decide } from '../../engine/decide';
import { exampleToAssessment, findExample } from '../../framework/examples';
import type { AnswerValue } from '../../framework/question';
import { buildReport } from '../../report/build-report';
import type { Series } from '../../report/chart-data';
import type { Answers, Assessment } from '../../schema/assessment-schema';
import { useAssessmentsStore } from '../../store/assessments-store';
import { OverlayChooser } from './overlay-chooser';
import { ResultView } from './result-view';
import { WhatIfPanel } from './what-if-panel';

const ResultCharts = lazy(() => import('./charts/result-charts'));

export function ResultPage({ id }: { id: string }) {
  const assessment = useAssessmentsStore((s) => s.assessments[id]);
  if (!assessment) {
    return (
      <>
        <PageHeading title="Assessment not found">Assessment not found</PageHeading>
        <Link href="/">Go to my assessments</Link>
      </>
    );
  }
  return <ResultDashboard key={id} assessment={assessment} />;
}

function changedIds(working: Answers, saved: Answers): string[] {
  const ids = new Set([...Object.keys(working), ...Object.keys(saved)]);
  return [...ids].filter((qid) => working[qid]?.value !== saved[qid]?.value);
}

export function exampleSeries(ids: readonly string[]): Series[] {
  return ids.flatMap((exampleId) => {
    const example = findExample(exampleId);
    return example
      ? [{ key: `example-${example.id}`, name: example.title, answers: exampleToAssessment(example).answers }]
      : [];
  });
}

function ResultDashboard({ assessment }: { assessment: Assessment }) {
  const saved = assessment.answers;
  const [working, setWorking] = useState<Answers>(saved);
  const [overlay, setOverlay] = useState<string[]>([
    assessment.exampleId === 'patient-records' ? 'professional-credentials' : 'patient-records',
  ]);
  const report = useMemo(() => buildReport({ answers: working }), [working]);
  const savedBand = useMemo(() => decide(saved).band, [saved]);
  const changed = changedIds(working, saved);
  const title = assessment.proposal.title || 'Untitled proposal';
  const base = `/assessments/${assessment.id}`;
  const series: Series[] = [
    { key: 'proposal', name: changed.length > 0 ? `${title} (what-if)` : title, answers: working },
    ...exampleSeries(overlay),
  ];

  const setWhatIf = (questionId: string, value: AnswerValue | undefined) =>
    setWorking((current) => {
      const next = { ...current };
      if (value === undefined) delete next[questionId];
      else next[questionId] = { ...current[questionId], value };
      return next;
    });
  const apply = () => {
    const { setAnswer } = useAssessmentsStore.getState();
    for (const qid of changed) setAnswer(assessment.id, qid, working[qid]?.value);
  };

  return (
    <>
      <p>
        <Link href={base}>Back to the task list</Link>
      </p>
      <PageHeading title={`Result: ${title}`} caption={title}>
        Result
      </PageHeading>
      {changed.length > 0 && (
        <div className="banner">
          <p>
            <strong>What-if:</strong> this result shows {changed.length} changed answer
            {changed.length === 1 ? '' : 's'}. The saved assessment is unchanged until you apply them.
          </p>
        </div>
      )}
      <div className="dashboard">
        <div className="dashboard-main">
          <ResultView
            report={report}
            answers={working}
            changeBase={base}
            charts={
              <section aria-labelledby="charts-heading">
                <h2 id="charts-heading">The picture</h2>
                <OverlayChooser chosen={overlay} onChange={setOverlay} exclude={assessment.exampleId} />
                <Suspense fallback={<p role="status">Loading charts…</p>}>
                  <ResultCharts series={series} result={report.result} answers={working} />
                </Suspense>
              </section>
            }
          />
        </div>
        <aside className="dashboard-side" aria-label="What if">
          <WhatIfPanel
            working={working}
            saved={saved}
            onChange={setWhatIf}
            band={report.result.band}
            savedBand={savedBand}
            changedCount={changed.length}
            onApply={apply}
            onReset={() => setWorking(saved)}
          />
        </aside>
      </div>
    </>
  );
}
