/**
 * What the questionnaire pages and the assessments list read about an assessment's progress and flow.
 * Features reach the engine only through src/report; these are the engine's own functions, named here.
 */
export { activeSkipRule } from '@/engine/completeness';
export { nextPageId, previousPageId, stopsAfter } from '@/engine/page-flow';
export { assessmentProgress, type PageStatus, type Progress, pageStatus } from '@/engine/progress';

import { decide } from '@/engine/decide';
import { assessEvidence } from '@/engine/evidence';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';

/** The band alone (or "undetermined"), without the explanation: fast enough for a list of hundreds. */
export function verdictBandOf(answers: Answers): ShownVerdictId {
  const decision = decide(answers);
  return assessEvidence(answers, decision).sufficient ? decision.band : 'undetermined';
}
