import { proposalFields } from '@/framework/proposal';
import type { Answers, Assessment } from './assessment-schema';
import { newId } from './new-id';

export const untitled = 'Untitled proposal';

/** The title to show: the proposal's own, or "Untitled proposal". */
export const displayTitle = (assessment: Pick<Assessment, 'proposal'>) =>
  assessment.proposal.title.trim() || untitled;

/**
 * The same assessment as a new one beside the original: a new id, created now, and a title that says what
 * it is (cut to the title's limit, so a copy is always valid). Optionally with other answers (a what-if).
 */
export function copyAssessment(
  source: Assessment,
  title: (sourceTitle: string) => string,
  changes: { answers?: Answers; date?: string; workshop?: Assessment['workshop'] } = {},
  now = new Date(),
): Assessment {
  const stamp = now.toISOString();
  // One deep copy, proposal included: spreading the source's own proposal would share its lists (settings,
  // what the ledger holds) between the copy and the original.
  const copy = structuredClone(source);
  return {
    ...copy,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    ...(changes.answers ? { answers: structuredClone(changes.answers) } : {}),
    ...(changes.workshop ? { workshop: structuredClone(changes.workshop) } : {}),
    proposal: {
      ...copy.proposal,
      title: title(source.proposal.title).slice(0, proposalFields.title.maxLength),
      ...(changes.date ? { date: changes.date } : {}),
    },
  };
}
