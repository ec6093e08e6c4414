import type { Assessment } from '@/schema/assessment-schema';
import { setTeamField, type TeamSession } from './team-session';

/** Reviewer and version, stored with the assessment and printed in the board paper's sign-off table. */
export function ReviewerVersionForm({
  assessment,
  session,
}: {
  assessment: Assessment;
  session: TeamSession;
}) {
  return (
    <section aria-labelledby="reviewer-heading">
      <h2 id="reviewer-heading">Reviewer and version</h2>
      <div className="form-group">
        <label className="label" htmlFor="team-reviewer">
          Reviewer
        </label>
        <input
          id="team-reviewer"
          className="input"
          maxLength={200}
          value={assessment.team?.reviewer ?? ''}
          onChange={(e) => setTeamField(session, 'reviewer', e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="team-version">
          Version
        </label>
        <input
          id="team-version"
          className="input input-short"
          maxLength={40}
          value={assessment.team?.version ?? ''}
          onChange={(e) => setTeamField(session, 'version', e.target.value)}
        />
      </div>
    </section>
  );
}
