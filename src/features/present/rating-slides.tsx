import { citeLabel } from '@/framework/guidance';
import { presentationText } from '@/framework/presentation';
import type { Slide } from '@/report/slides';
import { RatingControl, type RatingProps } from './rating-control';

type Of<K extends Slide['kind']> = Extract<Slide, { kind: K }>;

export function ConditionSlide({ slide, ...rating }: RatingProps & { slide: Of<'condition'> }) {
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      <p>{slide.statement}</p>
      <blockquote>“{slide.seedWords}”</blockquote>
      <p className="cite">{citeLabel(slide.section)}</p>
      <RatingControl questionId={slide.questionId} style="radios" {...rating} />
      {slide.note && (
        <p className="small evidence">
          {presentationText.evidence}: {slide.note}
        </p>
      )}
    </div>
  );
}

/** The obstacles or the tensions: one compact control each. */
export function RatingsGridSlide({
  slide,
  ...rating
}: RatingProps & { slide: Of<'obstacles' | 'tensions'> }) {
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      <div className="live-grid">
        {slide.questionIds.map((id) => (
          <div key={id}>
            <RatingControl questionId={id} style="select" {...rating} />
          </div>
        ))}
      </div>
    </div>
  );
}
