import { answerChoices } from '@/framework/answer-label';
import { findQuestion } from '@/framework/questions';
import type { PhoneQuestion } from '@/live-room/protocol';
import type { RatingValue } from '@/live-room/tally';

/** The question as a phone shows it: its title, the prompt and the scale's answers with "Don't know". */
export function phoneQuestion(questionId: string): PhoneQuestion | null {
  const question = findQuestion(questionId);
  if (!question) return null;
  return {
    questionId,
    title: question.shortName,
    prompt: question.label.slice(0, 600),
    options: answerChoices(questionId).map((o) => ({
      value: (o.value === 'dontKnow' ? 'dontKnow' : Number(o.value)) as RatingValue,
      label: o.label,
    })),
  };
}

/** The questions a slide lets the room rate: a condition slide its one condition, others each listed. */
export function rateableQuestions(slide: {
  kind: string;
  questionId?: string;
  questionIds?: readonly string[];
}) {
  if (slide.kind === 'condition' && slide.questionId) return [slide.questionId];
  if ((slide.kind === 'obstacles' || slide.kind === 'tensions') && slide.questionIds)
    return [...slide.questionIds];
  return [];
}
