import { activeSkipRule } from '@/engine/completeness';
import { type QuestionnairePage, questionnairePages } from '@/framework/pages';
import type { SkipRule } from '@/framework/question';
import type { Answers } from '@/schema/assessment-schema';

/**
 * The page after `pageId`, passing over moot pages (unless the user chose to continue the full assessment),
 * or undefined at the end. Answers on passed-over pages are kept, so changing an earlier answer back brings
 * them back (the skip-logic bug of form engines).
 */
export function nextPageId(pageId: string, answers: Answers, ignoreSkips = false): string | undefined {
  const index = questionnairePages.findIndex((p) => p.id === pageId);
  return questionnairePages.slice(index + 1).find((p) => ignoreSkips || !activeSkipRule(p, answers))?.id;
}

export function previousPageId(pageId: string, answers: Answers, ignoreSkips = false): string | undefined {
  const index = questionnairePages.findIndex((p) => p.id === pageId);
  return questionnairePages
    .slice(0, Math.max(0, index))
    .reverse()
    .find((p) => ignoreSkips || !activeSkipRule(p, answers))?.id;
}

/** The pre-screen ends the assessment here: the next page would be skipped as moot. */
export function stopsAfter(pageId: string, answers: Answers): boolean {
  return nextPageId(pageId, answers, true) !== nextPageId(pageId, answers, false);
}

/**
 * The pre-screen's skip rule that makes this page moot for these answers (its reason is shown on the task list,
 * the page and check your answers), or undefined when the page is asked; none when the user chose to continue
 * the full assessment.
 */
export function skipRuleOf(
  page: QuestionnairePage,
  answers: Answers,
  ignoreSkips = false,
): SkipRule | undefined {
  return ignoreSkips ? undefined : activeSkipRule(page, answers);
}
