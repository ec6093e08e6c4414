import { Link } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { TableScroll } from '@/components/table-scroll';
import {
  backtest,
  confusion,
  designClasses,
  designTitle,
  fitClasses,
  missedMeasures,
  type Result,
  type Stance,
} from '@/report/backtest';
import { comparedWith, headlineBefore, share } from '@/report/backtest-markdown';
import {
  backtestLimits,
  backtestRules,
  designClassLabels,
  measureSummaries,
  missNotes,
  resultLabels,
  stanceLabels,
} from '@/report/backtest-text';
import { encodingAgreement } from '@/report/encoding-agreement';
import { CaseTable } from './case-table';
import { EncodingSection } from './encoding-section';
import { ScoreTable } from './score-table';

const results: Result[] = ['production', 'failed', 'unknown'];
const stances: Stance[] = ['backs', 'warns', 'cannotSay'];

/** The method held against what happened to real projects, beside baselines that need no method at all. */
export function BacktestPage() {
  const { rows, fit, design, fitOriginal } = backtest();
  const agreement = encodingAgreement();
  const table = confusion(rows);
  const misses = rows.filter((r) => (r.counted && !r.agrees) || (r.designCounted && !r.designAgrees));
  return (
    <>
      <PageHeading title="Backtest: the method against real projects">
        Backtest: the method against real projects
      </PageHeading>
      <p className="lead">
        {rows.length} real healthcare ledger projects, each answered from what was public when it was pitched,
        scored by the same engine, beside what became of them, and beside rules that need no method at all.
      </p>
      <h2>Measure (a): fit against outcome</h2>
      <p>{measureSummaries.fit}</p>
      <ScoreTable
        caption={`Fit against outcome: the method and the baselines on the same ${fit[0]?.n ?? 0} cases`}
        scores={fit}
        classes={fitClasses.map((c) => ({ id: c, label: resultLabels[c].toLowerCase() }))}
      />
      <p>Against “always warn”: {comparedWith(fit, 'alwaysWarn')}</p>
      <p>Against “always back”: {comparedWith(fit, 'alwaysBack')}</p>
      <h2>Measure (b): architecture</h2>
      <p>{measureSummaries.design}</p>
      <ScoreTable
        caption={`Design named against design that ran: the method and the baselines on the same ${design[0]?.n ?? 0} cases`}
        scores={design}
        classes={designClasses.map((c) => ({ id: c, label: designClassLabels[c].toLowerCase() }))}
      />
      <p>Against “always warn”: {comparedWith(design, 'alwaysWarn')}</p>
      <h2>Before and after the corrections</h2>
      <ul>
        <li>
          Before: {headlineBefore.agreed} of {headlineBefore.counted} agreed ({headlineBefore.cases} cases),
          shown without a baseline; “always warn” would have scored {headlineBefore.alwaysWarn} of{' '}
          {headlineBefore.counted}.
        </li>
        <li>
          The original twelve, corrected: the method {fitOriginal[0] ? share(fitOriginal[0]) : '—'}; “always
          warn” {fitOriginal[1] ? share(fitOriginal[1]) : '—'}.
        </li>
        <li>
          All {rows.length} cases: the method {fit[0] ? share(fit[0]) : '—'}; “always warn”{' '}
          {fit[1] ? share(fit[1]) : '—'}.
        </li>
      </ul>
      <h2>How the backtest counts</h2>
      {backtestRules.map((r) => (
        <section key={r.heading}>
          <h3>{r.heading}</h3>
          {r.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      <h2>Every case</h2>
      <CaseTable rows={rows} />
      <TableScroll label="The method’s stance against the outcome (number of cases) (table)">
        <table className="table">
          <caption>The method’s stance against the outcome (number of cases)</caption>
          <thead>
            <tr>
              <td />
              {results.map((r) => (
                <th scope="col" key={r}>
                  {resultLabels[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stances.map((s) => (
              <tr key={s}>
                <th scope="row">{stanceLabels[s]}</th>
                {results.map((r) => (
                  <td key={r}>{table[s][r]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Commentary on the misses</h2>
      <p>It may say why a case missed; it never changes the count.</p>
      <ul>
        {misses.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong>, a miss on {missedMeasures(r)} ({r.bandLabel};{' '}
            {r.outcomeLabel.toLowerCase()}
            {r.designCounted && !r.designAgrees
              ? `; ran as ${designTitle(r.ranAs?.architecture).toLowerCase()}`
              : ''}
            ): {missNotes[r.id] ?? 'No commentary: the miss stands as counted.'}
          </li>
        ))}
      </ul>
      <EncodingSection agreement={agreement} />
      <h2>What this does not claim</h2>
      <ul>
        {backtestLimits.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p>
        The rules did not change to make any case come out: see{' '}
        <Link href="/method">how Ledger Fit decides</Link>.
      </p>
    </>
  );
}
