import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { useAssessmentsStore } from '@/store/assessments-store';
import { statusMessage } from './status-message';
import { parseTeamFragment, relayOrigin } from './team-binding';
import { joinTeam, type TeamSession } from './team-session';

/** /team#d=…&k=…: a colleague's team link. Asks a name, joins, and opens the assessment once it arrives. */
export function JoinTeamPage() {
  const [link] = useState(() => parseTeamFragment(window.location.hash));
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const [session, setSession] = useState<TeamSession>();
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<string>();
  // The key is read, then dropped from the address bar (and so from history and screenshots).
  useEffect(() => {
    if (window.location.hash) history.replaceState(null, '', window.location.pathname);
  }, []);
  useEffect(() => {
    if (!session) return;
    const id = session.binding.assessmentId;
    const check = () => {
      setStatus(statusMessage(session.status, relayOrigin()));
      if (useAssessmentsStore.getState().assessments[id]) navigate(`/assessments/${id}`);
    };
    check();
    const stopSession = session.subscribe(check);
    const stopStore = useAssessmentsStore.subscribe(check);
    return () => {
      stopSession();
      stopStore();
    };
  }, [session, navigate]);
  if (!link)
    return (
      <>
        <PageHeading title="Team link not readable">This team link cannot be read</PageHeading>
        <p>It may have been cut short when it was copied. Ask your colleague to send it again.</p>
      </>
    );
  return (
    <>
      <PageHeading title="Join a team assessment">Join a team assessment</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setProblem('Enter your name, as your colleagues know you.');
          void joinTeam(link.docId, link.key, name.trim()).then(setSession, (err: unknown) =>
            setProblem((err as Error).message),
          );
        }}
      >
        <div className={`form-group${problem ? ' form-group-error' : ''}`}>
          <label className="label" htmlFor="join-name">
            Your name
          </label>
          <p className="hint" id="join-name-hint">
            As your colleagues know you: it shows beside the answers you set and in the history.
          </p>
          {problem && (
            <p className="error-message" id="join-name-error">
              <span className="visually-hidden">Error:</span> {problem}
            </p>
          )}
          <input
            id="join-name"
            className="input"
            autoComplete="name"
            maxLength={200}
            aria-describedby={`join-name-hint${problem ? ' join-name-error' : ''}`}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={Boolean(session)}>
          Join
        </button>
      </form>
      {status && <p role="status">{status}</p>}
    </>
  );
}
