import type { AnswerValue } from '@/framework/question';
import { type QuestionRole, roleOf } from '@/framework/question-roles';
import { allQuestions, type QuestionId } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';
import { bandAt, bandIndex } from './bands';
import { decide } from './decide';
import type { AnswerChange, Suggestion } from './result-types';
import { shownVerdictOf } from './shown-verdict';

export type Direction = 'better' | 'worse';
const maxSetSize = 3;
const maxSuggestions = 6;

function apply(answers: Answers, changes: readonly AnswerChange[]): Answers {
  const next: Answers = { ...answers };
  for (const c of changes) next[c.questionId] = { ...answers[c.questionId], value: c.to };
  return next;
}

/** Index distance between two answer values on a question's scale; used to prefer the smallest change. */
function distance(questionId: string, from: AnswerValue | undefined, to: AnswerValue): number {
  const options = allQuestions.find((q) => q.id === questionId)?.options ?? [];
  const a = options.findIndex((o) => o.value === from);
  const b = options.findIndex((o) => o.value === to);
  return a < 0 ? 1 : Math.abs(a - b);
}

/**
 * The smallest sets of answer changes that move the verdict at least one band in `direction`. Single changes
 * are tried first with every value; larger sets combine each question's most effective value, so the search
 * stays a few hundred evaluations.
 */
export function whatWouldChange(
  answers: Answers,
  direction: Direction = 'better',
  roles: readonly QuestionRole[] = ['lever', 'risk'],
  /** Questions to leave out of the search (e.g. the pre-screen, which is asked outright). */
  leaveOut: (id: QuestionId) => boolean = () => false,
): Suggestion[] {
  const questions = allQuestions.filter((q) => roles.includes(roleOf(q.id)) && !leaveOut(q.id));
  const shownIndex = (a: Answers) => {
    const shown = shownVerdictOf(a);
    return shown === 'undetermined' ? -1 : bandIndex(shown);
  };
  const current = shownIndex(answers);
  // Without a shown band there is nothing to move; a change that leaves too little known reaches no band.
  if (current < 0) return [];
  const target = direction === 'better' ? current + 1 : current - 1;
  if (target < 0 || target > 3) return [];
  const reaches = (band: number) => band >= 0 && (direction === 'better' ? band >= target : band <= target);
  const rank = (a: Answers) => {
    const d = decide(a);
    const score = bandIndex(d.band) * 1000 + d.fitScore - d.riskScore;
    return direction === 'better' ? score : -score;
  };

  const singles: { change: AnswerChange; rank: number; band: number }[] = [];
  for (const q of questions) {
    const from = answers[q.id]?.value;
    for (const option of q.options) {
      if (option.value === from) continue;
      const change = { questionId: q.id, from, to: option.value };
      const next = apply(answers, [change]);
      singles.push({ change, rank: rank(next), band: shownIndex(next) });
    }
  }
  const found = singles.filter((s) => reaches(s.band));
  if (found.length > 0) {
    // Keep the smallest sufficient change per question.
    const best = new Map<string, { change: AnswerChange; band: number }>();
    for (const s of found) {
      const kept = best.get(s.change.questionId)?.change;
      if (
        !kept ||
        distance(s.change.questionId, s.change.from, s.change.to) <
          distance(kept.questionId, kept.from, kept.to)
      )
        best.set(s.change.questionId, s);
    }
    return [...best.values()]
      .slice(0, maxSuggestions)
      .map((s) => ({ changes: [s.change], band: bandAt(s.band) }));
  }

  // Each question's most effective single change, as building blocks for larger sets.
  const strongest = new Map<string, { change: AnswerChange; rank: number }>();
  for (const s of singles) {
    const kept = strongest.get(s.change.questionId);
    if (!kept || s.rank > kept.rank) strongest.set(s.change.questionId, s);
  }
  const blocks = [...strongest.values()].sort((a, b) => b.rank - a.rank).map((s) => s.change);
  /** Each change pulled back to the smallest step that still reaches the band with the others: no overshoot. */
  const smallestSteps = (set: readonly AnswerChange[]): AnswerChange[] => {
    const result = [...set];
    result.forEach((change, i) => {
      const options = allQuestions.find((q) => q.id === change.questionId)?.options ?? [];
      const closer = options
        .filter((o) => o.value !== change.from)
        .map((o) => ({ ...change, to: o.value }))
        .sort((a, b) => distance(a.questionId, a.from, a.to) - distance(b.questionId, b.from, b.to));
      for (const candidate of closer) {
        const trial = result.map((c, j) => (j === i ? candidate : c));
        if (reaches(shownIndex(apply(answers, trial)))) {
          result[i] = candidate;
          break;
        }
      }
    });
    return result;
  };
  const suggestions: Suggestion[] = [];
  const search = (start: number, chosen: AnswerChange[], size: number) => {
    if (suggestions.length >= maxSuggestions) return;
    if (chosen.length === size) {
      if (!reaches(shownIndex(apply(answers, chosen)))) return;
      const smallest = smallestSteps(chosen);
      suggestions.push({ changes: smallest, band: bandAt(shownIndex(apply(answers, smallest))) });
      return;
    }
    for (let i = start; i < blocks.length; i++) {
      const block = blocks[i];
      if (block) search(i + 1, [...chosen, block], size);
    }
  };
  for (let size = 2; size <= maxSetSize && suggestions.length === 0; size++) search(0, [], size);
  return suggestions;
}
