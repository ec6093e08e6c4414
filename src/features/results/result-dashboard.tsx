import { lazy, type ReactNode, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
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
  // The answer control and the verdict beside it update at once; the report, the reasons and the charts
  // follow from a deferred copy, rendered after the changed answer is painted and abandoned if another
  // change comes first (issue #26: a what-if change within one frame on a slow laptop).
  const shown = useDeferredValue(working);
  const [overlay, setOverlay] = useState<string[]>([
    exampleId === 'patient-records' ? 'professional-credentials' : 'patient-records',
  ]);
  const report = useMemo(
    () =>
      buildReport({
        answers: shown,
        ...(proposal ? { proposal } : {}),
        ...(hazardLog ? { hazardLog } : {}),
      }),
    [shown, proposal, hazardLog],
  );
  const savedBand = useMemo(() => verdictBandOf(saved), [saved]);
  // The verdict beside the control, decided as in the report without building it (fast enough per key press).
  const band = useMemo(() => verdictBandOf(working), [working]);
  const changed = changedIds(working, saved);
  // The banner describes the result shown, so it follows the deferred answers: it appears with the changed
  // result, and the frame that paints the changed control does not move the whole page down.
  const shownChanged = useMemo(() => changedIds(shown, saved).length, [shown, saved]);
  const compared = useMemo(() => exampleSeries(overlay), [overlay]);
  // With what-if changes, the saved answers stay on the charts beside them: before and after.
  const series = useMemo<Series[]>(() => {
    const whatIf = changedIds(shown, saved).length > 0;
    return [
      { key: 'proposal', name: whatIf ? `${title} (what-if)` : title, answers: shown },
      ...(whatIf ? [{ key: 'saved', name: `${title} (as saved)`, answers: saved }] : []),
      ...compared,
    ];
  }, [shown, saved, title, compared]);
  const actionsShown = useMemo(() => actions?.(compared), [actions, compared]);
  // One element for as long as the deferred answers, the overlay and the report stay the same: React then
  // skips the whole result (reasons, tables, charts) while only the answer control changes.
  const result = useMemo(
    () => (
      <ResultView
        report={report}
        answers={shown}
        changeBase={changeBase}
        onHazardEdit={onHazardEdit}
        charts={
          <section aria-labelledby="charts-heading">
            <h2 id="charts-heading">The picture</h2>
            <OverlayChooser chosen={overlay} onChange={setOverlay} exclude={exampleId} />
            <WhenVisible minHeight={1400} label="The charts load as you scroll to them.">
              <Suspense fallback={<p style={{ minHeight: 1400 }}>Loading charts…</p>}>
                <ResultCharts series={series} tensions={report.tensions} answers={shown} />
              </Suspense>
            </WhenVisible>
          </section>
        }
      />
    ),
    [report, shown, changeBase, onHazardEdit, overlay, exampleId, series],
  );
  // Stable, so the what-if rows whose answer did not change are skipped on a change.
  const setWhatIf = useCallback(
    (questionId: string, value: AnswerValue | undefined) =>
      setWorking((current) => {
        const next = { ...current };
        if (value === undefined) delete next[questionId];
        else next[questionId] = { ...current[questionId], value };
        return next;
      }),
    [],
  );

  return (
    <>
      {actionsShown && <div className="result-actions">{actionsShown}</div>}
      <div className="dashboard">
        {/* In the result's column, so the what-if panel beside it does not move under the pointer. */}
        <div className="dashboard-main">
          {shownChanged > 0 && (
            <div className="banner">
              <p>
                <strong>What-if:</strong> this result shows {shownChanged} changed answer
                {shownChanged === 1 ? '' : 's'}. The saved answers are unchanged until you apply them.
              </p>
            </div>
          )}
          {result}
        </div>
        <aside className="dashboard-side" aria-label="What if">
          <WhatIfPanel
            working={working}
            saved={saved}
            onChange={setWhatIf}
            band={band}
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
