import type { Answers } from '@/schema/assessment-schema';
import { bandFromScores, worseBand } from './bands';
import { bandCaps } from './caps';
import { reliedOnCoreFunctions } from './core-function';
import { prescreenFailures } from './prescreen';
import type { Decision } from './result-types';
import { conditionFitScore, obstacleRiskScore } from './scores';
import { tensionPositions } from './tensions';

/**
 * The verdict without its explanation: the band is the worse of the band the two scores earn and every cap
 * (gate) that applies. Cheap enough to call hundreds of times for what-would-change and confidence.
 */
export function decide(answers: Answers): Decision {
  const failures = prescreenFailures(answers);
  const fit = conditionFitScore(answers);
  const risk = obstacleRiskScore(answers);
  const tensions = tensionPositions(answers);
  const caps = bandCaps(answers, failures, tensions);
  const scoreBand = bandFromScores(fit.score, risk.score);
  const band = caps.reduce((current, cap) => worseBand(current, cap.band), scoreBand);
  return {
    band,
    scoreBand,
    caps,
    prescreenFailures: failures,
    reliedOn: reliedOnCoreFunctions(answers),
    fitScore: fit.score,
    fitContributions: fit.contributions,
    riskScore: risk.score,
    riskContributions: risk.contributions,
    tensions,
  };
}
