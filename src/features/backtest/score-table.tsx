import { TableScroll } from '@/components/table-scroll';
import type { PredictorScore } from '@/report/backtest';
import { balanced, classRecall, interval, share } from '@/report/backtest-markdown';

/** One measure's figures: the method and each baseline, with count, Wilson interval and balanced accuracy. */
export function ScoreTable({
  caption,
  scores,
  classes,
}: {
  caption: string;
  scores: readonly PredictorScore<string>[];
  classes: readonly { id: string; label: string }[];
}) {
  return (
    <TableScroll label={`${caption} (table)`}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Right</th>
            <th scope="col">Wilson 95 % interval</th>
            <th scope="col">Balanced accuracy</th>
            {classes.map((c) => (
              <th scope="col" key={c.id}>
                Right when: {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.id === 'method' ? <strong>{s.label}</strong> : s.label}</th>
              <td>{share(s)}</td>
              <td>{interval(s)}</td>
              <td>{balanced(s)}</td>
              {classes.map((c) => (
                <td key={c.id}>{classRecall(s, c.id)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
