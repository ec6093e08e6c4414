import { useEffect, useMemo } from 'react';
import { useLocation } from 'wouter';
import { buildReport } from '@/report/build-report';
import { buildSlides } from '@/report/slides';
import type { Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { audiencePath, channelFor, presenterPath, slideFromParam } from './deck-source';
import { toggleFullscreen } from './fullscreen';
import { useDeckKeys } from './use-deck-keys';
import { usePresentation } from './use-presentation';

interface DeckOptions {
  kind: string;
  id: string;
  source: Assessment;
  slideParam?: string;
  /** The presenter answers the audience window's "hello" with the current state. */
  role: 'presenter' | 'audience';
  leave: () => void;
}

/**
 * Everything both windows of a presentation share: the live state kept in step between them, the deck
 * built from the live answers, the slide number in the URL, and the keys.
 */
export function useDeck({ kind, id, source, slideParam, role, leave }: DeckOptions) {
  const [location, navigate] = useLocation();
  const title = displayTitle(source);
  const count = useMemo(() => buildSlides(buildReport(source)).length, [source]);
  const presentation = usePresentation(
    channelFor(kind, id),
    { slide: slideFromParam(slideParam, count), answers: source.answers, blank: false, theme: 'light' },
    role === 'presenter',
  );
  const { state } = presentation;
  const slides = useMemo(
    () => buildSlides(buildReport({ answers: state.answers, proposal: source.proposal })),
    [source, state.answers],
  );
  const current = slides[state.slide] ?? slides[0];
  const goTo = (slide: number) => presentation.goTo(Math.max(0, Math.min(slides.length - 1, slide)));

  useEffect(() => {
    const path = (role === 'presenter' ? presenterPath : audiencePath)(kind, id, state.slide);
    if (location !== path) navigate(path, { replace: true });
  }, [role, state.slide, kind, id, location, navigate]);

  useDeckKeys({
    count: slides.length,
    current: state.slide,
    goTo: presentation.goTo,
    toggleBlank: presentation.toggleBlank,
    toggleFullscreen,
    leave,
  });

  return {
    ...presentation,
    goTo,
    title,
    slides,
    current,
    compareWith: source.exampleId === 'patient-records' ? 'professional-credentials' : 'patient-records',
  };
}
