import type { Control, FieldError, UseFormRegister } from 'react-hook-form';
import { answerChoices } from '@/framework/answer-label';
import type { Setting } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import { maxNoteLength } from '@/schema/assessment-schema';
import { CharacterCount } from './character-count';
import { fieldKey, type PageValues } from './page-form';
import { QuestionGuidance } from './question-guidance';

interface Props {
  questionId: string;
  register: UseFormRegister<PageValues>;
  control: Control<PageValues>;
  valueError?: FieldError;
  noteError?: FieldError;
  /** Use the question as the page's legend when it is the only one on the page. */
  asPageLegend?: boolean;
  /** The proposal's settings: help speaks their law. */
  settings?: readonly Setting[];
}

/** One question: a fieldset of radios with "Don't know", help, and the evidence note. */
export function QuestionFieldset({
  questionId,
  register,
  control,
  valueError,
  noteError,
  asPageLegend,
  settings,
}: Props) {
  const question = findQuestion(questionId);
  if (!question) return null;
  const key = fieldKey(questionId);
  const hintId = `${key}-hint`;
  const errorId = `${key}-error`;
  const noteId = `${key}-note`;
  const options = answerChoices(questionId);
  return (
    <div className={`form-group${valueError || noteError ? ' form-group-error' : ''}`}>
      <fieldset
        aria-describedby={
          `${question.hint ? hintId : ''}${valueError ? ` ${errorId}` : ''}`.trim() || undefined
        }
      >
        <legend className={asPageLegend ? 'page-legend' : undefined}>{question.label}</legend>
        {question.hint && (
          <p className="hint" id={hintId}>
            {question.hint}
          </p>
        )}
        <QuestionGuidance questionId={questionId} settings={settings} />
        {valueError && (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">Error:</span> {valueError.message}
          </p>
        )}
        <div className="radios">
          {options.map((o, i) => (
            <div key={o.value}>
              {o.value === dontKnow && <p className="radio-divider">or</p>}
              <div className="radio">
                <input
                  id={`${key}-${i}`}
                  type="radio"
                  value={o.value}
                  aria-describedby={o.meaning ? `${key}-${i}-hint` : undefined}
                  {...register(`answers.${key}.value`)}
                />
                <label htmlFor={`${key}-${i}`}>{o.label}</label>
              </div>
              {o.meaning && (
                <p className="radio-hint" id={`${key}-${i}-hint`}>
                  {o.meaning}
                </p>
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="form-group">
        <label className="label" htmlFor={noteId}>
          {question.notePrompt} <span className="muted">(optional)</span>
        </label>
        {noteError && (
          <p className="error-message" id={`${noteId}-error`}>
            <span className="visually-hidden">Error:</span> {noteError.message}
          </p>
        )}
        <textarea
          id={noteId}
          className="textarea"
          rows={3}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={`${noteError ? `${noteId}-error ` : ''}${noteId}-count`}
          {...register(`answers.${key}.note`)}
        />
        <CharacterCount
          id={`${noteId}-count`}
          control={control}
          name={`answers.${key}.note`}
          max={maxNoteLength}
        />
      </div>
    </div>
  );
}
