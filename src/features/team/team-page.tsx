import { Link } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { displayTitle } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { HistoryPanel } from './history-panel';
import { PeopleHere } from './people-here';
import { ReviewerVersionForm } from './reviewer-version-form';
import { SignOffPanel } from './sign-off-panel';
import { StartTeamForm } from './start-team-form';
import { statusMessage } from './status-message';
import { relayOrigin } from './team-binding';
import { TeamLinkPanel } from './team-link-panel';
import { useTeamSession } from './use-team-session';

/** /assessments/:id/team: the team link, who is here, reviewer and version, sign-off and the history. */
export function TeamPage({ id }: { id: string }) {
  const assessment = useAssessmentsStore((s) => s.assessments[id]);
  const { session, problem, setSession } = useTeamSession(id);
  if (!assessment) return <NotFoundPage what="Assessment" />;
  return (
    <>
      <p>
        <Link href={`/assessments/${id}`} className="back-link">
          Back to the task list
        </Link>
      </p>
      <PageHeading title="Work on this with others" caption={displayTitle(assessment)}>
        Work on this with others
      </PageHeading>
      {problem && (
        <div className="banner banner-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {!session ? (
        <StartTeamForm assessment={assessment} onStarted={setSession} />
      ) : (
        <>
          <div className="inset" role="status">
            <p>{statusMessage(session.status, relayOrigin())}</p>
            {session.refused > 0 && (
              <p>
                {session.refused} update(s) from the relay could not be opened with this link’s key and were
                ignored.
              </p>
            )}
          </div>
          <TeamLinkPanel session={session} onRotated={setSession} />
          <PeopleHere people={session.people} />
          <ReviewerVersionForm assessment={assessment} session={session} />
          <SignOffPanel assessment={assessment} session={session} />
          <HistoryPanel assessment={assessment} />
        </>
      )}
    </>
  );
}
