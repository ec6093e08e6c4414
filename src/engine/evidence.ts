import { conditions } from '@/framework/conditions';
import { minimumEvidence } from '@/framework/method-numbers';
import { obstacles } from '@/framework/obstacles';
import type { QuestionId } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';
import { readAnswer, readYesNo } from './answer-values';
import { decisiveCaps } from './decisive';
import type { Decision, Evidence } from './result-types';

const known = (answers: Answers, id: QuestionId) => readAnswer(answers, id).state === 'known';

/**
 * Whether enough is known to give a band at all. A gate that set the band from known facts (a "not a fit"
 * gate, or record pooling ruled out by condition 5) is enough on its own; otherwise the core function, what goes on the ledger, and a stated minimum of the
 * conditions and obstacles must be known. Below that the result says "Not enough answers yet" and lists
 * what to find out, rather than a band drawn from almost nothing.
 */
export function assessEvidence(answers: Answers, decision: Decision): Evidence {
  // A gate is decided by known facts alone and can only lower the band (Yeung 2019, §6 reaches "muted" for
  // EHRs from conditions 2 and 5 with condition 6 not assessed), so a gate at the band is enough to give it.
  const ruledOut = decisiveCaps(decision).some((c) => c.reason.kind === 'gate');
  const unknownConditions = conditions.map((c) => c.id).filter((id) => !known(answers, id));
  const unknownObstacles = obstacles.map((o) => o.id).filter((id) => !known(answers, id));
  const coreKnown =
    readYesNo(answers, 'coreFunction.trackAndTrace') !== 'unknown' ||
    readYesNo(answers, 'coreFunction.recordPooling') !== 'unknown';
  const missing: QuestionId[] = [
    ...(coreKnown ? [] : (['coreFunction.trackAndTrace', 'coreFunction.recordPooling'] as const)),
    ...(known(answers, 'proposal.onChainData') ? [] : (['proposal.onChainData'] as const)),
    ...(conditions.length - unknownConditions.length >= minimumEvidence.conditionsKnown
      ? []
      : unknownConditions),
    ...(obstacles.length - unknownObstacles.length >= minimumEvidence.obstaclesKnown ? [] : unknownObstacles),
  ];
  return {
    sufficient: ruledOut || missing.length === 0,
    missingQuestionIds: missing,
    conditionsKnown: conditions.length - unknownConditions.length,
    obstaclesKnown: obstacles.length - unknownObstacles.length,
  };
}
