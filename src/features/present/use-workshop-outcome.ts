import { useState } from 'react';
import type { Answers, Assessment, WorkshopRatings } from '@/schema/assessment-schema';
import { copyAssessment } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';

/**
 * "Save as workshop outcome": a new assessment with the answers as the room left them and, when a live
 * room rated anything, each revealed distribution and agreed rating.
 */
export function useWorkshopOutcome(source: Assessment, title: string) {
  const [saved, setSaved] = useState<string>();
  const saveOutcome = (answers: Answers, ratings: WorkshopRatings['ratings']) => {
    const outcome = copyAssessment(
      source,
      () => `${title}: workshop outcome ${new Date().toISOString().slice(0, 10)}`,
      {
        answers,
        ...(Object.keys(ratings).length > 0
          ? {
              workshop: {
                heldOn: new Date().toLocaleDateString('en-GB', {
                  day: 'numeric',
                  month: 'long',
                  year: 'numeric',
                }),
                ratings,
              },
            }
          : {}),
      },
    );
    useAssessmentsStore.getState().putAssessments([outcome]);
    setSaved(outcome.id);
  };
  return { saved, saveOutcome };
}
