import { renderSVG } from 'uqr';
import type { LiveView } from './use-live-room';

/** The QR code as an image: the join link's key material never leaves this page except to the phones. */
function JoinQr({ link }: { link: string }) {
  const svg = renderSVG(link, { border: 2 });
  return (
    <img
      className="room-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt="QR code that opens the join page on a phone"
    />
  );
}

function HowToJoin({ view }: { view: LiveView }) {
  if (view.locked)
    return (
      <div className="room-join">
        <p className="room-code">The room is closed to new phones · {view.count} in the room</p>
      </div>
    );
  return (
    <div className="room-join">
      <JoinQr link={view.joinLink} />
      <div>
        <p className="room-code">
          Join at <strong>{new URL(view.joinLink).host}/join.html</strong> with code{' '}
          <strong className="room-code-value">{view.code}</strong>
        </p>
        <p>
          Key: <span className="room-fingerprint">{view.fingerprint}</span> · {view.count} in the room
          {view.asking ? ` · ${view.asking.votes} rated ${view.asking.title}` : ''}
        </p>
      </div>
    </div>
  );
}

function Revealed({ revealed }: { revealed: NonNullable<LiveView['revealed']> }) {
  const most = Math.max(1, ...revealed.counts.map((c) => c.count));
  return (
    <section className="room-revealed" aria-label="How the room rated it">
      <h2>
        The room on {revealed.title}: {revealed.total} {revealed.total === 1 ? 'rating' : 'ratings'}
      </h2>
      {revealed.disagreement ? (
        <p className="room-disagree">
          <strong>The room disagrees:</strong> ratings spread over three or more points. Discuss before
          agreeing.
        </p>
      ) : null}
      <table className="room-histogram">
        <caption className="visually-hidden">Ratings from the room</caption>
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col">People</th>
            <th scope="col">
              <span className="visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {revealed.counts.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td className="room-count">{c.count}</td>
              <td aria-hidden="true">
                <span className="room-bar" style={{ width: `${(c.count / most) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revealed.late + revealed.excluded > 0 ? (
        <p>
          Also received: {revealed.late} late, {revealed.excluded} that could not be counted.
        </p>
      ) : null}
    </section>
  );
}

/**
 * On the projector: how to join (QR code sized for the back row, short code, key to compare) whenever the
 * room is open to new phones, how many are in and have voted, and after "Reveal" the spread as bars and a
 * table beside it. Never a single person's vote.
 */
export function RoomBanner({ view }: { view: LiveView }) {
  return (
    <section
      className={`room-banner${view.revealed ? ' room-banner-results' : ''}`}
      aria-label="Join the room"
    >
      <HowToJoin view={view} />
      {view.revealed ? <Revealed revealed={view.revealed} /> : null}
    </section>
  );
}
