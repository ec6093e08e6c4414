import { type tensionConflictConditions, tensionLeanMax, tensions } from '@/framework/tensions';
import type { Answers } from '@/schema/assessment-schema';
import { answerEquals, readRating, readYesNo } from './answer-values';
import type { TensionPosition } from './result-types';

const leansLeft = (position: number | undefined) => position !== undefined && position <= tensionLeanMax;

/** Where the proposal sits on each tension (seed §3b) and whether that conflicts with what a ledger gives. */
export function tensionPositions(answers: Answers): TensionPosition[] {
  const onChainBeyondHashes =
    answerEquals(answers, 'proposal.onChainData', 'metadata') ||
    answerEquals(answers, 'proposal.onChainData', 'records');
  const identifiableOrRecords =
    answerEquals(answers, 'proposal.patientIdentifiable', 'yes') ||
    answerEquals(answers, 'proposal.onChainData', 'records');
  const pooling = readYesNo(answers, 'coreFunction.recordPooling') !== 'no';

  const holds: Record<keyof typeof tensionConflictConditions, boolean> = {
    beyondHashes: onChainBeyondHashes,
    identifiableOrRecords,
    pooling,
  };
  return tensions.map((t) => {
    const position = readRating(answers, t.id);
    return { tensionId: t.id, position, inConflict: leansLeft(position) && holds[t.conflictsWhen] };
  });
}
