import { conditions } from './conditions';
import { coreFunctionQuestions } from './core-functions';
import { obstacles } from './obstacles';
import { prescreenQuestions } from './prescreen';
import { proposalQuestions } from './proposal';
import type { Question } from './question';
import { tensions } from './tensions';

/** The id of a scorable question, derived from the data: a mistyped id in a rule does not compile. */
export type QuestionId =
  | (typeof proposalQuestions)[number]['id']
  | (typeof coreFunctionQuestions)[number]['id']
  | (typeof prescreenQuestions)[number]['id']
  | (typeof conditions)[number]['id']
  | (typeof obstacles)[number]['id']
  | (typeof tensions)[number]['id'];

/** Every scorable question in questionnaire order. */
export const allQuestions: readonly (Question & { readonly id: QuestionId })[] = [
  ...proposalQuestions,
  ...coreFunctionQuestions,
  ...prescreenQuestions,
  ...conditions,
  ...obstacles,
  ...tensions,
];

const byId = new Map(allQuestions.map((q) => [q.id, q]));

export function findQuestion(id: string): Question | undefined {
  return byId.get(id as QuestionId);
}

export const isQuestionId = (id: string): id is QuestionId => byId.has(id as QuestionId);

export function questionOrder(id: string): number {
  return allQuestions.findIndex((q) => q.id === id);
}
