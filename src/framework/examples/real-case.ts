import type { AnswerValue } from '@/framework/question';
import { allQuestions, type QuestionId } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import type { ExampleAnswer, OutcomeClass } from './worked-example';

export const outcomeLabels: Record<OutcomeClass, string> = {
  production: 'In production',
  pilotEnded: 'Pilot ended',
  dormant: 'Dormant',
  pivot: 'Pivoted away from the ledger',
  unknown: 'Outcome unknown',
};

/** A documented fact as an answer: the value, why, and the public source it rests on. */
export type Fact = readonly [value: AnswerValue, rationale: string, source: string];

/**
 * Every question answered for a real case: the documented facts as they were knowable when the project was
 * pitched; everything else "Don't know", so the confidence shows how little the public record says.
 */
export function documentedAnswers(facts: Partial<Record<QuestionId, Fact>>): Record<string, ExampleAnswer> {
  return Object.fromEntries(
    allQuestions.map((q) => {
      const fact = facts[q.id];
      return [
        q.id,
        fact
          ? { value: fact[0], rationale: fact[1], source: { document: fact[2] } }
          : {
              value: dontKnow,
              rationale: 'Not documented in the public record before the outcome.',
              source: { document: 'not documented' },
            },
      ];
    }),
  );
}
