import { useLocation, useSearchParams } from 'wouter';
import type { QuestionnairePage } from '@/framework/pages';
import { nextPageId, previousPageId, stopsAfter } from '@/questionnaire-flow/page-flow';
import type { Answers } from '@/schema/assessment-schema';
import { useAssessmentsStore } from '@/store/assessments-store';

/**
 * Where the page's Back link and its Save button lead: the previous or next page that applies, the stop page,
 * or Check your answers when the user came from there (`?return=check`) or has answered the last page.
 * `full` is the user's choice to answer every page although the pre-screen ended the assessment.
 */
export function usePageNavigation(
  assessmentId: string,
  page: QuestionnairePage,
  answers: Answers,
  full: boolean,
) {
  const [, navigate] = useLocation();
  const [search] = useSearchParams();
  const returnToCheck = search.get('return') === 'check';
  const base = `/assessments/${assessmentId}`;
  const previous = previousPageId(page.id, answers, full);
  const backHref = returnToCheck ? `${base}/check` : previous ? `${base}/pages/${previous}` : base;

  const goOn = () => {
    const latest = useAssessmentsStore.getState().assessments[assessmentId]?.answers ?? {};
    // A pre-screen answer that ends the assessment gets a page of its own, never a silent jump to the end.
    if (!returnToCheck && !full && stopsAfter(page.id, latest)) return navigate(`${base}/stopped`);
    const next = nextPageId(page.id, latest, full);
    navigate(returnToCheck || !next ? `${base}/check` : `${base}/pages/${next}`);
  };

  return { backHref, taskListHref: base, returnToCheck, goOn };
}
