import { type QuestionnairePage, questionnairePages } from '@/framework/pages';
import type { SkipRule } from '@/framework/question';
import { isQuestionId, type QuestionId } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';
import { answerEquals } from './answer-values';

/** The first skip rule that holds for a page, if any: the page is then moot (its answers are kept). */
export function activeSkipRule(page: QuestionnairePage, answers: Answers): SkipRule | undefined {
  return page.skipWhen.find((rule) =>
    rule.allOf.every(
      (clause) => isQuestionId(clause.question) && answerEquals(answers, clause.question, clause.equals),
    ),
  );
}

/** Questions whose answers can still change the verdict: those on pages that are not moot. */
export function neededQuestionIds(answers: Answers): QuestionId[] {
  return questionnairePages.filter((p) => !activeSkipRule(p, answers)).flatMap((p) => p.questionIds);
}

export function missingQuestionIds(answers: Answers): QuestionId[] {
  return neededQuestionIds(answers).filter((id) => answers[id]?.value === undefined);
}
