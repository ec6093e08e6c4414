import { Fragment, useEffect } from 'react';
import { Link } from 'wouter';
import { ErrorSummary } from '@/components/error-summary';
import { LastSetBy } from '@/components/last-set-by';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { findPage, type QuestionnairePage, questionnairePages } from '@/framework/pages';
import { skipRuleOf } from '@/questionnaire-flow/page-flow';
import type { Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { useTeamActivity } from '@/store/team-activity-store';
import { pageErrorSummary } from './page-error-summary';
import { fieldKey } from './page-form';
import { ProposalFields } from './proposal-fields';
import { QuestionFieldset } from './question-fieldset';
import { SkipNote } from './skip-note';
import { useAssessment } from './use-assessment';
import { useAutosave } from './use-autosave';
import { useChangesMadeElsewhere } from './use-changes-made-elsewhere';
import { usePageForm } from './use-page-form';
import { usePageNavigation } from './use-page-navigation';

export function QuestionPage({ id, pageId }: { id: string; pageId: string }) {
  const assessment = useAssessment(id);
  const page = findPage(pageId);
  if (!assessment || !page) {
    return <NotFoundPage what="Page" />;
  }
  return <QuestionForm key={`${id}/${pageId}`} assessment={assessment} page={page} />;
}

function QuestionForm({ assessment, page }: { assessment: Assessment; page: QuestionnairePage }) {
  const form = usePageForm(assessment, page);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, submitCount },
  } = form;
  const setLastPage = useAssessmentsStore.getState().setLastPage;
  useEffect(() => setLastPage(assessment.id, page.id), [assessment.id, page.id, setLastPage]);
  useChangesMadeElsewhere(assessment.id, page, form);
  useAutosave(assessment.id, form);

  const current = useAssessmentsStore((s) => s.assessments[assessment.id]) ?? assessment;
  const attribution = useTeamActivity((s) => s.attribution[assessment.id]);
  const full = useAssessmentsStore((s) => s.fullAssessment[assessment.id] === true);
  const { backHref, taskListHref, returnToCheck, goOn } = usePageNavigation(
    assessment.id,
    page,
    current.answers,
    full,
  );
  const skip = skipRuleOf(page, current.answers, full);
  const pageNumber = questionnairePages.findIndex((p) => p.id === page.id) + 1;

  return (
    <>
      <p>
        <Link href={backHref} className="back-link">
          Back
        </Link>
      </p>
      {submitCount > 0 && <ErrorSummary errors={pageErrorSummary(page, errors)} focusKey={submitCount} />}
      <PageHeading
        title={page.title}
        caption={`${displayTitle(current)} · page ${pageNumber} of ${questionnairePages.length}`}
      >
        {page.title}
      </PageHeading>
      {page.intro && <p className="lead">{page.intro}</p>}
      {skip && <SkipNote reason={skip.reason} />}
      <form onSubmit={handleSubmit(goOn)} noValidate>
        {page.hasProposalFields && (
          <ProposalFields register={register} control={control} errors={errors.proposal} />
        )}
        {page.questionIds.map((qid) => (
          <Fragment key={qid}>
            <QuestionFieldset
              questionId={qid}
              register={register}
              control={control}
              settings={current.proposal.settings}
              valueError={errors.answers?.[fieldKey(qid)]?.value}
              noteError={errors.answers?.[fieldKey(qid)]?.note}
            />
            <LastSetBy set={attribution?.[qid]} />
          </Fragment>
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {returnToCheck ? 'Save and return to check your answers' : 'Save and continue'}
          </button>
          <Link href={taskListHref}>Return to the task list</Link>
        </div>
        <p className="muted">Your answers are saved as you go.</p>
      </form>
    </>
  );
}
