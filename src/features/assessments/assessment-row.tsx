import { useState } from 'react';
import { Link } from 'wouter';
import { VerdictTag } from '@/components/verdict-tag';
import { proposalFields } from '@/framework/proposal';
import { assessmentProgress } from '@/questionnaire-flow/progress';
import { verdictBandOf } from '@/report/verdict-band';
import type { Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';

interface Props {
  assessment: Assessment;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

// One formatter for every row: toLocaleString builds a new one per call, which is slow across hundreds of rows.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

export function AssessmentRow({ assessment, onRename, onDuplicate, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(assessment.proposal.title);
  const progress = assessmentProgress(assessment);
  const band = progress.complete ? verdictBandOf(assessment.answers) : undefined;
  const title = displayTitle(assessment);
  const renameId = `rename-${assessment.id}`;
  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (draft.trim() === '') return;
              onRename(draft.trim());
              setRenaming(false);
            }}
          >
            <label htmlFor={renameId} className="visually-hidden">
              New title for {title}
            </label>
            <input
              id={renameId}
              className="input"
              value={draft}
              maxLength={proposalFields.title.maxLength}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={draft.trim() === ''}>
              Save title
            </button>
            <button type="button" className="link-button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <Link href={`/assessments/${assessment.id}`}>{title}</Link>
        )}
        {assessment.proposal.organisations && (
          <span className="muted block">{assessment.proposal.organisations}</span>
        )}
      </th>
      <td data-label="Last changed">{formatDate(assessment.updatedAt)}</td>
      <td data-label="Progress">
        {progress.done} of {progress.total} sections
      </td>
      <td data-label="Verdict">
        {band ? <VerdictTag band={band} /> : <span className="muted">In progress</span>}
      </td>
      <td>
        {confirming ? (
          <div className="confirm">
            <p>Delete “{title}”?</p>
            <button type="button" className="button button-warning button-small" onClick={onDelete}>
              Yes, delete “{title}”
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <ul className="row-actions">
            <li>
              <button type="button" className="link-button" onClick={() => setRenaming(true)}>
                Rename<span className="visually-hidden"> {title}</span>
              </button>
            </li>
            <li>
              <button type="button" className="link-button" onClick={onDuplicate}>
                Duplicate<span className="visually-hidden"> {title}</span>
              </button>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                Delete<span className="visually-hidden"> {title}</span>
              </button>
            </li>
          </ul>
        )}
      </td>
    </tr>
  );
}
