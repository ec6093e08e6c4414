import type { FieldErrors } from 'react-hook-form';
import type { FieldError } from '@/components/error-summary';
import type { QuestionnairePage } from '@/framework/pages';
import { type ProposalFieldId, proposalFields } from '@/framework/proposal';
import { fieldKey, firstInputId, type PageValues } from './page-form';
import { proposalFieldId } from './proposal-fields';

/** The page's errors in the order its fields appear, each linked to the input it is about. */
export function pageErrorSummary(page: QuestionnairePage, errors: FieldErrors<PageValues>): FieldError[] {
  const proposal = page.hasProposalFields
    ? (Object.keys(proposalFields) as ProposalFieldId[]).flatMap((f) => {
        const message = errors.proposal?.[f]?.message;
        return message ? [{ fieldId: proposalFieldId(f), message }] : [];
      })
    : [];
  const answers = page.questionIds.flatMap((qid) => {
    const e = errors.answers?.[fieldKey(qid)];
    return [
      ...(e?.value?.message ? [{ fieldId: firstInputId(qid), message: e.value.message }] : []),
      ...(e?.note?.message ? [{ fieldId: `${fieldKey(qid)}-note`, message: e.note.message }] : []),
    ];
  });
  return [...proposal, ...answers];
}
