import { conditions } from './conditions';
import { coreFunctionQuestions } from './core-functions';
import { obstacles } from './obstacles';
import { prescreenQuestions } from './prescreen';
import { proposalQuestions } from './proposal';
import type { Question } from './question';
import { tensions } from './tensions';

/** Every scorable question in questionnaire order. */
export const allQuestions: readonly Question[] = [
  ...proposalQuestions,
  ...coreFunctionQuestions,
  ...prescreenQuestions,
  ...conditions,
  ...obstacles,
  ...tensions,
];

const byId = new Map(allQuestions.map((q) => [q.id, q]));

export function findQuestion(id: string): Question | undefined {
  return byId.get(id);
}

export function questionOrder(id: string): number {
  return allQuestions.findIndex((q) => q.id === id);
}
