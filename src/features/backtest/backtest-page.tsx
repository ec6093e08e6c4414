import { Link } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { VerdictTag } from '@/components/verdict-tag';
import {
  backtest,
  backtestLabels,
  backtestLimits,
  confusion,
  missExplanations,
  type Result,
  type Stance,
} from '@/report/backtest';

const results: Result[] = ['production', 'failed', 'unknown'];
const stances: Stance[] = ['backs', 'warns', 'cannotSay'];

/** The method held against what happened to twelve real projects: hits and misses shown alike. */
export function BacktestPage() {
  const { rows, agreed, counted } = backtest();
  const table = confusion(rows);
  const misses = rows.filter((r) => r.counted && !r.agrees);
  return (
    <>
      <PageHeading title="Backtest: the method against real projects">
        Backtest: the method against real projects
      </PageHeading>
      <p className="lead">
        Twelve real healthcare ledger projects, each answered from what was public when it was pitched (what
        was not documented is “Don’t know”), scored by the same engine, beside what became of them. The method
        agrees with the outcome in{' '}
        <strong>
          {agreed} of {counted}
        </strong>{' '}
        cases where it gives a band and the outcome is known.
      </p>
      <div className="table-wrapper">
        <table className="table">
          <caption>Every case: verdict, design and outcome</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Verdict</th>
              <th scope="col">Design</th>
              <th scope="col">What happened</th>
              <th scope="col">Agrees?</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/examples/${r.id}`}>{r.title}</Link>
                </th>
                <td>
                  <VerdictTag band={r.band} />
                </td>
                <td>{r.design || '—'}</td>
                <td>
                  <strong>{r.outcomeLabel}</strong> ({r.date}). {r.what}
                </td>
                <td>{r.counted ? (r.agrees ? 'Yes' : 'No: a miss') : 'Not counted'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrapper">
        <table className="table">
          <caption>The method’s stance against the outcome (number of cases)</caption>
          <thead>
            <tr>
              <td />
              {results.map((r) => (
                <th scope="col" key={r}>
                  {backtestLabels.result[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stances.map((s) => (
              <tr key={s}>
                <th scope="row">{backtestLabels.stance[s]}</th>
                {results.map((r) => (
                  <td key={r}>{table[s][r]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>The misses, in words</h2>
      <ul>
        {misses.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong> ({r.bandLabel}; {r.outcomeLabel.toLowerCase()}):{' '}
            {missExplanations[r.id]}
          </li>
        ))}
      </ul>
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
