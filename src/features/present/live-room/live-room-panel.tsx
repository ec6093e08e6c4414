import { useEffect, useState } from 'react';
import type { AnswerValue } from '@/framework/question';
import { phoneQuestion } from './phone-question';
import type { useLiveRoom } from './use-live-room';

interface Props {
  room: ReturnType<typeof useLiveRoom>;
  /** The questions the current slide lets the room rate. */
  questionIds: readonly string[];
  /** Sets the agreed rating as the live answer: the verdict and charts redraw. */
  onAgree: (questionId: string, value: AnswerValue) => void;
}

/** The facilitator's controls for the room, in the presenter's side panel. */
export function LiveRoomPanel({ room, questionIds, onAgree }: Props) {
  const [chosen, setChosen] = useState(questionIds[0] ?? '');
  const [agreed, setAgreed] = useState('');
  useEffect(() => {
    setChosen(questionIds[0] ?? '');
  }, [questionIds]);
  const revealed = room.view?.revealed;
  const revealedQuestion = revealed ? phoneQuestion(revealed.questionId) : null;
  const median = revealed ? room.distributionOf(revealed.questionId)?.median : undefined;
  useEffect(() => {
    setAgreed(median === undefined || median === null ? '' : String(median));
  }, [median]);

  if (!room.view) {
    return (
      <section className="live-room-panel" aria-labelledby="live-room-heading">
        <h2 id="live-room-heading">Live room</h2>
        <p>Let the audience rate from their phones; votes are sealed so the relay cannot read them.</p>
        <button type="button" onClick={() => void room.start()}>
          Start live room
        </button>
        {room.problem ? (
          <p className="error-message" role="alert">
            {room.problem}
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section className="live-room-panel" aria-labelledby="live-room-heading">
      <h2 id="live-room-heading">Live room {room.view.code}</h2>
      <p className="live-room-link">
        Join link to share (it carries the room's key after the #):{' '}
        <a href={room.view.joinLink} target="_blank" rel="noreferrer">
          {room.view.joinLink.replace(/#.*/, '#…')}
        </a>
      </p>
      <p role="status">
        {room.connected ? 'Connected' : 'Reconnecting…'} · {room.view.count} in the room
        {room.asking
          ? ` · ${room.view.asking?.votes ?? 0} rated so far${room.changed > 0 ? `, ${room.changed} changed their rating` : ''} (hidden until you reveal)`
          : ''}
      </p>
      {room.names.length > 0 ? <p>Named (only you see this): {room.names.join(', ')}</p> : null}
      {questionIds.length > 0 ? (
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
      ) : (
        <p>This slide has nothing for the room to rate: go to a condition, obstacle or tension slide.</p>
      )}
      {room.asking ? (
        <button type="button" onClick={() => void room.reveal()}>
          Reveal the ratings
        </button>
      ) : null}
      {revealed && revealedQuestion ? (
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
          <label htmlFor="room-agreed">Agreed rating for {revealedQuestion.title}</label>
          <select id="room-agreed" value={agreed} onChange={(e) => setAgreed(e.target.value)}>
            <option value="">Choose…</option>
            {revealedQuestion.options.map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
          <button type="submit">Use the agreed rating</button>
        </form>
      ) : null}
      <button type="button" className="link-button" onClick={room.stop}>
        End the live room
      </button>
    </section>
  );
}
