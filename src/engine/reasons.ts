import { conditions } from '@/framework/conditions';
import { obstacles } from '@/framework/obstacles';
import { findQuestion } from '@/framework/questions';
import { conditionRatingScale, obstacleSeverityScale } from '@/framework/scales';
import { verdictBand } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { readRating } from './answer-values';
import { bandIndex, thresholds } from './bands';
import { conditionWeightKey } from './core-function';
import { decisiveCaps, scoresDecide } from './decisive';
import type { Confidence, Decision, Evidence, Reason } from './result-types';

/**
 * All reasons, by weight: first those that decided the band (the caps at the band, or the scores when no cap
 * is), then the other caps from the most to the least limiting, then the scores, strengths by rating and
 * weight, risks, and open questions last.
 */
export function explain(
  decision: Decision,
  answers: Answers,
  confidence: Confidence,
  evidence: Evidence,
): Reason[] {
  const decisive = decisiveCaps(decision).map((c) => c.reason);
  const otherCaps = decision.caps
    .filter((c) => c.band !== decision.band)
    .sort((a, b) => bandIndex(a.band) - bandIndex(b.band))
    .map((c) => c.reason);
  const reasons: Reason[] = [];
  const scoreBandLabel = verdictBand(decision.scoreBand).label;
  const fitCounted = decision.fitContributions.filter((c) => c.value !== undefined).map((c) => c.questionId);
  const riskCounted = decision.riskContributions
    .filter((c) => c.value !== undefined)
    .map((c) => c.questionId);
  let scoreReason: Reason | undefined;
  // A score is quoted only where one is shown: never while too little is known, never from nothing known.
  if (evidence.sufficient && fitCounted.length + riskCounted.length > 0) {
    const fit = fitCounted.length > 0 ? `condition fit ${decision.fitScore}/100` : 'condition fit not scored';
    const risk =
      riskCounted.length > 0 ? `obstacle risk ${decision.riskScore}/100` : 'obstacle risk not scored';
    scoreReason = {
      id: 'score.band',
      kind: decision.scoreBand === 'weakFit' ? 'weakness' : 'strength',
      text: `On the scores alone (${fit}, ${risk}) the proposal would be a ${scoreBandLabel.toLowerCase()}: a strong fit needs fit ≥ ${thresholds.strong.minFit} and risk ≤ ${thresholds.strong.maxRisk}, a conditional fit fit ≥ ${thresholds.conditional.minFit} and risk ≤ ${thresholds.conditional.maxRisk}.`,
      questionIds: [...fitCounted, ...riskCounted],
    };
  }
  const weightKey = conditionWeightKey(answers);
  const strongConditions = conditions
    .map((c) => ({ c, rating: readRating(answers, c.id) }))
    .filter(({ c, rating }) => rating !== undefined && rating >= 3 && c.weight[weightKey] > 0)
    .sort((a, b) => (b.rating ?? 0) * b.c.weight[weightKey] - (a.rating ?? 0) * a.c.weight[weightKey]);
  for (const { c, rating = 0 } of strongConditions) {
    reasons.push({
      id: `strength.${c.id}`,
      kind: 'strength',
      text: `Condition ${c.number} (${c.title.toLowerCase()}) is ${conditionRatingScale[rating]?.label.toLowerCase()}.`,
      questionIds: [c.id],
    });
  }
  for (const o of obstacles) {
    const severity = readRating(answers, o.id);
    if (severity !== 3) continue;
    reasons.push({
      id: `risk.${o.id}`,
      kind: 'risk',
      text: `Obstacle ${o.number} (${o.title.toLowerCase()}) is ${obstacleSeverityScale[severity]?.label.toLowerCase()}: ${o.description}`,
      questionIds: [o.id],
    });
  }
  for (const id of confidence.pivotalQuestionIds) {
    reasons.push({
      id: `uncertainty.${id}`,
      kind: 'uncertainty',
      text: `"${findQuestion(id)?.shortName ?? id}" is not known yet, and its answer could move the verdict.`,
      questionIds: [id],
    });
  }
  if (!evidence.sufficient) {
    // No band is shown, so no cap or score "decided" it: too little known did.
    const missing: Reason = {
      id: 'evidence.insufficient',
      kind: 'uncertainty',
      text: `Too little is known to give a verdict: ${evidence.conditionsKnown} of ${conditions.length} conditions and ${evidence.obstaclesKnown} of ${obstacles.length} obstacles are known, and ${evidence.missingQuestionIds.length === 1 ? '1 answer listed as needed is' : `${evidence.missingQuestionIds.length} answers listed as needed are`} not.`,
      questionIds: evidence.missingQuestionIds,
      decisive: true,
    };
    return [missing, ...decisive, ...otherCaps, ...reasons];
  }
  const first = scoresDecide(decision) && scoreReason ? [scoreReason] : decisive;
  const rest = scoresDecide(decision) || !scoreReason ? [] : [scoreReason];
  return [...first.map((r) => ({ ...r, decisive: true })), ...otherCaps, ...rest, ...reasons];
}
