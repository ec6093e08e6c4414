import { conditions } from '@/framework/conditions';
import { obstacles } from '@/framework/obstacles';
import type { QuestionId } from '@/framework/questions';
import { scaleMax } from '@/framework/scales';
import type { Answers } from '@/schema/assessment-schema';
import { readRating } from './answer-values';
import { conditionWeightKey } from './core-function';
import type { Contribution } from './result-types';

interface Score {
  readonly score: number;
  readonly contributions: Contribution[];
}

/**
 * A weighted mean of the known ratings, on 0–100. Unknown and missing answers are left out of both the
 * numerator and the denominator (their doubt is reported as confidence, not hidden in the score).
 */
function weightedScore(
  items: readonly { questionId: QuestionId; value: number | undefined; weight: number }[],
): Score {
  const counted = items.filter((i) => i.value !== undefined && i.weight > 0);
  const totalWeight = counted.reduce((sum, i) => sum + i.weight, 0);
  const contributions = items.map((i) => ({
    ...i,
    points:
      i.value !== undefined && totalWeight > 0 ? (100 * i.weight * i.value) / (scaleMax * totalWeight) : 0,
  }));
  const score = contributions.reduce((sum, c) => sum + c.points, 0);
  return { score: Math.round(score * 10) / 10, contributions };
}

/** How well the record-pooling conditions (seed §5) are met: 0 = none met, 100 = all fully met. */
export function conditionFitScore(answers: Answers): Score {
  const key = conditionWeightKey(answers);
  return weightedScore(
    conditions.map((c) => ({ questionId: c.id, value: readRating(answers, c.id), weight: c.weight[key] })),
  );
}

/** How severe the obstacles (Yeung 2019, §3a) are: 0 = all negligible, 100 = all severe. */
export function obstacleRiskScore(answers: Answers): Score {
  return weightedScore(
    obstacles.map((o) => ({ questionId: o.id, value: readRating(answers, o.id), weight: 1 })),
  );
}
