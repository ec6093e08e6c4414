import { useState } from 'react';
import { downloadText } from '@/components/download';
import { draftMark, type HazardRow, hazardLogCsv } from '@/report/hazard-log';
import { ledgerFitFileName } from '@/schema/file-name';

export interface HazardEdit {
  controls?: string;
  owner?: string;
  likelihood?: number;
  severity?: number;
}

const scale = [1, 2, 3, 4, 5];

/** The draft DCB0160 hazard log: each row scored from the answers, editable by the assessor, exportable as CSV. */
export function HazardLogTable({
  rows,
  title,
  onEdit,
}: {
  rows: readonly HazardRow[];
  title: string;
  onEdit?: (hazardId: string, edit: HazardEdit | undefined) => void;
}) {
  const [editing, setEditing] = useState<string>();
  const editingRow = rows.find((r) => r.id === editing);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="hazard-heading">
      <h2 id="hazard-heading">Draft hazard log (DCB0160)</h2>
      <p>
        <strong>{draftMark}.</strong> Ledger-specific hazards, each likelihood × severity scored on the 5×5
        matrix from the answers; record your own controls, scores and owner.
      </p>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">Draft hazard log</caption>
          <thead>
            <tr>
              <th scope="col">Hazard</th>
              <th scope="col">Cause and effect</th>
              <th scope="col">Existing controls</th>
              <th scope="col">Likelihood × severity</th>
              <th scope="col">Residual risk</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.hazard}</th>
                <td>
                  {r.cause} <em>Effect:</em> {r.effect}
                </td>
                <td>{r.existingControls}</td>
                <td>
                  {r.likelihood} × {r.severity} = {r.risk}
                  <span className="muted block">{r.basis}</span>
                </td>
                <td>{r.riskLevel}</td>
                <td>
                  {r.owner || <span className="muted">Not set</span>}
                  {onEdit && (
                    <button type="button" className="link-button block" onClick={() => setEditing(r.id)}>
                      Edit<span className="visually-hidden"> {r.hazard}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {onEdit && editingRow && (
        <HazardEditForm
          row={editingRow}
          onSave={(edit) => {
            onEdit(editingRow.id, edit);
            setEditing(undefined);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          downloadText(
            ledgerFitFileName(`hazard log draft ${title}`, new Date(), 'csv', 'proposal'),
            hazardLogCsv(rows),
            'text/csv',
          )
        }
      >
        Download the hazard log (CSV)
      </button>
    </section>
  );
}

function HazardEditForm({
  row,
  onSave,
  onCancel,
}: {
  row: HazardRow;
  onSave: (edit: HazardEdit | undefined) => void;
  onCancel: () => void;
}) {
  const [controls, setControls] = useState(
    row.existingControls === 'None recorded yet' ? '' : row.existingControls,
  );
  const [owner, setOwner] = useState(row.owner);
  const [likelihood, setLikelihood] = useState(row.likelihood);
  const [severity, setSeverity] = useState(row.severity);
  return (
    <form
      className="inset"
      aria-label={`Edit: ${row.hazard}`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          ...(controls.trim() ? { controls: controls.trim().slice(0, 2000) } : {}),
          ...(owner.trim() ? { owner: owner.trim().slice(0, 200) } : {}),
          likelihood,
          severity,
        });
      }}
    >
      <h3>{row.hazard}</h3>
      <div className="form-group">
        <label className="label" htmlFor="hazard-controls">
          Existing controls
        </label>
        <textarea
          id="hazard-controls"
          className="textarea"
          rows={3}
          maxLength={2000}
          value={controls}
          onChange={(e) => setControls(e.target.value)}
        />
      </div>
      {(
        [
          ['hazard-likelihood', 'Likelihood (1 very low … 5 very high)', likelihood, setLikelihood],
          ['hazard-severity', 'Severity (1 minor … 5 catastrophic)', severity, setSeverity],
        ] as const
      ).map(([id, label, value, set]) => (
        <div className="form-group" key={id}>
          <label className="label" htmlFor={id}>
            {label}
          </label>
          <select id={id} className="select" value={value} onChange={(e) => set(Number(e.target.value))}>
            {scale.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="form-group">
        <label className="label" htmlFor="hazard-owner">
          Owner
        </label>
        <input
          id="hazard-owner"
          className="input"
          maxLength={200}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Save this row
        </button>
        <button type="button" className="link-button" onClick={() => onSave(undefined)}>
          Reset to the draft
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
