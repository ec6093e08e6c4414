import { answerLabel } from '@/framework/answer-label';
import { findQuestion } from '@/framework/questions';
import type { Assessment } from '@/schema/assessment-schema';

export interface WorkshopRow {
  readonly questionId: string;
  readonly shortName: string;
  /** "Poorly met 2, Partially met 5, …": every answer the room gave, in scale order. */
  readonly spread: string;
  readonly total: number;
  readonly late: number;
  readonly excluded: number;
  /** Answers over three or more scale points: the room did not agree. */
  readonly disagreement: boolean;
  readonly agreed: string;
}

/** The room's ratings from a workshop, in questionnaire order, for the result page and the board paper. */
export function workshopRows(workshop: Assessment['workshop']): WorkshopRow[] {
  if (!workshop) return [];
  return Object.entries(workshop.ratings).map(([questionId, r]) => {
    const points = new Set(
      r.counts.filter((c) => c.count > 0 && typeof c.value === 'number').map((c) => c.value),
    );
    return {
      questionId,
      shortName: findQuestion(questionId)?.shortName ?? questionId,
      spread:
        r.counts
          .filter((c) => c.count > 0)
          .map((c) => `${answerLabel(questionId, c.value)} ${c.count}`)
          .join(', ') || 'No ratings',
      total: r.total,
      late: r.late,
      excluded: r.excluded,
      disagreement: points.size >= 3,
      agreed: r.agreed === undefined ? 'Not agreed' : answerLabel(questionId, r.agreed),
    };
  });
}
