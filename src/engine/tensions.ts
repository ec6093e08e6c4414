import { tensions } from '@/framework/tensions';
import type { Answers } from '@/schema/assessment-schema';
import { answerEquals, readRating, readYesNo } from './answer-values';
import type { TensionPosition } from './result-types';

/** Positions 0–1 lean to the tension's left pole, which a ledger does not favour. */
const leansLeft = (position: number | undefined) => position !== undefined && position <= 1;

/** Where the proposal sits on each tension (seed §3b) and whether that conflicts with what a ledger gives. */
export function tensionPositions(answers: Answers): TensionPosition[] {
  const onChainBeyondHashes =
    answerEquals(answers, 'proposal.onChainData', 'metadata') ||
    answerEquals(answers, 'proposal.onChainData', 'records');
  const identifiableOrRecords =
    answerEquals(answers, 'proposal.patientIdentifiable', 'yes') ||
    answerEquals(answers, 'proposal.onChainData', 'records');
  const pooling = readYesNo(answers, 'coreFunction.recordPooling') !== 'no';

  const conflictRules: Record<string, (position: number | undefined) => boolean> = {
    'tension.performanceVsSecurity': (p) => leansLeft(p) && onChainBeyondHashes,
    'tension.privacyVsTransparency': (p) => leansLeft(p) && identifiableOrRecords,
    'tension.socialVsComputationalTrust': (p) => leansLeft(p) && pooling,
  };
  return tensions.map((t) => {
    const position = readRating(answers, t.id);
    return { tensionId: t.id, position, inConflict: conflictRules[t.id]?.(position) ?? false };
  });
}
