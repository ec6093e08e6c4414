import { activeSkipRule } from '@/engine/completeness';
import { type QuestionnairePage, questionnairePages } from '@/framework/pages';
import type { Assessment } from '@/schema/assessment-schema';

export type PageStatus = 'notStarted' | 'inProgress' | 'completed' | 'notNeeded';

/** A page is completed when each of its questions has an answer ("Don't know" counts) and, for the
 * proposal page, the proposal has a title. */
export function pageStatus(page: QuestionnairePage, assessment: Assessment, ignoreSkips = false): PageStatus {
  const answered = page.questionIds.filter((id) => assessment.answers[id]?.value !== undefined).length;
  const touched = page.questionIds.some((id) => assessment.answers[id] !== undefined);
  const titled = !page.hasProposalFields || assessment.proposal.title.trim() !== '';
  if (answered === page.questionIds.length && titled) return 'completed';
  if (!ignoreSkips && activeSkipRule(page, assessment.answers)) return 'notNeeded';
  return answered > 0 || touched ? 'inProgress' : 'notStarted';
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  /** The first page still to do, to resume from. */
  readonly nextPageId: string | undefined;
}

export function assessmentProgress(assessment: Assessment, ignoreSkips = false): Progress {
  const statuses = questionnairePages.map((p) => ({
    id: p.id,
    status: pageStatus(p, assessment, ignoreSkips),
  }));
  const done = statuses.filter((s) => s.status === 'completed' || s.status === 'notNeeded').length;
  return {
    done,
    total: statuses.length,
    complete: done === statuses.length,
    nextPageId: statuses.find((s) => s.status === 'notStarted' || s.status === 'inProgress')?.id,
  };
}
