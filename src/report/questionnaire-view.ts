/** What the assessments list and a shared link show of an assessment's verdict. */
import { decide } from '@/engine/decide';
import { assessEvidence } from '@/engine/evidence';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';

/** The band alone (or "undetermined"), without the explanation: fast enough for a list of hundreds. */
export function verdictBandOf(answers: Answers): ShownVerdictId {
  const decision = decide(answers);
  return assessEvidence(answers, decision).sufficient ? decision.band : 'undetermined';
}
