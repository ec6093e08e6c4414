import { useEffect, useState, useSyncExternalStore } from 'react';
import { sessionFor, type TeamSession } from './team-session';

/** The running session of a team assessment (started on first use), or undefined when it has none. */
export function useTeamSession(assessmentId: string): {
  session: TeamSession | undefined;
  problem: string | undefined;
  setSession: (s: TeamSession) => void;
} {
  const [session, setSession] = useState<TeamSession>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let live = true;
    sessionFor(assessmentId)?.then(
      (s) => live && setSession(s),
      (e: unknown) => live && setProblem((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [assessmentId]);
  // Re-render on every change of status, people or content the session reports.
  useSyncExternalStore(
    (listener) => session?.subscribe(listener) ?? (() => {}),
    () =>
      session ? `${session.status}|${session.people.length}|${session.refused}|${session.binding.docId}` : '',
  );
  return { session, problem, setSession };
}
