import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { decide } from './decide';
import { assessEvidence } from './evidence';
import type { Decision, Evidence } from './result-types';

/**
 * The verdict an output shows: the band, or "undetermined" (shown as "Not enough answers yet") while too little
 * is known. The one place that decides "band or not enough answers"; the report and every claim that an answer
 * "could move the verdict" use it, so a claim is about the verdict the reader sees, not a hidden score band.
 */
export function shownBandOf(decision: Decision, evidence: Evidence): ShownVerdictId {
  return evidence.sufficient ? decision.band : 'undetermined';
}

/** The shown verdict of a set of answers, cheap enough for the hundreds of what-ifs confidence tries. */
export function shownVerdictOf(answers: Answers): ShownVerdictId {
  const decision = decide(answers);
  return shownBandOf(decision, assessEvidence(answers, decision));
}
