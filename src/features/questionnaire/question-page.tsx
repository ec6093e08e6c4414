import { Fragment, useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useSearchParams } from 'wouter';
import { ErrorSummary, type FieldError } from '@/components/error-summary';
import { LastSetBy } from '@/components/last-set-by';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { answerFromForm } from '@/framework/answer-label';
import { directCareOptions, ledgerContents } from '@/framework/ledger-facts';
import { findPage, type QuestionnairePage, questionnairePages } from '@/framework/pages';
import { type ProposalFieldId, proposalFields, type Setting, settings } from '@/framework/proposal';
import { nextPageId, previousPageId, skipRuleOf, stopsAfter } from '@/questionnaire-flow/page-flow';
import type { Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { type SaveResult, useAssessmentsStore } from '@/store/assessments-store';
import { useStorageStatus } from '@/store/storage-status';
import { useTeamActivity } from '@/store/team-activity-store';
import {
  fieldKey,
  firstInputId,
  noteProblem,
  type PageValues,
  pageResolver,
  proposalFieldProblem,
  questionIdOf,
  toFormValues,
} from './page-form';
import { ProposalFields, proposalFieldId } from './proposal-fields';
import { QuestionFieldset } from './question-fieldset';
import { useAssessment } from './use-assessment';

const notSaved = (result: SaveResult) =>
  result.ok ? undefined : `Not saved: ${result.problems[0] ?? 'this change could not be kept'}`;

export function QuestionPage({ id, pageId }: { id: string; pageId: string }) {
  const assessment = useAssessment(id);
  const page = findPage(pageId);
  if (!assessment || !page) {
    return <NotFoundPage what="Page" />;
  }
  return <QuestionForm key={`${id}/${pageId}`} assessment={assessment} page={page} />;
}

function QuestionForm({ assessment, page }: { assessment: Assessment; page: QuestionnairePage }) {
  const [, navigate] = useLocation();
  const [search] = useSearchParams();
  const returnToCheck = search.get('return') === 'check';
  const { setAnswer, setProposalField, setLastPage, setSettings, setLedgerHolds, setDirectCare } =
    useAssessmentsStore.getState();
  const {
    register,
    control,
    handleSubmit,
    watch,
    reset,
    getValues,
    setError,
    clearErrors,
    getFieldState,
    formState: { errors, submitCount },
  } = useForm<PageValues>({
    defaultValues: toFormValues(page, assessment),
    resolver: pageResolver(page, () =>
      Boolean(skipRuleOf(page, useAssessmentsStore.getState().assessments[assessment.id]?.answers ?? {})),
    ),
    shouldFocusError: false,
  });

  useEffect(() => setLastPage(assessment.id, page.id), [assessment.id, page.id, setLastPage]);

  // Another tab saved: show its answers here instead of stale ones (reset, not remount, so focus stays put).
  // …and so do a colleague's changes to a team assessment.
  const revision = useStorageStatus((s) => s.externalRevision) + useTeamActivity((s) => s.remoteRevision);
  useEffect(() => {
    if (revision === 0) return;
    const saved = useAssessmentsStore.getState().assessments[assessment.id];
    if (!saved) return;
    const fresh = toFormValues(page, saved);
    if (JSON.stringify(fresh) !== JSON.stringify(getValues()))
      reset(fresh, { keepErrors: true, keepSubmitCount: true });
  }, [revision, assessment.id, page, getValues, reset]);

  // Autosave: every change that is within the limits goes to the store (and so to localStorage) at once;
  // one that is not is shown beside its field and not saved, so a saved assessment is always readable.
  useEffect(() => {
    const subscription = watch((values, { name }) => {
      if (!name) return;
      const [section, key, part] = name.split('.');
      let problem: string | undefined;
      if (section === 'proposal' && key === 'settings') {
        const chosen = values.proposal?.settings;
        const list = (Array.isArray(chosen) ? chosen : []).filter((v): v is Setting =>
          settings.some((s) => s.value === v),
        );
        problem = notSaved(setSettings(assessment.id, list));
      } else if (section === 'proposal' && key === 'ledgerHolds') {
        const chosen = values.proposal?.ledgerHolds;
        const list = ledgerContents
          .map((c) => c.value)
          .filter((v) => Array.isArray(chosen) && chosen.includes(v));
        problem = notSaved(setLedgerHolds(assessment.id, list));
      } else if (section === 'proposal' && key === 'directCare') {
        const answer = directCareOptions.find((o) => o.value === values.proposal?.directCare)?.value;
        problem = notSaved(setDirectCare(assessment.id, answer));
      } else if (section === 'proposal' && key) {
        const field = key as ProposalFieldId;
        const text = values.proposal?.[field] ?? '';
        problem = proposalFieldProblem(field, text);
        if (!problem) problem = notSaved(setProposalField(assessment.id, field, text));
      } else if (section === 'answers' && key) {
        const questionId = questionIdOf(key);
        const answer = values.answers?.[key];
        const value = answerFromForm(questionId, answer?.value ?? '');
        if (part === 'note') {
          problem = noteProblem(questionId, answer?.note ?? '');
          if (!problem) problem = notSaved(setAnswer(assessment.id, questionId, value, answer?.note ?? ''));
        } else problem = notSaved(setAnswer(assessment.id, questionId, value));
      }
      const path = name as Parameters<typeof getFieldState>[0];
      if (problem) setError(path, { type: 'notSaved', message: problem });
      else if (getFieldState(path).error?.type === 'notSaved') clearErrors(path);
    });
    return () => subscription.unsubscribe();
  }, [
    watch,
    assessment.id,
    setAnswer,
    setProposalField,
    setSettings,
    setLedgerHolds,
    setDirectCare,
    setError,
    clearErrors,
    getFieldState,
  ]);

  const current = useAssessmentsStore((s) => s.assessments[assessment.id]) ?? assessment;
  const attribution = useTeamActivity((s) => s.attribution[assessment.id]);
  const full = useAssessmentsStore((s) => s.fullAssessment[assessment.id] === true);
  const skip = skipRuleOf(page, current.answers, full);
  const pageNumber = questionnairePages.findIndex((p) => p.id === page.id) + 1;
  const base = `/assessments/${assessment.id}`;
  const previous = previousPageId(page.id, current.answers, full);
  const backHref = returnToCheck ? `${base}/check` : previous ? `${base}/pages/${previous}` : base;

  const summaryErrors: FieldError[] = [
    ...(page.hasProposalFields
      ? (Object.keys(proposalFields) as ProposalFieldId[]).flatMap((f) => {
          const message = errors.proposal?.[f]?.message;
          return message ? [{ fieldId: proposalFieldId(f), message }] : [];
        })
      : []),
    ...page.questionIds.flatMap((qid) => {
      const e = errors.answers?.[fieldKey(qid)];
      return [
        ...(e?.value?.message ? [{ fieldId: firstInputId(qid), message: e.value.message }] : []),
        ...(e?.note?.message ? [{ fieldId: `${fieldKey(qid)}-note`, message: e.note.message }] : []),
      ];
    }),
  ];

  const onValid = () => {
    const latest = useAssessmentsStore.getState().assessments[assessment.id]?.answers ?? {};
    // A pre-screen answer that ends the assessment gets a page of its own, never a silent jump to the end.
    if (!returnToCheck && !full && stopsAfter(page.id, latest)) return navigate(`${base}/stopped`);
    const next = nextPageId(page.id, latest, full);
    navigate(returnToCheck || !next ? `${base}/check` : `${base}/pages/${next}`);
  };

  return (
    <>
      <p>
        <Link href={backHref} className="back-link">
          Back
        </Link>
      </p>
      {submitCount > 0 && <ErrorSummary errors={summaryErrors} focusKey={submitCount} />}
      <PageHeading
        title={page.title}
        caption={`${displayTitle(current)} · page ${pageNumber} of ${questionnairePages.length}`}
      >
        {page.title}
      </PageHeading>
      {page.intro && <p className="lead">{page.intro}</p>}
      {skip && (
        <div className="inset" role="note">
          <p>
            <strong>{skip.reason}</strong> You can still answer it; the answers are kept if you change the
            pre-screen.
          </p>
        </div>
      )}
      <form onSubmit={handleSubmit(onValid)} noValidate>
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
          <Link href={base}>Return to the task list</Link>
        </div>
        <p className="muted">Your answers are saved as you go.</p>
      </form>
    </>
  );
}
