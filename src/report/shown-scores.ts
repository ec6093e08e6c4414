import { decide } from '@/engine/decide';
import { assessEvidence } from '@/engine/evidence';
import type { Decision } from '@/engine/result-types';
import { shownBandOf } from '@/engine/shown-verdict';
import type { ShownVerdictId, VerdictBandId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';

const counts = (list: readonly { value: number | undefined }[]) => list.some((c) => c.value !== undefined);

/**
 * The scores an output may show: none while too little is known to give a band, and never one from nothing
 * known (a 0 would read as "every condition failed"). The one rule for the result page, PDF and charts.
 */
export function shownScores(
  decision: Pick<Decision, 'fitScore' | 'riskScore' | 'fitContributions' | 'riskContributions'>,
  enoughEvidence: boolean,
): { fit?: number; risk?: number } {
  if (!enoughEvidence) return {};
  return {
    ...(counts(decision.fitContributions) ? { fit: decision.fitScore } : {}),
    ...(counts(decision.riskContributions) ? { risk: decision.riskScore } : {}),
  };
}

/** The verdict shown and the scores shown for a set of answers, for a list or a chart of many. */
export function shownVerdictAndScores(answers: Answers): {
  verdict: ShownVerdictId;
  scoreBand?: VerdictBandId;
  fit?: number;
  risk?: number;
} {
  const decision = decide(answers);
  const verdict = shownBandOf(decision, assessEvidence(answers, decision));
  return {
    verdict,
    ...(verdict === 'undetermined' ? {} : { scoreBand: decision.scoreBand }),
    ...shownScores(decision, verdict !== 'undetermined'),
  };
}
