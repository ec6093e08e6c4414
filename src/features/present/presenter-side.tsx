import type { ReactNode } from 'react';
import type { Slide } from '@/report/slides';
import { PresenterTimer } from './presenter-timer';
import { SectionTimebox } from './section-timebox';
import { SlideStage } from './slide-stage';

/** The presenter's own column: the live room's controls, the next slide, notes, timebox and timer. */
export function PresenterSide({
  room,
  current,
  next,
  nextSlide,
}: {
  /** The live room's panel. */
  room: ReactNode;
  current: Slide;
  next?: Slide;
  /** The next slide drawn, when there is one. */
  nextSlide: ReactNode;
}) {
  return (
    <aside className="presenter-side" aria-label="Presenter notes">
      {room}
      <h2>Next</h2>
      {next ? (
        <SlideStage label={`Next slide: ${next.title}`}>{nextSlide}</SlideStage>
      ) : (
        <p>End of the deck.</p>
      )}
      <h2>Notes</h2>
      <p className="notes">{current.notes}</p>
      <h2>Section timebox</h2>
      <SectionTimebox slideKind={current.kind} />
      <PresenterTimer />
      <p className="keys">
        Keys: → Space PageDown next · ← PageUp back · Home End · number then Enter · F · B · Esc
      </p>
    </aside>
  );
}
