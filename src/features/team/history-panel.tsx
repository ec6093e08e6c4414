import { useState } from 'react';
import type { Assessment } from '@/schema/assessment-schema';
import { type HistoryVerdict, historyInOrder, verifyHistory } from '@/team/history';
import { describeChange } from './history-words';

function verdictText(v: HistoryVerdict, assessment: Assessment): string {
  if (v.intact)
    return `History intact: ${v.entries} changes by ${v.authors} ${v.authors === 1 ? 'person' : 'people'}, every link checked.`;
  const by = assessment.team?.history?.[v.author]?.[v.index]?.by ?? v.author;
  return `History broken at ${by}’s change ${v.index + 1}: ${v.reason}. Treat what follows it as unverified.`;
}

/** Every change in time order, and "Verify history". */
export function HistoryPanel({ assessment }: { assessment: Assessment }) {
  const history = assessment.team?.history ?? {};
  const [verdict, setVerdict] = useState<string>();
  const entries = historyInOrder(history).filter((e) => e.kind !== 'checkpoint');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setVerdict(verdictText(verifyHistory(history), assessment))}
      >
        Verify history
      </button>
      <p role="status">{verdict}</p>
      {entries.length === 0 ? (
        <p>No changes recorded yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Changes, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(-200).map((e) => (
              <tr key={`${e.author}-${e.seq}`}>
                <td>{`${e.at.slice(0, 10)} ${e.at.slice(11, 19)}`}</td>
                <td>{e.by}</td>
                <td>{describeChange(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
