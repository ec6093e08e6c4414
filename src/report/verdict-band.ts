import { shownVerdictOf } from '@/engine/shown-verdict';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';

/**
 * The verdict a list or a shared link shows for an assessment: its band, or "Not enough answers yet", decided
 * as in the full report (engine/shown-verdict.ts) without building it, fast enough for a list of hundreds.
 */
export function verdictBandOf(answers: Answers): ShownVerdictId {
  return shownVerdictOf(answers);
}
