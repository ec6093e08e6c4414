import { Link } from 'wouter';
import { downloadText } from '@/components/download';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { pageGroups, questionnairePages } from '@/framework/pages';
import { activeSkipRule, assessmentProgress, type PageStatus, pageStatus } from '@/report/questionnaire-view';
import { displayTitle } from '@/schema/copy-assessment';
import { exportFileName, exportFileText } from '@/schema/export-file';
import { useAssessmentsStore } from '@/store/assessments-store';
import { useAssessment } from './use-assessment';

const statusLabel: Record<PageStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  completed: 'Completed',
  notNeeded: 'Not needed',
};

/** The task list for one assessment (GOV.UK pattern): every section with its status. */
export function TaskListPage({ id }: { id: string }) {
  const assessment = useAssessment(id);
  const lastPage = useAssessmentsStore((s) => s.lastPage[id]);
  if (!assessment) {
    return <NotFoundPage what="Assessment" />;
  }
  const progress = assessmentProgress(assessment);
  const base = `/assessments/${id}`;
  const resumeId = lastPage ?? progress.nextPageId;
  const resume = questionnairePages.find((p) => p.id === resumeId);
  return (
    <>
      <p>
        <Link href="/">Back to my assessments</Link>
      </p>
      <PageHeading title={displayTitle(assessment)} caption="Assessment">
        {displayTitle(assessment)}
      </PageHeading>
      <p className="lead">
        You have completed {progress.done} of {progress.total} sections.
      </p>
      {resume && !progress.complete && (
        <p>
          <Link href={`${base}/pages/${resume.id}`} className="button">
            {lastPage ? `Continue where you left off: ${resume.title}` : `Start: ${resume.title}`}
          </Link>
        </p>
      )}
      {pageGroups.map((group, index) => {
        const pages = questionnairePages.filter((p) => p.group === group.id);
        return (
          <section key={group.id} aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>
              {index + 1}. {group.title}
            </h2>
            <ul className="task-list">
              {pages.map((page) => {
                const status = pageStatus(page, assessment);
                const skip = activeSkipRule(page, assessment.answers);
                const statusId = `status-${page.id.replace('.', '-')}`;
                return (
                  <li key={page.id}>
                    <Link href={`${base}/pages/${page.id}`} aria-describedby={statusId}>
                      {page.title}
                    </Link>
                    <span className={`status status-${status}`} id={statusId}>
                      {statusLabel[status]}
                    </span>
                    {skip && status === 'notNeeded' && <span className="skip-note">{skip.reason}</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="group-finish">
        <h2 id="group-finish">{pageGroups.length + 1}. Finish</h2>
        <ul className="task-list">
          <li>
            <Link href={`${base}/check`}>Check your answers</Link>
            <span className={`status status-${progress.complete ? 'inProgress' : 'notStarted'}`}>
              {progress.complete ? 'Ready to check' : 'Cannot start yet'}
            </span>
          </li>
          <li>
            <Link href={`${base}/result`}>
              {progress.complete ? 'See the result' : 'See the provisional result'}
            </Link>
          </li>
        </ul>
      </section>
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadText(exportFileName(assessment.proposal.title), exportFileText([assessment]))
          }
        >
          Export this assessment as a file
        </button>
      </p>
    </>
  );
}
