import { findQuestion } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import type { Answers } from './assessment-schema';

/** Problems with answers that the shape check cannot see: unknown questions and values off the scale. */
export function answerDomainProblems(answers: Answers, path: string): string[] {
  const problems: string[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = findQuestion(questionId);
    if (!question) {
      problems.push(`${path}.${questionId}: there is no question with this id`);
      continue;
    }
    if (answer.value === undefined) continue;
    const allowed = question.options.some((o) => o.value === answer.value) || answer.value === dontKnow;
    if (!allowed) {
      const values = [...question.options.map((o) => JSON.stringify(o.value)), `"${dontKnow}"`].join(', ');
      problems.push(`${path}.${questionId}: ${JSON.stringify(answer.value)} is not one of ${values}`);
    }
  }
  return problems;
}
