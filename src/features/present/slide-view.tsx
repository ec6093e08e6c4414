import type { AnswerValue } from '@/framework/question';
import type { Slide } from '@/report/slides';
import type { Answers } from '@/schema/assessment-schema';
import { ChangeSlide, OpenQuestionsSlide, RegulatorySlide } from './closing-slides';
import { CoreFunctionsSlide, PrescreenSlide, QuestionSlide, TitleSlide } from './opening-slides';
import { ConditionSlide, RatingsGridSlide } from './rating-slides';
import { VerdictSlide } from './verdict-slide';

interface Props {
  slide: Slide;
  answers: Answers;
  title: string;
  compareWith: string;
  onChange?: (questionId: string, value: AnswerValue | undefined) => void;
  /** A unique prefix for control ids when two slides are on one page (current and next). */
  idPrefix: string;
}

/** One slide's content, in slide coordinates (1920 × 1080): one component per kind of slide. */
export function SlideView({ slide, answers, title, compareWith, onChange, idPrefix }: Props) {
  const rating = { answers, idPrefix, ...(onChange ? { onChange } : {}) };
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} />;
    case 'question':
      return <QuestionSlide slide={slide} />;
    case 'coreFunctions':
      return <CoreFunctionsSlide slide={slide} />;
    case 'prescreen':
      return <PrescreenSlide slide={slide} />;
    case 'condition':
      return <ConditionSlide slide={slide} {...rating} />;
    case 'obstacles':
    case 'tensions':
      return <RatingsGridSlide slide={slide} {...rating} />;
    case 'verdict':
      return <VerdictSlide slide={slide} answers={answers} title={title} compareWith={compareWith} />;
    case 'regulatory':
      return <RegulatorySlide slide={slide} />;
    case 'openQuestions':
      return <OpenQuestionsSlide slide={slide} />;
    case 'change':
      return <ChangeSlide slide={slide} />;
  }
}
