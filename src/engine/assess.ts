import { architectures } from '@/framework/alternatives';
import { methodVersion } from '@/framework/citation';
import { verdictBand } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { adviseArchitecture } from './alternatives';
import { missingQuestionIds } from './completeness';
import { assessConfidence } from './confidence';
import { decide } from './decide';
import { explain } from './reasons';
import type { AssessmentResult } from './result-types';

/**
 * Scores one assessment's answers against Yeung's (2019) framework. Pure and deterministic: the same answers
 * always give the same result, and every reason names the answers that caused it. See docs/method.md.
 */
export function assess(answers: Answers): AssessmentResult {
  const decision = decide(answers);
  const confidence = assessConfidence(answers, decision.band);
  const reasons = explain(decision, answers, confidence);
  const architecture = adviseArchitecture(decision, answers);
  const missing = missingQuestionIds(answers);
  const band = verdictBand(decision.band);
  const main = reasons.find((r) => r.kind === 'gate' || r.kind === 'cap' || r.kind === 'tension');
  const summary = [
    missing.length > 0 ? `Provisional (${missing.length} questions not yet answered).` : undefined,
    `${band.label}: ${band.headline}`,
    main ? `The main reason: ${main.text}` : undefined,
    architecture.kind === 'fits'
      ? `Design that fits: ${architectures[architecture.architecture].title.toLowerCase()}.`
      : `What would serve better: ${architectures[architecture.architecture].title.toLowerCase()}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...decision,
    methodVersion,
    provisional: missing.length > 0,
    missingQuestionIds: missing,
    reasons,
    architecture,
    confidence,
    summary,
  };
}
