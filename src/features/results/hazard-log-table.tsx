import { useState } from 'react';
import { TableScroll } from '@/components/table-scroll';
import {
  consequenceCategories,
  likelihoodCategories,
  riskMatrix,
  riskMatrixSource,
  riskRatingLabels,
} from '@/framework/hazards';
import { downloadText } from '@/lib/download';
import {
  consequenceName,
  draftMark,
  type HazardRow,
  hazardLogCsv,
  likelihoodName,
} from '@/report/hazard-log';
import { ledgerFitFileName } from '@/schema/file-name';

export interface HazardEdit {
  controls?: string;
  proposedControls?: string;
  owner?: string;
  likelihood?: number;
  severity?: number;
  residualLikelihood?: number;
}

const scale = [1, 2, 3, 4, 5];

/** The risk matrix as a table, so the rating of every row can be checked by hand. */
function RiskMatrixTable() {
  return (
    <details>
      <summary>The risk matrix used</summary>
      <TableScroll label="Risk matrix">
        <table className="table">
          <caption>
            Clinical risk rating (1–5) by likelihood and consequence, DCB0129/0160 matrix as reproduced in{' '}
            <a href={riskMatrixSource.url}>{riskMatrixSource.title}</a>
          </caption>
          <thead>
            <tr>
              <th scope="col">Likelihood</th>
              {consequenceCategories.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihoodCategories.map((l, i) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                {(riskMatrix[i] ?? []).map((r, j) => (
                  <td key={consequenceCategories[j]}>{r}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">
        {Object.entries(riskRatingLabels)
          .map(([n, label]) => `${n} ${label}`)
          .join(' · ')}
        . {riskMatrixSource.note}
      </p>
    </details>
  );
}

/**
 * The draft DCB0160 hazard log: the hazards this ledger brings, each scored on the DCB0129/0160 matrix from
 * the answers, editable by the assessor (controls, scores, owner), exportable as CSV.
 */
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
        <strong>{draftMark}.</strong> The hazards this ledger brings, from what it holds and does. Each
        initial risk is looked up in the DCB0129/0160 matrix (likelihood and consequence categories give a
        rating of 1 to 5); the residual risk appears once you record a control and score the likelihood after
        it.
      </p>
      <RiskMatrixTable />
      <TableScroll label="Draft hazard log (table)">
        <table className="table">
          <caption className="visually-hidden">Draft hazard log</caption>
          <thead>
            <tr>
              <th scope="col">Hazard</th>
              <th scope="col">Cause and effect</th>
              <th scope="col">Controls</th>
              <th scope="col">Initial risk</th>
              <th scope="col">Residual risk</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.hazard}
                  <span className="muted block">Because {r.because}.</span>
                </th>
                <td>
                  {r.cause} <em>Effect:</em> {r.effect}
                </td>
                <td>
                  <em>Existing:</em> {r.existingControls}
                  <span className="block">
                    <em>Proposed:</em> {r.proposedControls}
                  </span>
                </td>
                <td>
                  {r.risk} {r.riskLevel}
                  <span className="muted block">
                    {likelihoodName(r.likelihood)} likelihood, {consequenceName(r.severity).toLowerCase()}{' '}
                    consequence. {r.basis}
                  </span>
                </td>
                <td>{r.residualText}</td>
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
      </TableScroll>
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
  const [controls, setControls] = useState(row.existingControlsRecorded ? row.existingControls : '');
  const [proposed, setProposed] = useState(
    row.proposedControls.startsWith('Suggested: ') ? '' : row.proposedControls,
  );
  const [residual, setResidual] = useState(row.residual?.likelihood ?? 0);
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
          ...(proposed.trim() ? { proposedControls: proposed.trim().slice(0, 2000) } : {}),
          ...(owner.trim() ? { owner: owner.trim().slice(0, 200) } : {}),
          likelihood,
          severity,
          ...(residual > 0 ? { residualLikelihood: residual } : {}),
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
      <div className="form-group">
        <label className="label" htmlFor="hazard-proposed">
          Proposed controls
        </label>
        <p className="hint" id="hazard-proposed-hint">
          Suggested: {row.proposedControls.replace(/^Suggested: /, '')}
        </p>
        <textarea
          id="hazard-proposed"
          className="textarea"
          rows={3}
          maxLength={2000}
          aria-describedby="hazard-proposed-hint"
          value={proposed}
          onChange={(e) => setProposed(e.target.value)}
        />
      </div>
      {(
        [
          ['hazard-likelihood', 'Likelihood (1 very low … 5 very high)', likelihood, setLikelihood],
          ['hazard-severity', 'Consequence (1 minor … 5 catastrophic)', severity, setSeverity],
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
        <label className="label" htmlFor="hazard-residual">
          Residual likelihood, once the controls are in place
        </label>
        <select
          id="hazard-residual"
          className="select"
          value={residual}
          onChange={(e) => setResidual(Number(e.target.value))}
        >
          <option value={0}>Not scored yet</option>
          {scale.map((n) => (
            <option key={n} value={n}>
              {n} {likelihoodName(n).toLowerCase()}
            </option>
          ))}
        </select>
      </div>
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
