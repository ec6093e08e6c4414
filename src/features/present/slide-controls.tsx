import { answerChoices, answerFromForm, answerLabel } from '@/framework/answer-label';
import { presentationText } from '@/framework/presentation';
import type { AnswerValue } from '@/framework/question';
import { findQuestion } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';

interface Props {
  questionId: string;
  answers: Answers;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
  /** Radios for the one question of a slide; a select where a slide holds several. */
  style: 'radios' | 'select';
  idPrefix: string;
}

/** A rating the room can change live; the verdict and charts redraw in both windows. */
export function LiveRating({ questionId, answers, onChange, style, idPrefix }: Props) {
  const q = findQuestion(questionId);
  if (!q) return null;
  const value = answers[questionId]?.value;
  const options = answerChoices(questionId);
  const id = `${idPrefix}-${questionId.replace('.', '-')}`;
  if (style === 'select') {
    return (
      <div className="live-select">
        <label htmlFor={id}>{q.shortName}</label>
        <select
          id={id}
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(questionId, answerFromForm(questionId, e.target.value))}
        >
          <option value="">Not answered</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset className="live-radios">
      <legend>
        {presentationText.rating}: <strong>{answerLabel(questionId, value)}</strong>
      </legend>
      <div className="live-radio-row">
        {options.map((o) => (
          <label key={o.value} className={String(value) === o.value ? 'live-radio checked' : 'live-radio'}>
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={String(value) === o.value}
              onChange={() => onChange(questionId, answerFromForm(questionId, o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
