import { Link } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { pageGroups, questionnairePages } from '@/framework/pages';
import { downloadText } from '@/lib/download';
import { skipRuleOf } from '@/questionnaire-flow/page-flow';
import { assessmentProgress, type PageStatus, pageStatus } from '@/questionnaire-flow/progress';
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
  const full = useAssessmentsStore((s) => s.fullAssessment[id] === true);
  if (!assessment) {
    return <NotFoundPage what="Assessment" />;
  }
  const progress = assessmentProgress(assessment, full);
  const base = `/assessments/${id}`;
  // "Continue" goes to the first page still to do, not to the last page opened (which may be finished).
  const resume = questionnairePages.find((p) => p.id === progress.nextPageId);
  const started = progress.done > 0;
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
            {started ? `Continue with the first unanswered page: ${resume.title}` : `Start: ${resume.title}`}
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
                const status = pageStatus(page, assessment, full);
                const skip = skipRuleOf(page, assessment.answers);
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
          <li>
            <Link href={`${base}/team`}>Work on this with others, sign off and see the history</Link>
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
