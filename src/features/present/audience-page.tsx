import { useEffect, useMemo } from 'react';
import { useLocation } from 'wouter';
import type { Assessment } from '../../schema/assessment-schema';
import { audiencePath, channelFor, slideFromParam, useDeckSource } from './deck-source';
import { toggleFullscreen } from './fullscreen';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { buildSlides } from './slides';
import { useDeckKeys } from './use-deck-keys';
import { usePresentation } from './use-presentation';
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
  const [location, navigate] = useLocation();
  const title = source.proposal.title || 'Untitled proposal';
  const count = useMemo(
    () => buildSlides(title, source.proposal.organisations, source.answers).length,
    [title, source],
  );
  const { state, goTo, setAnswer, toggleBlank } = usePresentation(
    channelFor(kind, id),
    { slide: slideFromParam(slideParam, count), answers: source.answers, blank: false, theme: 'light' },
    false,
  );
  const slides = useMemo(
    () => buildSlides(title, source.proposal.organisations, state.answers),
    [title, source, state.answers],
  );
  const current = slides[state.slide] ?? slides[0];

  useEffect(() => {
    const path = audiencePath(kind, id, state.slide);
    if (location !== path) navigate(path, { replace: true });
    document.title = `${current?.title ?? title} – Ledger Fit`;
  }, [state.slide, kind, id, location, navigate, current, title]);

  useDeckKeys({
    count: slides.length,
    current: state.slide,
    goTo,
    toggleBlank,
    toggleFullscreen,
    leave: () => window.close(),
  });
  if (!current) return null;
  return (
    <main className={`deck deck-${state.theme} audience`}>
      <h1 className="visually-hidden">{current.title}</h1>
      <SlideStage
        blank={state.blank}
        label={`Slide ${state.slide + 1} of ${slides.length}: ${current.title}`}
        onSwipe={(step) => goTo(Math.max(0, Math.min(slides.length - 1, state.slide + step)))}
      >
        <SlideView
          slide={current}
          answers={state.answers}
          title={title}
          compareWith={
            source.exampleId === 'patient-records' ? 'professional-credentials' : 'patient-records'
          }
          onChange={setAnswer}
          idPrefix="audience"
        />
      </SlideStage>
      <div className="audience-progress" aria-hidden="true">
        <div style={{ width: `${((state.slide + 1) / slides.length) * 100}%` }} />
      </div>
    </main>
  );
}
