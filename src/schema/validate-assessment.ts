import type { ParseResult } from '@/lib/parse-result';
import { answerDomainProblems } from './answer-domain';
import { type Assessment, assessmentSchema } from './assessment-schema';
import { recordFieldName } from './record-labels';

/** One assessment checked on its own: shape, limits and answers on the scale. Never throws. */
export function validateAssessment(raw: unknown): ParseResult<Assessment> {
  const parsed = assessmentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((i) => `${recordFieldName(i.path)}: ${i.message}`),
    };
  }
  const problems = answerDomainProblems(parsed.data.answers, 'answers');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data };
}
