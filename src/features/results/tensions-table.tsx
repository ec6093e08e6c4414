import { TableScroll } from '@/components/table-scroll';
import { tensions } from '@/framework/tensions';
import type { Report } from '@/report/build-report';

/** Where the proposal sits on each tension, and whether that conflicts with what a ledger gives: read from the report. */
export function TensionsTable({ rows }: { rows: Report['tensions'] }) {
  return (
    <TableScroll label="The three tensions (table)">
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
            const row = rows.find((r) => r.questionId === t.id);
            return (
              <tr key={t.id}>
                <th scope="row">{t.title}</th>
                <td>{row?.answer ?? 'Not answered'}</td>
                <td>{t.ledgerFavours === 'right' ? t.poles.right : t.poles.left}</td>
                <td>{row?.inConflict ? <strong>Yes: {t.conflictExplanation}</strong> : 'No'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
