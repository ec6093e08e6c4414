import { answerLabel } from '@/framework/answer-label';
import type { AnswerValue } from '@/framework/question';
import { findQuestion } from '@/framework/questions';
import type { Answers } from '@/schema/assessment-schema';
import { LiveRating } from './slide-controls';

export interface RatingProps {
  answers: Answers;
  onChange?: (questionId: string, value: AnswerValue | undefined) => void;
  /** A unique prefix for control ids when two slides are on one page (current and next). */
  idPrefix: string;
}

/** A question's rating on a slide: a live control for the presenter, the answer in words for the audience. */
export function RatingControl({
  questionId,
  style,
  answers,
  onChange,
  idPrefix,
}: RatingProps & { questionId: string; style: 'radios' | 'select' }) {
  return onChange ? (
    <LiveRating
      questionId={questionId}
      answers={answers}
      onChange={onChange}
      style={style}
      idPrefix={idPrefix}
    />
  ) : (
    <p>
      {findQuestion(questionId)?.shortName}:{' '}
      <strong>{answerLabel(questionId, answers[questionId]?.value)}</strong>
    </p>
  );
}
