import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import type { QuestionnairePage } from '@/framework/pages';
import { type ProposalFieldId, proposalFields } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import type { Assessment } from '@/schema/assessment-schema';
import { maxNoteLength } from '@/schema/assessment-schema';
import { isIsoDate } from '@/schema/dates';
import { tooLongMessage } from '@/schema/text-limits';

const fieldNames: Record<ProposalFieldId, string> = {
  title: 'The title',
  organisations: 'The list of organisations',
  assessor: 'The assessor’s name',
  date: 'The date',
  description: 'The description',
};

/** Why a proposal field's value cannot be saved, in the words shown beside it; undefined when it can. */
export function proposalFieldProblem(field: ProposalFieldId, value: string): string | undefined {
  if (field === 'date')
    return value === '' || isIsoDate(value)
      ? undefined
      : 'Enter a real date between 1900 and 2999, for example 26/11/2026';
  const max = proposalFields[field].maxLength;
  return value.length > max ? tooLongMessage(fieldNames[field], value.length, max) : undefined;
}

/** Why a note cannot be saved; undefined when it can. */
export function noteProblem(questionId: string, note: string): string | undefined {
  const name = `The note for “${findQuestion(questionId)?.shortName ?? questionId}”`;
  return note.length > maxNoteLength ? tooLongMessage(name, note.length, maxNoteLength) : undefined;
}

/** A zod check that gives the same message as the live check, so the summary and the field agree. */
const liveCheck = (problem: (value: string) => string | undefined) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const message = problem(value);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    }),
  );

/** Question ids hold dots, which react-hook-form reads as nesting; form keys use "__" instead. */
export const fieldKey = (questionId: string) => questionId.replaceAll('.', '__');
export const questionIdOf = (key: string) => key.replaceAll('__', '.');

export interface PageValues {
  proposal: {
    title: string;
    organisations: string;
    assessor: string;
    date: string;
    description: string;
    /** Checkboxes hold the chosen values; react-hook-form gives false when none is ticked. */
    settings: string[] | false;
    /** What the ledger holds (checkboxes, as settings). */
    ledgerHolds: string[] | false;
    /** '' while not answered. */
    directCare: string;
  };
  answers: Record<string, { value: string; note: string }>;
}

export function toFormValues(page: QuestionnairePage, assessment: Assessment): PageValues {
  const p = assessment.proposal;
  return {
    proposal: {
      title: p.title,
      organisations: p.organisations,
      assessor: p.assessor,
      date: p.date,
      description: p.description,
      settings: [...(p.settings ?? [])],
      ledgerHolds: [...(p.ledgerHolds ?? [])],
      directCare: p.directCare ?? '',
    },
    answers: Object.fromEntries(
      page.questionIds.map((id) => {
        const a = assessment.answers[id];
        return [fieldKey(id), { value: a?.value === undefined ? '' : String(a.value), note: a?.note ?? '' }];
      }),
    ),
  };
}

function pageSchema(page: QuestionnairePage, moot: boolean) {
  const answers = Object.fromEntries(
    page.questionIds.map((id) => {
      const q = findQuestion(id);
      return [
        fieldKey(id),
        z.object({
          // A moot page (skip logic) may be left unanswered.
          value: moot
            ? z.string()
            : z
                .string()
                .check(z.minLength(1, `Select an answer for “${q?.shortName ?? id}”, or “Don’t know”`)),
          note: liveCheck((note) => noteProblem(id, note)),
        }),
      ];
    }),
  );
  const proposal = page.hasProposalFields
    ? z.object({
        title: liveCheck((v) =>
          v.trim() === '' ? 'Enter a title for the proposal' : proposalFieldProblem('title', v),
        ),
        organisations: liveCheck((v) => proposalFieldProblem('organisations', v)),
        assessor: liveCheck((v) => proposalFieldProblem('assessor', v)),
        date: liveCheck((v) => proposalFieldProblem('date', v)),
        description: liveCheck((v) => proposalFieldProblem('description', v)),
        settings: z.union([z.array(z.string()), z.literal(false)]),
        // Optional: "not answered" is allowed, as is "Don’t know".
        ledgerHolds: z.union([z.array(z.string()), z.literal(false)]),
        directCare: z.string(),
      })
    : z.any();
  return z.object({ proposal, answers: z.object(answers) });
}

/**
 * The page's resolver: @hookform/resolvers' zod resolver over the page's schema (the rules live in one
 * place); which schema applies is decided at each validation, since skip logic can make the page moot.
 */
export function pageResolver(page: QuestionnairePage, isMoot: () => boolean): Resolver<PageValues> {
  const required = zodResolver(pageSchema(page, false), undefined, { raw: true });
  const moot = zodResolver(pageSchema(page, true), undefined, { raw: true });
  return (values, context, options) => (isMoot() ? moot : required)(values, context, options);
}

/** Field id of the first input of a question, the target of an error-summary link. */
export const firstInputId = (questionId: string) => `${fieldKey(questionId)}-0`;
