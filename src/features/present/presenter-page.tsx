import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import type { Assessment } from '@/schema/assessment-schema';
import { useDeckSource } from './deck-source';
import { LiveRoomPanel } from './live-room/live-room-panel';
import { rateableQuestions } from './live-room/phone-question';
import { RoomBanner } from './live-room/room-banner';
import { useLiveRoom } from './live-room/use-live-room';
import { PresenterBar } from './presenter-bar';
import { PresenterSide } from './presenter-side';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { useDeck } from './use-deck';
import { useWorkshopOutcome } from './use-workshop-outcome';
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

/** The live room kept in step with the deck: the projector's copy follows it, results go with the slide. */
function useDeckRoom(deck: ReturnType<typeof useDeck>) {
  const room = useLiveRoom();
  const { setLive, current } = deck;
  useEffect(() => setLive(room.view), [room.view, setLive]);
  const { clearResults } = room;
  const slide = deck.state.slide;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the slide changes, and only then.
  useEffect(() => clearResults(), [slide, clearResults]);
  const questions = useMemo(() => (current ? rateableQuestions(current) : []), [current]);
  return { room, questions };
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
  const deck = useDeck({
    kind,
    id,
    source,
    slideParam,
    role: 'presenter',
    leave: () => navigate(sourcePage(kind, id)),
  });
  const { state, goTo, setAnswer, toggleBlank, setTheme, title, slides, current, compareWith } = deck;
  const { room, questions } = useDeckRoom(deck);
  const outcome = useWorkshopOutcome(source, title);
  if (!current) return null;
  const next = slides[state.slide + 1];

  return (
    <div className={`deck deck-${state.theme} presenter`}>
      <PresenterBar
        kind={kind}
        id={id}
        title={title}
        slide={state.slide}
        count={slides.length}
        blank={state.blank}
        theme={state.theme}
        leaveTo={sourcePage(kind, id)}
        saved={outcome.saved}
        goTo={goTo}
        toggleBlank={toggleBlank}
        setTheme={setTheme}
        saveOutcome={() => outcome.saveOutcome(state.answers, room.ratings)}
      />
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
        <PresenterSide
          room={<LiveRoomPanel room={room} questionIds={questions} onAgree={setAnswer} />}
          current={current}
          next={next}
          nextSlide={
            next ? (
              <SlideView
                slide={next}
                answers={state.answers}
                title={title}
                compareWith={compareWith}
                idPrefix="next"
              />
            ) : null
          }
        />
      </div>
    </div>
  );
}
