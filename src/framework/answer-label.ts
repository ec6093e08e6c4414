import type { AnswerValue } from './question';
import { findQuestion } from './questions';
import { dontKnow, dontKnowLabel } from './scales';

/** The words shown for an answer, e.g. "Partially met" or "Don't know". */
export function answerLabel(questionId: string, value: AnswerValue | undefined): string {
  if (value === undefined) return 'Not answered';
  if (value === dontKnow) return dontKnowLabel;
  return findQuestion(questionId)?.options.find((o) => o.value === value)?.label ?? String(value);
}
