import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { TableScroll } from '@/components/table-scroll';
import { VerdictTag } from '@/components/verdict-tag';
import { workedExamples } from '@/framework/examples';
import { buildReport } from '@/report/build-report';
import type { Series } from '@/report/chart-data';
import { differingAnswers } from '@/report/compare';
import { displayTitle } from '@/schema/copy-assessment';
import { exampleToAssessment } from '@/schema/example-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';

const ComparisonCharts = lazy(() => import('@/components/charts/comparison-charts'));
const maxChosen = 4;

/** Two to four saved assessments or worked examples side by side. The choice lives in the URL. */
export function ComparePage() {
  const [search, setSearch] = useSearchParams();
  const assessments = useAssessmentsStore((s) => s.assessments);
  const candidates = useMemo(
    () => [
      ...Object.values(assessments)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((a) => ({
          key: a.id,
          name: displayTitle(a),
          answers: a.answers,
          group: 'Your assessments',
        })),
      ...workedExamples.map((e) => ({
        key: `example:${e.id}`,
        name: `${e.title} (worked example)`,
        answers: exampleToAssessment(e).answers,
        group: 'Worked examples',
      })),
    ],
    [assessments],
  );
  const idsParam = search.get('ids') ?? '';
  const chosenKeys = useMemo(
    () =>
      [...new Set(idsParam.split(','))]
        .filter((k) => candidates.some((c) => c.key === k))
        .slice(0, maxChosen),
    [idsParam, candidates],
  );
  const chosen: Series[] = useMemo(
    () => chosenKeys.flatMap((k) => candidates.filter((c) => c.key === k)),
    [chosenKeys, candidates],
  );
  const reports = useMemo(() => chosen.map((c) => buildReport({ answers: c.answers })), [chosen]);
  const toggle = (key: string) => {
    const next = chosenKeys.includes(key) ? chosenKeys.filter((k) => k !== key) : [...chosenKeys, key];
    setSearch(next.length > 0 ? { ids: next.join(',') } : {});
  };
  const rows = differingAnswers(chosen);

  return (
    <>
      <PageHeading title="Compare proposals">Compare proposals</PageHeading>
      <p className="lead">
        Choose two to four of your assessments or the worked examples to see them side by side.
      </p>
      {(['Your assessments', 'Worked examples'] as const).map((group) => {
        const inGroup = candidates.filter((c) => c.group === group);
        return (
          <fieldset key={group} className="form-group">
            <legend>{group}</legend>
            {inGroup.length === 0 && <p className="hint">None yet.</p>}
            <div className="checkboxes">
              {inGroup.map((c) => {
                const checked = chosenKeys.includes(c.key);
                return (
                  <div className="radio" key={c.key}>
                    <input
                      type="checkbox"
                      id={`compare-${c.key}`}
                      checked={checked}
                      disabled={!checked && chosenKeys.length >= maxChosen}
                      onChange={() => toggle(c.key)}
                    />
                    <label htmlFor={`compare-${c.key}`}>{c.name}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {chosen.length < 2 ? (
        <p role="status">
          {chosen.length === 0 ? 'Choose at least two to compare.' : 'Choose at least one more to compare.'}
        </p>
      ) : (
        <>
          <TableScroll label="Verdicts and scores (table)">
            <table className="table">
              <caption>Verdicts and scores</caption>
              <thead>
                <tr>
                  <th scope="col">Proposal</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Condition fit</th>
                  <th scope="col">Obstacle risk</th>
                  <th scope="col">Confidence</th>
                  <th scope="col">Design or alternative</th>
                </tr>
              </thead>
              <tbody>
                {chosen.map((c, i) => {
                  const r = reports[i];
                  if (!r) return null;
                  return (
                    <tr key={c.key}>
                      <th scope="row">{c.name}</th>
                      <td>
                        <VerdictTag band={r.band} provisional={r.provisional} />
                      </td>
                      <td>{r.scores.fit ?? 'Not scored'}</td>
                      <td>{r.scores.risk ?? 'Not scored'}</td>
                      <td>{r.confidence.label}</td>
                      <td>{r.architecture.title}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <Suspense fallback={<p role="status">Loading charts…</p>}>
            <ComparisonCharts series={chosen} />
          </Suspense>
          <TableScroll label="Answers that differ (table)">
            <table className="table">
              <caption>Answers that differ ({rows.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  {chosen.map((c) => (
                    <th scope="col" key={c.key}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.questionId}>
                    <th scope="row">{row.shortName}</th>
                    {row.answers.map((a, i) => (
                      <td key={chosen[i]?.key}>{a}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
