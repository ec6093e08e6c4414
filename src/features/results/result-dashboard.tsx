import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { WhenVisible } from '@/components/when-visible';
import type { AnswerValue } from '@/framework/question';
import { buildReport } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import { exampleSeries } from '@/report/example-series';
import { verdictBandOf } from '@/report/verdict-band';
import type { Answers, Assessment } from '@/schema/assessment-schema';
import type { HazardEdit } from './hazard-log-table';
import { OverlayChooser } from './overlay-chooser';
import { ResultView } from './result-view';
import { WhatIfPanel } from './what-if-panel';

const ResultCharts = lazy(() => import('@/components/charts/result-charts'));

interface Props {
  title: string;
  saved: Answers;
  /** The proposal's fields: its settings select the regulatory profiles. */
  proposal?: Assessment['proposal'];
  hazardLog?: Assessment['hazardLog'];
  /** Keeps the assessor's entries in the hazard log; absent where they cannot be saved (worked examples). */
  onHazardEdit?: (hazardId: string, edit: HazardEdit | undefined) => void;
  /** The worked example this started from, if any: it is not offered as an overlay of itself. */
  exampleId?: string;
  /** Where reasons link to change an answer; absent when the answers cannot be edited (worked examples). */
  changeBase?: string;
  /** Keeps the what-if answers: saves them, or (for an example) saves them as a new assessment. */
  onApply: (working: Answers, changedIds: readonly string[]) => void;
  applyLabel: string;
  /** Actions on the saved result (PDF, share, present), given the worked examples chosen for comparison. */
  actions?: (comparedWith: readonly Series[]) => ReactNode;
}

function changedIds(working: Answers, saved: Answers): string[] {
  const ids = new Set([...Object.keys(working), ...Object.keys(saved)]);
  return [...ids].filter((qid) => working[qid]?.value !== saved[qid]?.value);
}

/** The result with charts and what-if: the verdict redraws at once as answers change, nothing saved until applied. */
export function ResultDashboard({
  title,
  saved,
  proposal,
  hazardLog,
  onHazardEdit,
  exampleId,
  changeBase,
  onApply,
  applyLabel,
  actions,
}: Props) {
  const [working, setWorking] = useState<Answers>(saved);
  const [overlay, setOverlay] = useState<string[]>([
    exampleId === 'patient-records' ? 'professional-credentials' : 'patient-records',
  ]);
  const report = useMemo(
    () =>
      buildReport({
        answers: working,
        ...(proposal ? { proposal } : {}),
        ...(hazardLog ? { hazardLog } : {}),
      }),
    [working, proposal, hazardLog],
  );
  const savedBand = useMemo(() => verdictBandOf(saved), [saved]);
  const changed = changedIds(working, saved);
  const compared = useMemo(() => exampleSeries(overlay), [overlay]);
  // With what-if changes, the saved answers stay on the charts beside them: before and after.
  const series: Series[] = [
    { key: 'proposal', name: changed.length > 0 ? `${title} (what-if)` : title, answers: working },
    ...(changed.length > 0 ? [{ key: 'saved', name: `${title} (as saved)`, answers: saved }] : []),
    ...compared,
  ];
  const setWhatIf = (questionId: string, value: AnswerValue | undefined) =>
    setWorking((current) => {
      const next = { ...current };
      if (value === undefined) delete next[questionId];
      else next[questionId] = { ...current[questionId], value };
      return next;
    });

  return (
    <>
      {actions && <div className="result-actions">{actions(compared)}</div>}
      {changed.length > 0 && (
        <div className="banner">
          <p>
            <strong>What-if:</strong> this result shows {changed.length} changed answer
            {changed.length === 1 ? '' : 's'}. The saved answers are unchanged until you apply them.
          </p>
        </div>
      )}
      <div className="dashboard">
        <div className="dashboard-main">
          <ResultView
            report={report}
            answers={working}
            changeBase={changeBase}
            onHazardEdit={onHazardEdit}
            charts={
              <section aria-labelledby="charts-heading">
                <h2 id="charts-heading">The picture</h2>
                <OverlayChooser chosen={overlay} onChange={setOverlay} exclude={exampleId} />
                <WhenVisible minHeight={1400} label="The charts load as you scroll to them.">
                  <Suspense fallback={<p style={{ minHeight: 1400 }}>Loading charts…</p>}>
                    <ResultCharts series={series} tensions={report.tensions} answers={working} />
                  </Suspense>
                </WhenVisible>
              </section>
            }
          />
        </div>
        <aside className="dashboard-side" aria-label="What if">
          <WhatIfPanel
            working={working}
            saved={saved}
            onChange={setWhatIf}
            band={report.band}
            savedBand={savedBand}
            changedCount={changed.length}
            onApply={() => onApply(working, changed)}
            applyLabel={applyLabel}
            onReset={() => setWorking(saved)}
          />
        </aside>
      </div>
    </>
  );
}
