import { answerLabel } from '@/framework/answer-label';
import { tensions } from '@/framework/tensions';
import type { TensionPosition } from '@/report/result-types';

/** Where the proposal sits on each tension, and whether that conflicts with what a ledger gives. */
export function TensionsTable({ positions }: { positions: readonly TensionPosition[] }) {
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption>The three tensions</caption>
        <thead>
          <tr>
            <th scope="col">Tension</th>
            <th scope="col">Position taken</th>
            <th scope="col">A ledger favours</th>
            <th scope="col">Conflict?</th>
          </tr>
        </thead>
        <tbody>
          {tensions.map((t) => {
            const p = positions.find((x) => x.tensionId === t.id);
            return (
              <tr key={t.id}>
                <th scope="row">{t.title}</th>
                <td>{answerLabel(t.id, p?.position)}</td>
                <td>{t.ledgerFavours === 'right' ? t.poles.right : t.poles.left}</td>
                <td>{p?.inConflict ? <strong>Yes: {t.conflictExplanation}</strong> : 'No'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
