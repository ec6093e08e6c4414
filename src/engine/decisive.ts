import type { BandCap, Decision } from './result-types';

/**
 * The caps that set the band: those at the band itself. When none does, the scores set it, and the
 * score reason is the decisive one. This is what the result shows first, so the first reason a reader sees
 * is always the one that decided the verdict.
 */
export function decisiveCaps(decision: Pick<Decision, 'band' | 'caps'>): BandCap[] {
  return decision.caps.filter((c) => c.band === decision.band);
}

export const scoresDecide = (decision: Pick<Decision, 'band' | 'caps' | 'scoreBand'>) =>
  decision.scoreBand === decision.band && decisiveCaps(decision).length === 0;
