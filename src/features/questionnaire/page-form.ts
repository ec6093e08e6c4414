import type { FieldErrors, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import type { QuestionnairePage } from '../../framework/pages';
import { proposalFields } from '../../framework/proposal';
import type { AnswerValue } from '../../framework/question';
import { findQuestion } from '../../framework/questions';
import { dontKnow } from '../../framework/scales';
import type { Assessment } from '../../schema/assessment-schema';
import { maxNoteLength } from '../../schema/assessment-schema';

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
    setting: string;
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
      setting: p.setting ?? '',
    },
    answers: Object.fromEntries(
      page.questionIds.map((id) => {
        const a = assessment.answers[id];
        return [fieldKey(id), { value: a?.value === undefined ? '' : String(a.value), note: a?.note ?? '' }];
      }),
    ),
  };
}

/** Radio values are strings; the saved answer keeps the option's own type (numbers for scales). */
export function toAnswerValue(questionId: string, formValue: string): AnswerValue | undefined {
  if (formValue === '') return undefined;
  if (formValue === dontKnow) return dontKnow;
  return findQuestion(questionId)?.options.find((o) => String(o.value) === formValue)?.value;
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
          note: z
            .string()
            .check(
              z.maxLength(
                maxNoteLength,
                `The note for “${q?.shortName ?? id}” must be ${maxNoteLength.toLocaleString('en-GB')} characters or fewer`,
              ),
            ),
        }),
      ];
    }),
  );
  const text = (label: string, max: number) =>
    z.string().check(z.maxLength(max, `${label} must be ${max} characters or fewer`));
  const proposal = page.hasProposalFields
    ? z.object({
        title: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'Enter a title for the proposal'),
            z.maxLength(proposalFields.title.maxLength, 'The title must be 200 characters or fewer'),
          ),
        organisations: text('Organisations', proposalFields.organisations.maxLength),
        assessor: text('Assessor', proposalFields.assessor.maxLength),
        date: z
          .string()
          .check(
            z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Enter the date as year-month-day, for example 2026-11-24'),
          ),
        description: text('The description', proposalFields.description.maxLength),
        setting: z.string(),
      })
    : z.any();
  return z.object({ proposal, answers: z.object(answers) });
}

/** A react-hook-form resolver from the page's zod schema, so the rules live in one place. */
export function pageResolver(page: QuestionnairePage, isMoot: () => boolean): Resolver<PageValues> {
  const schemas = { required: pageSchema(page, false), moot: pageSchema(page, true) };
  return async (values) => {
    const result = (isMoot() ? schemas.moot : schemas.required).safeParse(values);
    if (result.success) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of result.error.issues) {
      let node = errors;
      const path = issue.path.map(String);
      path.forEach((segment, i) => {
        if (i === path.length - 1) {
          node[segment] ??= { type: issue.code, message: issue.message };
          return;
        }
        node[segment] ??= {};
        node = node[segment] as Record<string, unknown>;
      });
    }
    return { values: {}, errors: errors as FieldErrors<PageValues> };
  };
}

/** Field id of the first input of a question, the target of an error-summary link. */
export const firstInputId = (questionId: string) => `${fieldKey(questionId)}-0`;
