import { useForm } from 'react-hook-form';
import type { QuestionnairePage } from '@/framework/pages';
import { skipRuleOf } from '@/questionnaire-flow/page-flow';
import type { Assessment } from '@/schema/assessment-schema';
import { useAssessmentsStore } from '@/store/assessments-store';
import { type PageValues, pageResolver, toFormValues } from './page-form';

/**
 * The page's react-hook-form, filled from the saved assessment. Its answers may be left empty when skip logic
 * makes the page moot, judged on the latest saved answers at each validation, not those of the first render.
 */
export function usePageForm(assessment: Assessment, page: QuestionnairePage) {
  return useForm<PageValues>({
    defaultValues: toFormValues(page, assessment),
    resolver: pageResolver(page, () =>
      Boolean(skipRuleOf(page, useAssessmentsStore.getState().assessments[assessment.id]?.answers ?? {})),
    ),
    // The error summary takes focus on a failed submission; its links lead to the fields.
    shouldFocusError: false,
  });
}
