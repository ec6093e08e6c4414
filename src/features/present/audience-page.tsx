import { useEffect } from 'react';
import type { Assessment } from '@/schema/assessment-schema';
import { useDeckSource } from './deck-source';
import { RoomBanner } from './live-room/room-banner';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { useDeck } from './use-deck';
import './present.css';

export function AudiencePage({ kind, id, slide }: { kind: string; id: string; slide?: string }) {
  const source = useDeckSource(kind, id);
  if (!source) {
    return (
      <main className="deck-missing">
        <h1>Nothing to show</h1>
        <p>This assessment is not saved in this browser.</p>
      </main>
    );
  }
  return <Audience kind={kind} id={id} source={source} slideParam={slide} />;
}

/** The audience's window: only the slide, full window, in step with the presenter. */
function Audience({
  kind,
  id,
  source,
  slideParam,
}: {
  kind: string;
  id: string;
  source: Assessment;
  slideParam?: string;
}) {
  const { state, goTo, setAnswer, title, slides, current, compareWith } = useDeck({
    kind,
    id,
    source,
    slideParam,
    role: 'audience',
    leave: () => window.close(),
  });
  useEffect(() => {
    document.title = `${current?.title ?? title} – Ledger Fit`;
  }, [current, title]);
  if (!current) return null;
  return (
    <main className={`deck deck-${state.theme} audience${state.blank ? ' deck-blank' : ''}`}>
      <h1 className="visually-hidden">{current.title}</h1>
      <SlideStage
        blank={state.blank}
        label={`Slide ${state.slide + 1} of ${slides.length}: ${current.title}`}
        onSwipe={(step) => goTo(state.slide + step)}
      >
        <SlideView
          slide={current}
          answers={state.answers}
          title={title}
          compareWith={compareWith}
          onChange={setAnswer}
          idPrefix="audience"
        />
      </SlideStage>
      {state.live && !state.blank ? <RoomBanner view={state.live} /> : null}
      <div className="audience-progress" aria-hidden="true">
        <div style={{ width: `${((state.slide + 1) / slides.length) * 100}%` }} />
      </div>
    </main>
  );
}
