import { conditions } from '@/framework/conditions';
import { obstacles } from '@/framework/obstacles';
import { findQuestion } from '@/framework/questions';
import { conditionRatingScale, obstacleSeverityScale } from '@/framework/scales';
import { verdictBand } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { readRating } from './answer-values';
import { thresholds } from './bands';
import type { Confidence, Decision, Reason } from './result-types';

/** All reasons, most decisive first: gates and caps, the scores, strengths, risks, then open questions. */
export function explain(decision: Decision, answers: Answers, confidence: Confidence): Reason[] {
  const reasons: Reason[] = decision.caps.map((c) => c.reason);
  const scoreBandLabel = verdictBand(decision.scoreBand).label;
  const counted = [...decision.fitContributions, ...decision.riskContributions]
    .filter((c) => c.value !== undefined)
    .map((c) => c.questionId);
  if (counted.length > 0) {
    reasons.push({
      id: 'score.band',
      kind: decision.scoreBand === 'weakFit' ? 'weakness' : 'strength',
      text: `On the scores alone (condition fit ${decision.fitScore}/100, obstacle risk ${decision.riskScore}/100) the proposal would be a ${scoreBandLabel.toLowerCase()}: a strong fit needs fit ≥ ${thresholds.strong.minFit} and risk ≤ ${thresholds.strong.maxRisk}, a conditional fit fit ≥ ${thresholds.conditional.minFit} and risk ≤ ${thresholds.conditional.maxRisk}.`,
      questionIds: counted,
    });
  }
  for (const c of conditions) {
    const rating = readRating(answers, c.id);
    if (rating === undefined || rating < 3) continue;
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
  return reasons;
}
