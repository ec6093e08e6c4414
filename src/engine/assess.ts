import { architectures } from '@/framework/alternatives';
import { methodVersion } from '@/framework/citation';
import { verdictBand } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { adviseArchitecture } from './alternatives';
import { missingQuestionIds } from './completeness';
import { assessConfidence } from './confidence';
import { decide } from './decide';
import { decisiveCaps } from './decisive';
import { assessEvidence } from './evidence';
import { explain } from './reasons';
import type { AssessmentResult } from './result-types';

/** A design's title inside a sentence: only its first letter lowered, so a name (Merkle) keeps its capital. */
const lowerFirst = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

/**
 * Scores one assessment's answers against Yeung's (2019) framework. Pure and deterministic: the same answers
 * always give the same result, and every reason names the answers that caused it. See docs/method.md.
 */
export function assess(answers: Answers): AssessmentResult {
  const decision = decide(answers);
  const confidence = assessConfidence(answers);
  const evidence = assessEvidence(answers, decision);
  const reasons = explain(decision, answers, confidence, evidence);
  const architecture = adviseArchitecture(decision, answers);
  const missing = missingQuestionIds(answers);
  const band = verdictBand(decision.band);
  const stopper = decisiveCaps(decision).find((c) => c.reason.kind === 'gate' && c.band === 'notAFit');
  const stoppedBy = stopper?.reason.questionIds.find(
    (id) => id.startsWith('prescreen.') || id === 'proposal.writerCount',
  );
  const summary = evidence.sufficient
    ? [
        missing.length > 0
          ? `Provisional (${missing.length} question${missing.length === 1 ? '' : 's'} not yet answered).`
          : undefined,
        `${band.label}: ${band.headline}`,
        reasons[0] ? `What decided it: ${reasons[0].text}` : undefined,
        architecture.alreadyHasDesign
          ? `The proposal already uses ${lowerFirst(architectures[architecture.architecture].title)}.`
          : architecture.kind === 'fits'
            ? `Design that fits: ${lowerFirst(architectures[architecture.architecture].title)}.`
            : `What would serve better: ${lowerFirst(architectures[architecture.architecture].title)}.`,
      ]
        .filter(Boolean)
        .join(' ')
    : `Not enough answers yet to give a verdict: ${evidence.missingQuestionIds.length === 1 ? '1 key question is' : `${evidence.missingQuestionIds.length} key questions are`} unknown.`;
  return {
    ...decision,
    methodVersion,
    provisional: missing.length > 0,
    missingQuestionIds: missing,
    reasons,
    architecture,
    confidence,
    summary,
    evidence,
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}
