import type { SealedVote } from './protocol';

export type RatingValue = SealedVote['value'];

/** One device's latest vote on one question. */
export interface Ballot {
  readonly participant: string;
  readonly questionId: string;
  readonly value: RatingValue;
  readonly seq: number;
  /** Arrived while the question was not open (before it was asked, or after the reveal). */
  readonly late: boolean;
}

export type CountOutcome = 'counted' | 'replaced' | 'stale' | 'late' | 'excluded';

/**
 * Adds a vote as an upsert keyed by (participant, question): a re-vote replaces the earlier one, a
 * reconnect or a replayed message never counts twice, and an older message (lower seq) never replaces a
 * newer one. Late votes are kept apart and counted, never silently dropped.
 */
export function castVote(
  ballots: ReadonlyMap<string, Ballot>,
  vote: { participant: string; questionId: string; value: RatingValue; seq: number },
  context: { openQuestionId: string | null; validValues: readonly RatingValue[] },
): { ballots: Map<string, Ballot>; outcome: CountOutcome } {
  const next = new Map(ballots);
  if (!context.validValues.includes(vote.value)) return { ballots: next, outcome: 'excluded' };
  const late = context.openQuestionId !== vote.questionId;
  // Late votes are kept under their own key: they are shown as late, and never replace an on-time vote.
  const key = `${vote.participant} ${vote.questionId}${late ? ' late' : ''}`;
  const previous = ballots.get(key);
  if (previous && previous.seq >= vote.seq) return { ballots: next, outcome: 'stale' };
  next.set(key, { ...vote, late });
  return { ballots: next, outcome: late ? 'late' : previous ? 'replaced' : 'counted' };
}

export interface Distribution {
  readonly questionId: string;
  /** Votes per value, in scale order, "Don't know" last. */
  readonly counts: readonly { readonly value: RatingValue; readonly count: number }[];
  /** Votes counted (on time). */
  readonly total: number;
  readonly late: number;
  readonly excluded: number;
  /** How many different scale points (0-4) at least one person chose. */
  readonly spread: number;
  /** Real disagreement: answers spread over three or more scale points. */
  readonly disagreement: boolean;
  /** The middle rating of those counted (lower middle when even), or null if none rated on the scale. */
  readonly median: number | null;
}

export function distribution(
  ballots: ReadonlyMap<string, Ballot>,
  questionId: string,
  values: readonly RatingValue[],
  excluded = 0,
): Distribution {
  const onTime = [...ballots.values()].filter((b) => b.questionId === questionId && !b.late);
  const late = [...ballots.values()].filter((b) => b.questionId === questionId && b.late).length;
  const counts = values.map((value) => ({ value, count: onTime.filter((b) => b.value === value).length }));
  const scale = onTime
    .map((b) => b.value)
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => a - b);
  const spread = new Set(scale).size;
  return {
    questionId,
    counts,
    total: onTime.length,
    late,
    excluded,
    spread,
    disagreement: spread >= 3,
    median: scale.length > 0 ? (scale[Math.floor((scale.length - 1) / 2)] ?? null) : null,
  };
}
