import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { QuestionnairePage } from '@/framework/pages';
import { useAssessmentsStore } from '@/store/assessments-store';
import { useStorageStatus } from '@/store/storage-status';
import { useTeamActivity } from '@/store/team-activity-store';
import { type PageValues, toFormValues } from './page-form';

/**
 * Another tab saved, or a colleague changed a team assessment: the form shows those answers instead of stale
 * ones. It is reset, not remounted, so focus stays put; errors and the submit count are kept.
 */
export function useChangesMadeElsewhere(
  assessmentId: string,
  page: QuestionnairePage,
  form: UseFormReturn<PageValues>,
) {
  const { getValues, reset } = form;
  const revision = useStorageStatus((s) => s.externalRevision) + useTeamActivity((s) => s.remoteRevision);
  useEffect(() => {
    if (revision === 0) return;
    const saved = useAssessmentsStore.getState().assessments[assessmentId];
    if (!saved) return;
    const fresh = toFormValues(page, saved);
    if (JSON.stringify(fresh) !== JSON.stringify(getValues()))
      reset(fresh, { keepErrors: true, keepSubmitCount: true });
  }, [revision, assessmentId, page, getValues, reset]);
}
