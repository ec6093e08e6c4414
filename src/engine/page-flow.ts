import { questionnairePages } from '@/framework/pages';
import type { Answers } from '@/schema/assessment-schema';
import { activeSkipRule } from './completeness';

/**
 * The page after `pageId`, passing over moot pages, or undefined at the end. Answers on passed-over pages
 * are kept, so changing an earlier answer back brings them back (the skip-logic bug of form engines).
 */
export function nextPageId(pageId: string, answers: Answers): string | undefined {
  const index = questionnairePages.findIndex((p) => p.id === pageId);
  return questionnairePages.slice(index + 1).find((p) => !activeSkipRule(p, answers))?.id;
}

export function previousPageId(pageId: string, answers: Answers): string | undefined {
  const index = questionnairePages.findIndex((p) => p.id === pageId);
  return questionnairePages
    .slice(0, Math.max(0, index))
    .reverse()
    .find((p) => !activeSkipRule(p, answers))?.id;
}
