import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import type { Answers } from '../../src/schema/assessment-schema';
import { completeAnswers, passingPrescreen } from './answers-fixtures';

/** A complete proposal that passes every rule: every condition fully met, every obstacle negligible. */
export const strongFitAnswers: Answers = completeAnswers({
  ...passingPrescreen,
  ...Object.fromEntries(conditions.map((c) => [c.id, 4])),
  ...Object.fromEntries(obstacles.map((o) => [o.id, 0])),
  'tension.performanceVsSecurity': 2,
  'tension.privacyVsTransparency': 2,
  'tension.socialVsComputationalTrust': 2,
});

/** The strong-fit proposal with some answers changed (a number, "yes", "no" or "dontKnow"). */
export function changed(changes: Record<string, string | number>, base: Answers = strongFitAnswers): Answers {
  return {
    ...base,
    ...Object.fromEntries(Object.entries(changes).map(([id, value]) => [id, { value }])),
  };
}

/** The strong-fit proposal with some answers removed (not answered yet). */
export function without(ids: readonly string[], base: Answers = strongFitAnswers): Answers {
  return Object.fromEntries(Object.entries(base).filter(([id]) => !ids.includes(id))) as Answers;
}
