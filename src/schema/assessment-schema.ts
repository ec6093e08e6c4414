import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import {
  type DirectCareAnswer,
  directCareOptions,
  type LedgerContent,
  ledgerContents,
} from '@/framework/ledger-facts';
import { proposalFields, type Setting, settings } from '@/framework/proposal';
import { isIsoDate } from './dates';
import { teamRecordSchema } from './team-record';

// zod/mini ships without messages ("Invalid input"); English ones name what was expected.
z.config(en());

/**
 * The saved assessment, version 1. zod/mini keeps the validator in the initial bundle small
 * (about 20 KB less than classic zod); the schema is the single source of the Assessment type.
 */
export const currentSchemaVersion = 4;
export const fileFormat = 'ledger-fit';
export const maxNoteLength = 10_000;
const maxAssessmentsPerFile = 500;

const text = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));

const answerSchema = z.strictObject({
  /** Absent while only a note has been written. */
  value: z.optional(z.union([z.string().check(z.maxLength(40)), z.number()])),
  note: z.optional(text(maxNoteLength)),
});

const proposalSchema = z.strictObject({
  title: text(proposalFields.title.maxLength),
  organisations: text(proposalFields.organisations.maxLength),
  assessor: text(proposalFields.assessor.maxLength),
  /** ISO 8601 (2026-11-26) or empty; the form offers a date picker and repair reads UK-style dates. */
  date: z.string().check(
    z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date written as YYYY-MM-DD, or empty'),
    z.refine((d) => d === '' || isIsoDate(d), 'must be a real date written as YYYY-MM-DD, or empty'),
  ),
  description: text(proposalFields.description.maxLength),
  /** Every jurisdiction the partners span (UK, US, EU…): each brings its own regulatory profile. Schema 2. */
  settings: z.optional(
    z.array(z.enum(settings.map((s) => s.value) as [Setting, ...Setting[]])).check(
      z.maxLength(settings.length),
      z.refine((list) => new Set(list).size === list.length, 'must not name a setting twice'),
    ),
  ),
  /** What the ledger would hold: the duties and hazards shown follow it. Optional; older files load unchanged. */
  ledgerHolds: z.optional(
    z.array(z.enum(ledgerContents.map((c) => c.value) as [LedgerContent, ...LedgerContent[]])).check(
      z.maxLength(ledgerContents.length),
      z.refine((list) => new Set(list).size === list.length, 'must not name a kind of content twice'),
    ),
  ),
  /** Would it be used in the direct care of patients (the DCB0129/0160 scope test)? Optional. */
  directCare: z.optional(
    z.enum(directCareOptions.map((o) => o.value) as [DirectCareAnswer, ...DirectCareAnswer[]]),
  ),
});

const roomRating = z.union([z.int().check(z.minimum(0), z.maximum(4)), z.literal('dontKnow')]);

/** The assessor's own entry for one hazard in the draft DCB0160 hazard log. */
export const hazardLogEntrySchema = z.strictObject({
  controls: z.optional(text(2000)),
  owner: z.optional(text(200)),
  likelihood: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  severity: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  /** Controls proposed, not yet in place (optional; older files load unchanged). */
  proposedControls: z.optional(text(2000)),
  /** The likelihood once the controls are in place: residual risk is given only with it. */
  residualLikelihood: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
});

/** What a workshop room rated for one question, and what it agreed. */
export const workshopRatingSchema = z.strictObject({
  counts: z
    .array(z.strictObject({ value: roomRating, count: z.int().check(z.minimum(0)) }))
    .check(z.maxLength(8)),
  total: z.int().check(z.minimum(0)),
  late: z.int().check(z.minimum(0)),
  excluded: z.int().check(z.minimum(0)),
  agreed: z.optional(roomRating),
});

export const workshopSchema = z.strictObject({
  heldOn: text(40),
  ratings: z.record(z.string().check(z.maxLength(80)), workshopRatingSchema),
});

export const assessmentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "-" or "_"')),
  createdAt: text(40),
  updatedAt: text(40),
  /** Set when the assessment started as a copy of a worked example. */
  exampleId: z.optional(text(64)),
  proposal: proposalSchema,
  answers: z.record(z.string().check(z.maxLength(80)), answerSchema),
  /** The assessor's own entries in the draft DCB0160 hazard log, by hazard id. Schema 2. */
  hazardLog: z.optional(z.record(z.string().check(z.maxLength(64)), hazardLogEntrySchema)),
  /** What a workshop room rated, question by question, and what it agreed. Schema 3. */
  workshop: z.optional(workshopSchema),
  /** Reviewer, version, sign-off signatures and the hash-chained history of a team assessment. Schema 4. */
  team: z.optional(teamRecordSchema),
});
export type WorkshopRatings = NonNullable<z.infer<typeof assessmentSchema>['workshop']>;

/**
 * A saved assessment that failed validation, kept as it was (never dropped) until the user repairs,
 * downloads or deletes it. Files can carry these too, so a download of one imports back as "needs repair".
 */
export const needsRepairSchema = z.strictObject({
  record: z.unknown(),
  problems: z.array(text(2000)).check(z.maxLength(50)),
  foundAt: text(40),
});

export const assessmentFileSchema = z.strictObject({
  format: z.literal(fileFormat),
  schemaVersion: z.literal(currentSchemaVersion),
  exportedAt: z.optional(text(40)),
  assessments: z.array(assessmentSchema).check(z.maxLength(maxAssessmentsPerFile)),
  needsRepair: z.optional(z.array(needsRepairSchema).check(z.maxLength(maxAssessmentsPerFile))),
});

export type Answer = z.infer<typeof answerSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Answers = Assessment['answers'];
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type NeedsRepair = z.infer<typeof needsRepairSchema>;
