import { proposalFields } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import type { ParseResult } from '@/lib/parse-result';
import { answerDomainProblems } from './answer-domain';
import { type Assessment, assessmentSchema } from './assessment-schema';

/** A field's name as the user knows it ("Title of the proposal"), not its path in the data. */
function fieldName(path: readonly PropertyKey[]): string {
  const [section, key, part] = path.map(String);
  if (section === 'proposal' && key && key in proposalFields)
    return proposalFields[key as keyof typeof proposalFields].label;
  if (section === 'answers' && key) {
    const name = findQuestion(key)?.shortName ?? key;
    return part === 'note' ? `The note for “${name}”` : `The answer to “${name}”`;
  }
  return path.length > 0 ? path.map(String).join('.') : 'The record';
}

/** One assessment checked on its own: shape, limits and answers on the scale. Never throws. */
export function validateAssessment(raw: unknown): ParseResult<Assessment> {
  const parsed = assessmentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((i) => `${fieldName(i.path)}: ${i.message}`),
    };
  }
  const problems = answerDomainProblems(parsed.data.answers, 'answers');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data };
}
