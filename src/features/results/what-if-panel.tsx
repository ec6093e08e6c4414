import { memo } from 'react';
import { VerdictTag } from '@/components/verdict-tag';
import { answerChoices, answerFromForm, answerLabel } from '@/framework/answer-label';
import { pageGroups, questionnairePages } from '@/framework/pages';
import type { AnswerValue } from '@/framework/question';
import { findQuestion } from '@/framework/questions';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';

interface Props {
  working: Answers;
  saved: Answers;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
  band: ShownVerdictId;
  savedBand: ShownVerdictId;
  changedCount: number;
  onApply: () => void;
  applyLabel: string;
  onReset: () => void;
}

const notAnswered = '';

/** The questionnaire's groups with their scorable questions, in page order (fixed: worked out once). */
const whatIfGroups = pageGroups.map((group) => ({
  id: group.id,
  title: group.title,
  questionIds: questionnairePages
    .filter((p) => p.group === group.id)
    .flatMap((p) => p.questionIds)
    .filter((id) => findQuestion(id) !== undefined),
}));

interface RowProps {
  questionId: string;
  value: AnswerValue | undefined;
  savedValue: AnswerValue | undefined;
  onChange: Props['onChange'];
}

/** One answer's select; memoised, so a change redraws only its own row (issue #26: within one frame). */
const WhatIfRow = memo(function WhatIfRow({ questionId: id, value, savedValue, onChange }: RowProps) {
  const q = findQuestion(id);
  if (!q) return null;
  const changed = value !== savedValue;
  const selectId = `what-if-${id.replace('.', '-')}`;
  return (
    <div className={`what-if-row${changed ? ' what-if-changed' : ''}`}>
      <label htmlFor={selectId}>
        {q.shortName}
        {changed && <span className="changed-mark"> (changed from {answerLabel(id, savedValue)})</span>}
      </label>
      <select
        id={selectId}
        className="select"
        value={value === undefined ? notAnswered : String(value)}
        onChange={(e) => {
          const raw = e.target.value;
          onChange(id, raw === notAnswered ? undefined : answerFromForm(id, raw));
        }}
      >
        <option value={notAnswered}>Not answered</option>
        {answerChoices(id).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
});

/** Selects for every scorable answer; changes redraw the verdict and charts at once, without saving. */
export function WhatIfPanel({
  working,
  saved,
  onChange,
  band,
  savedBand,
  changedCount,
  onApply,
  applyLabel,
  onReset,
}: Props) {
  return (
    <form className="what-if" aria-labelledby="what-if-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="what-if-heading">What if?</h2>
      <p className="muted">
        Change any answer to see the verdict, reasons and charts move. Nothing is saved until you apply.
      </p>
      {/* The status and the buttons keep their size whether or not anything changed: a change then repaints
          only the row it is in, not the whole panel below (issue #26). */}
      <div className="what-if-status" role="status">
        <p>
          Verdict now: <VerdictTag band={band} />
          <br />
          Saved verdict: <VerdictTag band={savedBand} />
          <br />
          {changedCount === 0
            ? 'No answers changed.'
            : `${changedCount} answer${changedCount === 1 ? '' : 's'} changed, not saved.`}
        </p>
      </div>
      {/* The hint and the buttons share one place, each hidden (not removed) while the other shows: out of the
          tab order and the accessibility tree, and the place keeps its size, so no change moves the panel. */}
      <div className="what-if-actions">
        <p className="muted" style={changedCount === 0 ? undefined : { visibility: 'hidden' }}>
          Change an answer below to try it. You can then apply the changes or reset them.
        </p>
        <div className="button-group" style={changedCount === 0 ? { visibility: 'hidden' } : undefined}>
          <button type="button" className="button button-small" onClick={onApply}>
            {applyLabel}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={onReset}>
            Reset
          </button>
        </div>
      </div>
      {whatIfGroups.map((group) => (
        <fieldset key={group.id}>
          <legend>{group.title}</legend>
          {group.questionIds.map((id) => (
            <WhatIfRow
              key={id}
              questionId={id}
              value={working[id]?.value}
              savedValue={saved[id]?.value}
              onChange={onChange}
            />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
