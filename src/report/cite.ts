import { answerLabel } from '@/framework/answer-label';
import { conditions } from '@/framework/conditions';
import { obstacles } from '@/framework/obstacles';
import { questionnairePages } from '@/framework/pages';
import { findQuestion } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import { tensions } from '@/framework/tensions';
import type { Answers } from '@/schema/assessment-schema';

/** An answer as a reason cites it: what was asked, what was answered, and the page to change it on. */
export interface CitedAnswer {
  readonly questionId: string;
  /** The short name with its code, for tables and charts ("O1 Adoption"). */
  readonly shortName: string;
  /** The question's name in a board member's words, without a code ("Adoption"). */
  readonly name: string;
  readonly answer: string;
  /** Name and answer as a board member would read them: "Adoption: high severity". */
  readonly plain: string;
  readonly note?: string;
  readonly pageId: string;
}

const pageOf = (questionId: string) =>
  questionnairePages.find((p) => (p.questionIds as readonly string[]).includes(questionId))?.id ?? 'proposal';

/** "O1 Adoption" → "Adoption": the codes are the method's shorthand, not the board's. */
export const plainName = (shortName: string) => shortName.replace(/^[COT]\d+\s+/, '');

const isObstacle = (id: string) => obstacles.some((o) => o.id === id);
const isCondition = (id: string) => conditions.some((c) => c.id === id);

const isRated = (id: string) => isObstacle(id) || isCondition(id) || tensions.some((t) => t.id === id);

function plainAnswer(questionId: string, value: unknown, label: string): string {
  if (value === undefined) return 'not answered';
  if (value === dontKnow) return 'not known';
  if (isObstacle(questionId))
    return label === 'Severe' || label === 'Negligible'
      ? label.toLowerCase()
      : `${label.toLowerCase()} severity`;
  if (isCondition(questionId)) return label.toLowerCase();
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A rating reads as "Adoption: high severity"; a fact the proposal states reads as its question and answer
 * ("Is there an organisation that every writer would accept to run the shared store? Yes."), which says more
 * to a board than the question's short name.
 */
function plainOf(questionId: string, value: unknown, label: string, name: string): string {
  const question = findQuestion(questionId);
  if (isRated(questionId) || !question || value === undefined || value === dontKnow)
    return `${name}: ${plainAnswer(questionId, value, label)}`;
  return `${question.label} ${label}`;
}

export function citeAnswer(answers: Answers, questionId: string): CitedAnswer {
  const answer = answers[questionId];
  const note = answer?.note?.trim();
  const shortName = findQuestion(questionId)?.shortName ?? questionId;
  const label = answerLabel(questionId, answer?.value);
  const name = plainName(shortName);
  return {
    questionId,
    shortName,
    name,
    answer: label,
    plain: plainOf(questionId, answer?.value, label, name),
    ...(note ? { note } : {}),
    pageId: pageOf(questionId),
  };
}
