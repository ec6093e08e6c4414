import { useEffect, useState } from 'react';
import type { AnswerValue } from '@/framework/question';
import { phoneQuestion } from './phone-question';
import type { useLiveRoom } from './use-live-room';

type Room = ReturnType<typeof useLiveRoom>;

interface Props {
  room: Room;
  /** The questions the current slide lets the room rate. */
  questionIds: readonly string[];
  /** Sets the agreed rating as the live answer: the verdict and charts redraw. */
  onAgree: (questionId: string, value: AnswerValue) => void;
}

function Problem({ text }: { text?: string }) {
  return text ? (
    <p className="error-message" role="alert">
      {text}
    </p>
  ) : null;
}

function AskTheRoom({ room, questionIds }: { room: Room; questionIds: readonly string[] }) {
  const [chosen, setChosen] = useState(questionIds[0] ?? '');
  useEffect(() => {
    setChosen(questionIds[0] ?? '');
  }, [questionIds]);
  if (questionIds.length === 0)
    return <p>This slide has nothing for the room to rate: go to a condition, obstacle or tension slide.</p>;
  return (
    <div className="live-room-ask">
      <label htmlFor="room-question">Question for the room</label>
      <select id="room-question" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {questionIds.map((id) => (
          <option key={id} value={id}>
            {phoneQuestion(id)?.title ?? id}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void room.ask(chosen)} disabled={!chosen}>
        {room.asking === chosen ? 'Ask again' : 'Ask the room'}
      </button>
    </div>
  );
}

function AgreeRating({ room, onAgree }: { room: Room; onAgree: Props['onAgree'] }) {
  const revealed = room.view?.revealed;
  const question = revealed ? phoneQuestion(revealed.questionId) : null;
  const median = revealed ? room.distributionOf(revealed.questionId)?.median : undefined;
  const [agreed, setAgreed] = useState('');
  useEffect(() => {
    setAgreed(median === undefined || median === null ? '' : String(median));
  }, [median]);
  if (!revealed || !question) return null;
  return (
    <form
      className="live-room-agree"
      onSubmit={(e) => {
        e.preventDefault();
        if (agreed === '') return;
        const value = agreed === 'dontKnow' ? 'dontKnow' : Number(agreed);
        room.agree(revealed.questionId, value);
        onAgree(revealed.questionId, value);
      }}
    >
      <label htmlFor="room-agreed">Agreed rating for {question.title}</label>
      <select id="room-agreed" value={agreed} onChange={(e) => setAgreed(e.target.value)}>
        <option value="">Choose…</option>
        {question.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="submit">Use the agreed rating</button>
    </form>
  );
}

/**
 * The facilitator's controls for the room, in the presenter's side panel. The data attributes carry the
 * live count for the room benchmark (last vote → full count on this page) and tests.
 */
export function LiveRoomPanel({ room, questionIds, onAgree }: Props) {
  if (!room.view) {
    return (
      <section className="live-room-panel" aria-labelledby="live-room-heading">
        <h2 id="live-room-heading">Live room</h2>
        <p>Let the audience rate from their phones; votes are sealed so the relay cannot read them.</p>
        <button type="button" onClick={() => void room.start()}>
          Start live room
        </button>
        <Problem text={room.problem} />
      </section>
    );
  }
  const { view } = room;
  return (
    <section
      className="live-room-panel"
      aria-labelledby="live-room-heading"
      data-live-room-code={view.code}
      data-live-room-in={view.count}
      data-live-room-joined={room.joined}
      data-live-room-asking={room.asking ?? ''}
      data-live-room-votes={room.votes}
    >
      <h2 id="live-room-heading">Live room {view.code}</h2>
      <p className="live-room-link">
        Join link to share (it carries the room's key after the #):{' '}
        <a href={view.joinLink} target="_blank" rel="noreferrer">
          {view.joinLink.replace(/#.*/, '#…')}
        </a>
      </p>
      <p role="status">
        {room.connected ? 'Connected' : 'Reconnecting…'} · {view.count} in the room · {room.joined} joined
        {room.asking
          ? ` · ${room.votes} rated so far${room.changed > 0 ? `, ${room.changed} changed their rating` : ''} (hidden until you reveal)`
          : ''}
      </p>
      <Problem text={room.problem} />
      {room.names.length > 0 ? <p>Named (only you see this): {room.names.join(', ')}</p> : null}
      <p>
        {view.locked ? 'Locked: only phones that joined before can come back.' : 'Open to new phones.'}{' '}
        <button type="button" aria-pressed={view.locked} onClick={() => room.lock(!view.locked)}>
          Lock the room
        </button>
      </p>
      <AskTheRoom room={room} questionIds={questionIds} />
      {room.asking ? (
        <button type="button" onClick={() => void room.reveal()}>
          Reveal the ratings
        </button>
      ) : null}
      <AgreeRating room={room} onAgree={onAgree} />
      <button type="button" className="link-button" onClick={room.end}>
        End the live room
      </button>
    </section>
  );
}
