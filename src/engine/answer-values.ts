import type { AnswerValue } from '@/framework/question';
import type { QuestionId } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import type { Answers } from '@/schema/assessment-schema';

/** An answer as the engine sees it: a value, "don't know", or not answered yet. */
export type Known<V> =
  | { readonly state: 'known'; readonly value: V }
  | { readonly state: 'dontKnow' | 'missing' };

export function readAnswer(answers: Answers, questionId: QuestionId): Known<AnswerValue> {
  const answer = answers[questionId];
  if (answer?.value === undefined) return { state: 'missing' };
  if (answer.value === dontKnow) return { state: 'dontKnow' };
  return { state: 'known', value: answer.value };
}

/** A 0–4 rating, or undefined when unknown or missing. */
export function readRating(answers: Answers, questionId: QuestionId): number | undefined {
  const answer = readAnswer(answers, questionId);
  return answer.state === 'known' && typeof answer.value === 'number' ? answer.value : undefined;
}

export function answerEquals(answers: Answers, questionId: QuestionId, value: AnswerValue): boolean {
  const answer = readAnswer(answers, questionId);
  return answer.state === 'known' && answer.value === value;
}

/** Yes, no, or unknown (don't know or missing). */
export function readYesNo(answers: Answers, questionId: QuestionId): 'yes' | 'no' | 'unknown' {
  const answer = readAnswer(answers, questionId);
  if (answer.state !== 'known') return 'unknown';
  return answer.value === 'yes' ? 'yes' : answer.value === 'no' ? 'no' : 'unknown';
}
