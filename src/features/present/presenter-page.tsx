import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Assessment } from '@/schema/assessment-schema';
import { copyAssessment } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { audiencePath, useDeckSource } from './deck-source';
import { toggleFullscreen } from './fullscreen';
import { LiveRoomPanel } from './live-room/live-room-panel';
import { rateableQuestions } from './live-room/phone-question';
import { RoomBanner } from './live-room/room-banner';
import { useLiveRoom } from './live-room/use-live-room';
import { SectionTimebox } from './section-timebox';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { useDeck } from './use-deck';
import type { Theme } from './use-presentation';
import './present.css';

export function PresenterPage({ kind, id, slide }: { kind: string; id: string; slide?: string }) {
  const source = useDeckSource(kind, id);
  if (!source) {
    return (
      <main className="deck-missing">
        <h1>Nothing to present</h1>
        <p>
          This assessment is not saved in this browser. <Link href="/">Go to my assessments</Link>.
        </p>
      </main>
    );
  }
  return <Presenter kind={kind} id={id} source={source} slideParam={slide} />;
}

const sourcePage = (kind: string, id: string) =>
  kind === 'a' ? `/assessments/${id}/result` : `/examples/${id}`;
const formatTime = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

function useTimer() {
  const [startedAt, setStartedAt] = useState<number | undefined>(() => Date.now());
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const elapsed = Math.floor((offset + (startedAt ? now - startedAt : 0)) / 1000);
  return {
    elapsed,
    running: startedAt !== undefined,
    toggle: () => {
      if (startedAt) {
        setOffset((o) => o + Date.now() - startedAt);
        setStartedAt(undefined);
      } else setStartedAt(Date.now());
    },
    reset: () => {
      setOffset(0);
      setStartedAt(Date.now());
    },
  };
}

function Presenter({
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
  const [, navigate] = useLocation();
  const { state, goTo, setAnswer, toggleBlank, setTheme, setLive, title, slides, current, compareWith } =
    useDeck({
      kind,
      id,
      source,
      slideParam,
      role: 'presenter',
      leave: () => navigate(sourcePage(kind, id)),
    });
  const next = slides[state.slide + 1];
  const timer = useTimer();
  const [saved, setSaved] = useState<string>();
  const room = useLiveRoom();
  useEffect(() => setLive(room.view), [room.view, setLive]);
  const roomQuestions = useMemo(() => (current ? rateableQuestions(current) : []), [current]);

  const saveOutcome = () => {
    const outcome = copyAssessment(
      source,
      () => `${title}: workshop outcome ${new Date().toISOString().slice(0, 10)}`,
      {
        answers: state.answers,
        ...(Object.keys(room.ratings).length > 0
          ? {
              workshop: {
                heldOn: new Date().toLocaleDateString('en-GB', {
                  day: 'numeric',
                  month: 'long',
                  year: 'numeric',
                }),
                ratings: room.ratings,
              },
            }
          : {}),
      },
    );
    useAssessmentsStore.getState().putAssessments([outcome]);
    setSaved(outcome.id);
  };
  if (!current) return null;
  const themeClass = `deck deck-${state.theme}`;

  return (
    <div className={`${themeClass} presenter`}>
      <header className="presenter-bar">
        <h1>
          Presenting: {title}{' '}
          <span className="slide-count">
            Slide {state.slide + 1} of {slides.length}
          </span>
        </h1>
        <div
          className="progress"
          role="progressbar"
          aria-label="Progress through the slides"
          aria-valuemin={1}
          aria-valuemax={slides.length}
          aria-valuenow={state.slide + 1}
        >
          <div style={{ width: `${((state.slide + 1) / slides.length) * 100}%` }} />
        </div>
        <nav aria-label="Slide controls" className="presenter-controls">
          <button type="button" onClick={() => goTo(state.slide - 1)} disabled={state.slide === 0}>
            ← Previous
          </button>
          <button
            type="button"
            onClick={() => goTo(state.slide + 1)}
            disabled={state.slide === slides.length - 1}
          >
            Next →
          </button>
          <button type="button" aria-pressed={state.blank} onClick={toggleBlank}>
            {state.blank ? 'Show the slide (B)' : 'Blank the screen (B)'}
          </button>
          <button type="button" onClick={toggleFullscreen}>
            Full screen (F)
          </button>
          <button
            type="button"
            onClick={() =>
              window.open(
                audiencePath(kind, id, state.slide),
                `ledger-fit-audience-${id}`,
                'popup,width=1280,height=720',
              )
            }
          >
            Open audience view
          </button>
          <label>
            Theme{' '}
            <select value={state.theme} onChange={(e) => setTheme(e.target.value as Theme)}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <button type="button" onClick={saveOutcome}>
            Save as workshop outcome
          </button>
          <Link href={sourcePage(kind, id)}>Leave (Esc)</Link>
        </nav>
        <p role="status" className="presenter-status">
          {saved ? (
            <>
              Saved as a new assessment.{' '}
              <Link href={`/assessments/${saved}/result`}>Open the workshop outcome</Link>
            </>
          ) : (
            ''
          )}
        </p>
      </header>
      <div className="presenter-main">
        <SlideStage
          blank={state.blank}
          label={`Current slide: ${current.title}`}
          onSwipe={(step) => goTo(state.slide + step)}
        >
          <SlideView
            slide={current}
            answers={state.answers}
            title={title}
            compareWith={compareWith}
            onChange={setAnswer}
            idPrefix="current"
          />
        </SlideStage>
        {state.live ? <RoomBanner view={state.live} /> : null}
        <aside className="presenter-side" aria-label="Presenter notes">
          <LiveRoomPanel room={room} questionIds={roomQuestions} onAgree={setAnswer} />
          <h2>Next</h2>
          {next ? (
            <SlideStage label={`Next slide: ${next.title}`}>
              <SlideView
                slide={next}
                answers={state.answers}
                title={title}
                compareWith={compareWith}
                idPrefix="next"
              />
            </SlideStage>
          ) : (
            <p>End of the deck.</p>
          )}
          <h2>Notes</h2>
          <p className="notes">{current.notes}</p>
          <h2>Section timebox</h2>
          <SectionTimebox slideKind={current.kind} />
          <h2>Timer</h2>
          <p className="timer" aria-live="off">
            {formatTime(timer.elapsed)}
          </p>
          <button type="button" onClick={timer.toggle}>
            {timer.running ? 'Pause timer' : 'Start timer'}
          </button>{' '}
          <button type="button" onClick={timer.reset}>
            Reset timer
          </button>
          <p className="keys">
            Keys: → Space PageDown next · ← PageUp back · Home End · number then Enter · F · B · Esc
          </p>
        </aside>
      </div>
    </div>
  );
}
