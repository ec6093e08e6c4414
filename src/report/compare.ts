import { answerLabel } from '@/framework/answer-label';
import { allQuestions } from '@/framework/questions';
import type { Series } from './chart-data';

/** Rows of the answers that differ between the compared proposals (all rows when only one is chosen). */
export function differingAnswers(series: readonly Series[]) {
  return allQuestions
    .map((q) => ({
      questionId: q.id,
      shortName: q.shortName,
      answers: series.map((s) => answerLabel(q.id, s.answers[q.id]?.value)),
    }))
    .filter((row) => new Set(row.answers).size > 1);
}
