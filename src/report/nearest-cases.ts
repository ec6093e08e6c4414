import { isRealCase, workedExamples } from '@/framework/examples';
import { outcomeLabels } from '@/framework/examples/real-case';
import type { WorkedExample } from '@/framework/examples/worked-example';
import { allQuestions } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import type { Answers } from '@/schema/assessment-schema';
import { exampleToAssessment } from '@/schema/example-assessment';

export interface NearCase {
  readonly id: string;
  readonly title: string;
  /** 0 (identical answers) … 1 (opposite on every question both know). */
  readonly distance: number;
  /** How many questions both answered (the distance rests on these). */
  readonly compared: number;
  readonly outcome: string;
  readonly what: string;
}

const known = (v: unknown) => v !== undefined && v !== dontKnow;

/**
 * How far two sets of answers are apart over the questions both know: a rating differs by its steps over
 * the scale (0–4), any other answer by 0 or 1. Questions either side does not know are left out.
 */
export function answerDistance(a: Answers, b: Answers): { distance: number; compared: number } {
  let total = 0;
  let compared = 0;
  for (const q of allQuestions) {
    const x = a[q.id]?.value;
    const y = b[q.id]?.value;
    if (!known(x) || !known(y)) continue;
    compared++;
    total += typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) / 4 : x === y ? 0 : 1;
  }
  return { distance: compared === 0 ? 1 : total / compared, compared };
}

/**
 * The real cases nearest to these answers (never the illustrative examples), with what happened to them.
 * Deterministic: ties go to the case that shares more known answers, then by id. A case sharing fewer than
 * three known answers is too far to compare.
 */
let caseAnswers: { c: WorkedExample; answers: Answers }[] | undefined;

export function nearestCases(answers: Answers, count = 3): NearCase[] {
  // The cases' answers never change: built once, not on every what-if change.
  caseAnswers ??= workedExamples
    .filter(isRealCase)
    .map((c) => ({ c, answers: exampleToAssessment(c).answers }));
  return caseAnswers
    .map(({ c, answers: theirs }) => ({ c, ...answerDistance(answers, theirs) }))
    .filter((x) => x.compared >= 3)
    .sort((a, b) => a.distance - b.distance || b.compared - a.compared || a.c.id.localeCompare(b.c.id))
    .slice(0, count)
    .map(({ c, distance, compared }) => ({
      id: c.id,
      title: c.title.replace(' (real case)', ''),
      distance: Math.round(distance * 100) / 100,
      compared,
      outcome: outcomeLabels[c.outcome?.class ?? 'unknown'],
      what: c.outcome?.what ?? '',
    }));
}
