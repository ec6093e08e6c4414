import { conditions } from '@/framework/conditions';
import { minimumEvidence } from '@/framework/method-text';
import { obstacles } from '@/framework/obstacles';
import type { QuestionId } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';
import { readAnswer, readYesNo } from './answer-values';
import { decisiveCaps } from './decisive';
import type { Decision, Evidence } from './result-types';

const known = (answers: Answers, id: QuestionId) => readAnswer(answers, id).state === 'known';

/**
 * Whether enough is known to give a band at all. A known fact that rules a ledger out (a "not a fit" gate)
 * is enough on its own; otherwise the core function, what goes on the ledger, and a stated minimum of the
 * conditions and obstacles must be known. Below that the result says "Not enough answers yet" and lists
 * what to find out, rather than a band drawn from almost nothing.
 */
export function assessEvidence(answers: Answers, decision: Decision): Evidence {
  const ruledOut = decisiveCaps(decision).some((c) => c.band === 'notAFit');
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
