import type { Decision } from '@/engine/result-types';

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
