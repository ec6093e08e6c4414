import { confidenceThresholds } from '@/framework/method-text';
import { findQuestion } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';
import { readAnswer } from './answer-values';
import { neededQuestionIds } from './completeness';
import { decide } from './decide';
import type { Confidence } from './result-types';

/**
 * How far "Don't know" and missing answers leave the verdict open. An unknown answer is pivotal when some
 * answer to it would move the band: those are the ones to find out first.
 */
export function assessConfidence(answers: Answers, band: string): Confidence {
  const needed = neededQuestionIds(answers);
  const unknown = needed.filter((id) => readAnswer(answers, id).state !== 'known');
  const pivotal = unknown.filter((id) =>
    (findQuestion(id)?.options ?? []).some(
      (option) => decide({ ...answers, [id]: { value: option.value } }).band !== band,
    ),
  );
  const unknownShare = needed.length === 0 ? 0 : unknown.length / needed.length;
  const level =
    unknownShare > confidenceThresholds.lowAbove || pivotal.length >= confidenceThresholds.lowPivotalCount
      ? 'low'
      : unknownShare > confidenceThresholds.mediumAbove || pivotal.length > 0
        ? 'medium'
        : 'high';
  return {
    level,
    unknownShare: Math.round(unknownShare * 100) / 100,
    unknownQuestionIds: unknown,
    pivotalQuestionIds: pivotal,
  };
}
