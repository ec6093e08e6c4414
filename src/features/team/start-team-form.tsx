import { useState } from 'react';
import type { Assessment } from '@/schema/assessment-schema';
import { startTeam, type TeamSession } from './team-session';

/** "Work on this with others": asks the person's name, then makes the team link. */
export function StartTeamForm({
  assessment,
  onStarted,
}: {
  assessment: Assessment;
  onStarted: (s: TeamSession) => void;
}) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const [working, setWorking] = useState(false);
  const start = async () => {
    if (!name.trim()) return setProblem('Enter your name, as your colleagues know you.');
    setWorking(true);
    try {
      onStarted(await startTeam(assessment, name.trim()));
    } catch (error) {
      setProblem(`Could not start: ${(error as Error).message}`);
    } finally {
      setWorking(false);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <p>
        Colleagues who open the team link edit this assessment with you: answers, notes, the proposal and the
        hazard log. Everything is sealed in this browser with a key that travels only in the link, after the
        “#”; the relay passes on and keeps only what it cannot read. It needs a relay (“npm run room”);
        without one, nothing else changes.
      </p>
      <div className={`form-group${problem ? ' form-group-error' : ''}`}>
        <label className="label" htmlFor="team-name">
          Your name
        </label>
        <p className="hint" id="team-name-hint">
          As your colleagues know you: it shows beside the answers you set and in the history.
        </p>
        {problem && (
          <p className="error-message" id="team-name-error">
            <span className="visually-hidden">Error:</span> {problem}
          </p>
        )}
        <input
          id="team-name"
          className="input"
          autoComplete="name"
          maxLength={200}
          aria-describedby={`team-name-hint${problem ? ' team-name-error' : ''}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={working}>
        Work on this with others
      </button>
    </form>
  );
}
