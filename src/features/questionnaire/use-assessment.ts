import type { Assessment } from '@/schema/assessment-schema';
import { useAssessmentsStore } from '@/store/assessments-store';

export function useAssessment(id: string): Assessment | undefined {
  return useAssessmentsStore((s) => s.assessments[id]);
}
