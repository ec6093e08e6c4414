import type { AnswerValue } from './question';
import { findQuestion } from './questions';
import { dontKnow, dontKnowLabel } from './scales';

/** The words shown for an answer, e.g. "Partially met" or "Don't know". */
export function answerLabel(questionId: string, value: AnswerValue | undefined): string {
  if (value === undefined) return 'Not answered';
  if (value === dontKnow) return dontKnowLabel;
  return findQuestion(questionId)?.options.find((o) => o.value === value)?.label ?? String(value);
}

/** A question's choices as form controls hold them (strings), "Don't know" last. */
export function answerChoices(questionId: string): { value: string; label: string; meaning?: string }[] {
  const question = findQuestion(questionId);
  if (!question) return [];
  return [
    ...question.options.map((o) => ({
      value: String(o.value),
      label: o.label,
      ...(o.meaning ? { meaning: o.meaning } : {}),
    })),
    {
      value: dontKnow,
      label: dontKnowLabel,
      meaning: 'Say so rather than guess: the result lists what to find out.',
    },
  ];
}

/** A form control's string back to the answer's own type (numbers for scales); '' is "not answered". */
export function answerFromForm(questionId: string, formValue: string): AnswerValue | undefined {
  if (formValue === '') return undefined;
  if (formValue === dontKnow) return dontKnow;
  return findQuestion(questionId)?.options.find((o) => String(o.value) === formValue)?.value;
}
