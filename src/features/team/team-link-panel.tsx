import { useState } from 'react';
import { teamLink } from './team-binding';
import { rotateTeam, type TeamSession } from './team-session';

/** The team link to give colleagues, and "New team link" to revoke it. */
export function TeamLinkPanel({
  session,
  onRotated,
}: {
  session: TeamSession;
  onRotated: (s: TeamSession) => void;
}) {
  const link = teamLink(window.location.origin, session.binding.docId, session.binding.key);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Team link copied.');
    } catch {
      setStatus('Select the link and copy it.');
    }
  };
  const rotate = async () => {
    setStatus('Making a new link…');
    onRotated(await rotateTeam(session));
    setStatus(
      'New team link made: the old one no longer receives changes. Give the new one to those who should keep working.',
    );
  };
  return (
    <section aria-labelledby="team-link-heading">
      <h2 id="team-link-heading">Team link</h2>
      <p>
        Give it to colleagues another way than the assessment itself (it holds the key). Anyone with it can
        edit.
      </p>
      <label className="label" htmlFor="team-link">
        Link for your colleagues
      </label>
      <input
        id="team-link"
        className="input"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="button-group">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Copy team link
        </button>
        <button type="button" className="button button-secondary" onClick={() => void rotate()}>
          New team link (the old one stops)
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
