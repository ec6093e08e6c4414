import { confidenceThresholds } from '@/framework/method-numbers';
import type { AnswerValue } from '@/framework/question';
import { findQuestion, type QuestionId } from '@/framework/questions';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { readAnswer } from './answer-values';
import { bandIndex } from './bands';
import { neededQuestionIds } from './completeness';
import { decide } from './decide';
import type { Confidence } from './result-types';
import { shownVerdictOf } from './shown-verdict';

type Extreme = 'best' | 'worst';

const with1 = (answers: Answers, id: QuestionId, value: AnswerValue): Answers => ({
  ...answers,
  [id]: { ...answers[id], value },
});

/** How good an outcome is, for choosing each unknown's extreme answer: the band first, then fit minus risk. */
function goodness(answers: Answers): number {
  const d = decide(answers);
  return bandIndex(d.band) * 1000 + d.fitScore - d.riskScore;
}

/**
 * Every unknown answered at its best (or worst) value, each chosen as the value that alone does most good (or
 * harm); ties go to the first option, so the fill is deterministic. The witness that "together, the unknowns
 * could move the verdict".
 */
export function extremeFill(answers: Answers, unknownIds: readonly QuestionId[], extreme: Extreme): Answers {
  const filled: Answers = { ...answers };
  for (const id of unknownIds) {
    let chosen: { value: AnswerValue; goodness: number } | undefined;
    for (const option of findQuestion(id)?.options ?? []) {
      const g = goodness(with1(answers, id, option.value));
      const better =
        extreme === 'best' ? g > (chosen?.goodness ?? -Infinity) : g < (chosen?.goodness ?? Infinity);
      if (better) chosen = { value: option.value, goodness: g };
    }
    if (chosen) filled[id] = { ...answers[id], value: chosen.value };
  }
  return filled;
}

/**
 * How far "Don't know" and missing answers leave the shown verdict (a band, or "Not enough answers yet") open.
 * An unknown is pivotal when some answer to it, alone, would change the shown verdict: a claim that an answer
 * "could move the verdict" is then true of that answer. Confidence is high whenever no unknown can move the
 * verdict, alone or all together at either extreme (however many there are); otherwise low when many are
 * unknown, several are pivotal or no band can be given yet, and medium otherwise.
 */
export function assessConfidence(answers: Answers): Confidence {
  const shown: ShownVerdictId = shownVerdictOf(answers);
  const needed = neededQuestionIds(answers);
  const unknown = needed.filter((id) => readAnswer(answers, id).state !== 'known');
  const pivotal = unknown.filter((id) =>
    (findQuestion(id)?.options ?? []).some(
      (option) => shownVerdictOf(with1(answers, id, option.value)) !== shown,
    ),
  );
  const jointly: Extreme[] =
    unknown.length === 0
      ? []
      : (['best', 'worst'] as const).filter(
          (e) => shownVerdictOf(extremeFill(answers, unknown, e)) !== shown,
        );
  const open = pivotal.length > 0 || jointly.length > 0;
  const unknownShare = needed.length === 0 ? 0 : unknown.length / needed.length;
  const level = !open
    ? 'high'
    : shown === 'undetermined' ||
        unknownShare > confidenceThresholds.lowAbove ||
        pivotal.length >= confidenceThresholds.lowPivotalCount
      ? 'low'
      : 'medium';
  return {
    level,
    unknownShare: Math.round(unknownShare * 100) / 100,
    unknownQuestionIds: unknown,
    pivotalQuestionIds: pivotal,
    movedTogether: jointly,
  };
}
