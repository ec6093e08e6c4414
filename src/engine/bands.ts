import { scoreThresholds } from '@/framework/method-numbers';
import { type VerdictBandId, verdictBands } from '@/framework/verdict-bands';

export function bandIndex(band: VerdictBandId): number {
  return verdictBands.findIndex((b) => b.id === band);
}

export function worseBand(a: VerdictBandId, b: VerdictBandId): VerdictBandId {
  return bandIndex(a) <= bandIndex(b) ? a : b;
}

export function bandAt(index: number): VerdictBandId {
  const band = verdictBands[Math.max(0, Math.min(verdictBands.length - 1, index))];
  if (!band) throw new Error(`No band at ${index}`);
  return band.id;
}

/** Score thresholds, kept with the method's plain-words description (docs/method.md). */
export const thresholds = scoreThresholds;

export function bandFromScores(fitScore: number, riskScore: number): VerdictBandId {
  if (fitScore >= thresholds.strong.minFit && riskScore <= thresholds.strong.maxRisk) return 'strongFit';
  if (fitScore >= thresholds.conditional.minFit && riskScore <= thresholds.conditional.maxRisk)
    return 'conditionalFit';
  return 'weakFit';
}
