import { Link } from 'wouter';
import { TableScroll } from '@/components/table-scroll';
import { VerdictTag } from '@/components/verdict-tag';
import { type BacktestRow, designTitle } from '@/report/backtest';

const mark = (counted: boolean, agrees: boolean) => (counted ? (agrees ? 'Agrees' : 'Miss') : 'Not counted');

/** Every case: the verdict and design the method gives, beside what happened, with both measures. */
export function CaseTable({ rows }: { rows: readonly BacktestRow[] }) {
  return (
    <TableScroll label="Every case: verdict, design and outcome (table)">
      <table className="table">
        <caption>Every case: verdict, design and outcome</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Verdict</th>
            <th scope="col">Design the method names</th>
            <th scope="col">What happened</th>
            <th scope="col">(a) Fit</th>
            <th scope="col">What ran or followed</th>
            <th scope="col">(b) Design</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/examples/${r.id}`}>{r.title}</Link>
                {r.original ? null : <span className="hint"> (researched for this backtest)</span>}
              </th>
              <td>
                <VerdictTag band={r.band} />
              </td>
              <td>{r.design || '—'}</td>
              <td>
                <strong>{r.outcomeLabel}</strong> ({r.date}). {r.what}{' '}
                <span className="hint">Sources: {r.sources.join('; ')}.</span>
              </td>
              <td>{mark(r.counted, r.agrees)}</td>
              <td>{r.ranAs ? designTitle(r.ranAs.architecture) : '—'}</td>
              <td>{mark(r.designCounted, r.designAgrees)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
