import { Link } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { PageHeading } from '@/components/page-heading';
import { answerLabel } from '@/framework/answer-label';
import { directCareLabel, ledgerContentLabel, ledgerContextFields } from '@/framework/ledger-facts';
import { questionnairePages } from '@/framework/pages';
import { type ProposalFieldId, proposalFields, settingLabel, settingsField } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import { skipRuleOf } from '@/questionnaire-flow/page-flow';
import { assessmentProgress } from '@/questionnaire-flow/progress';
import { displayTitle } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { useAssessment } from './use-assessment';

/** Check your answers: every answer and note on one page, each with a Change link. */
export function CheckAnswersPage({ id }: { id: string }) {
  const assessment = useAssessment(id);
  const full = useAssessmentsStore((s) => s.fullAssessment[id] === true);
  if (!assessment) {
    return <NotFoundPage what="Assessment" />;
  }
  const base = `/assessments/${id}`;
  const progress = assessmentProgress(assessment, full);
  const changeHref = (pageId: string) => `${base}/pages/${pageId}?return=check`;
  const rows: [string, string][] = [
    ...(Object.keys(proposalFields) as ProposalFieldId[]).map((field): [string, string] => [
      proposalFields[field].label,
      assessment.proposal[field],
    ]),
    [settingsField.label, (assessment.proposal.settings ?? []).map(settingLabel).join(', ')],
    [
      ledgerContextFields.ledgerHolds.label,
      (assessment.proposal.ledgerHolds ?? []).map(ledgerContentLabel).join(', '),
    ],
    [
      ledgerContextFields.directCare.label,
      assessment.proposal.directCare ? directCareLabel(assessment.proposal.directCare) : '',
    ],
  ];
  return (
    <>
      <p>
        <Link href={base}>Back to the task list</Link>
      </p>
      <PageHeading title="Check your answers" caption={displayTitle(assessment)}>
        Check your answers
      </PageHeading>
      {!progress.complete && (
        <div className="inset" role="note">
          <p>
            {progress.total - progress.done} sections are not complete yet. You can still see a provisional
            result.
          </p>
        </div>
      )}
      {questionnairePages.map((page) => {
        const skip = skipRuleOf(page, assessment.answers, full);
        return (
          <section key={page.id} aria-labelledby={`check-${page.id}`}>
            <h2 id={`check-${page.id}`}>{page.title}</h2>
            {skip && <p className="muted">{skip.reason}</p>}
            <dl className="summary-list">
              {page.hasProposalFields &&
                rows.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value || <span className="muted">Not given</span>}</dd>
                    <dd>
                      <Link href={changeHref(page.id)}>
                        Change
                        <span className="visually-hidden"> {label.toLowerCase()}</span>
                      </Link>
                    </dd>
                  </div>
                ))}
              {page.questionIds.map((qid) => {
                const answer = assessment.answers[qid];
                const question = findQuestion(qid);
                return (
                  <div key={qid}>
                    <dt>{question?.label}</dt>
                    <dd>
                      {answerLabel(qid, answer?.value)}
                      {answer?.note && <span className="note block">{answer.note}</span>}
                    </dd>
                    <dd>
                      <Link href={changeHref(page.id)}>
                        Change<span className="visually-hidden"> {question?.shortName}</span>
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      <h2>Now see the result</h2>
      <p>The verdict comes with its reasons, each linked to the answers above.</p>
      <Link href={`${base}/result`} className="button">
        See the result
      </Link>
    </>
  );
}
