import type { Setting } from './proposal';
import type { QuestionId } from './questions';
import { dontKnow } from './scales';

/** The answers as saved (the framework imports no schema: data flows one way). */
export type AnswerMap = Readonly<Record<string, { readonly value?: string | number } | undefined>>;

type Read = { state: 'known'; value: string | number } | { state: 'unknown' };
const readAnswer = (answers: AnswerMap, id: QuestionId): Read => {
  const v = answers[id]?.value;
  return v === undefined || v === dontKnow ? { state: 'unknown' } : { state: 'known', value: v };
};
const readYesNo = (answers: AnswerMap, id: QuestionId): 'yes' | 'no' | 'unknown' => {
  const a = readAnswer(answers, id);
  return a.state === 'known' && (a.value === 'yes' || a.value === 'no') ? a.value : 'unknown';
};
const readRating = (answers: AnswerMap, id: QuestionId): number | undefined => {
  const a = readAnswer(answers, id);
  return a.state === 'known' && typeof a.value === 'number' ? a.value : undefined;
};

/**
 * What the ledger would hold: the duties and hazards that bear on a consent ledger are not those of a
 * medicine supply chain, and the scored questions alone cannot tell them apart.
 */
export const ledgerContents = [
  { value: 'consentPreferences', label: 'Patients’ consent or sharing preferences' },
  { value: 'prescriptions', label: 'Prescriptions or medication records' },
  { value: 'supplyChainEvents', label: 'Movements of medicines or devices in the supply chain' },
  { value: 'credentials', label: 'Staff or organisation credentials (licences, training)' },
  { value: 'auditHashes', label: 'Hashes or audit markers of records kept elsewhere' },
  { value: 'clinicalRecords', label: 'Clinical records or summaries' },
] as const;
export type LedgerContent = (typeof ledgerContents)[number]['value'];

/** Would the product influence, support or manage patients’ direct care (the DCB0129/0160 scope test)? */
export const directCareOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'dontKnow', label: 'Don’t know' },
] as const;
export type DirectCareAnswer = (typeof directCareOptions)[number]['value'];

export const ledgerContextFields = {
  ledgerHolds: {
    label: 'What would the ledger hold?',
    hint: 'Choose all that apply. The hazards and legal duties shown depend on it: a consent ledger carries risks that a medicine supply chain does not.',
  },
  directCare: {
    label: 'Would it be used in the direct care of patients?',
    // NHS Digital, "Applicability of DCB 0129 and DCB 0160", step 3 (factcheck-2026-12.md, U6).
    hint: 'That is: would it influence, support or manage a patient’s care in real or near-real time? In England this decides whether the NHS clinical safety standards DCB0129 and DCB0160 apply. Services for planning, research or logistics across a population are out of their scope.',
  },
} as const;

export const ledgerContentLabel = (value: string): string =>
  ledgerContents.find((c) => c.value === value)?.label ?? value;

export const directCareLabel = (value: string): string =>
  directCareOptions.find((o) => o.value === value)?.label ?? value;

/** Everything a duty, a next step or a hazard can be triggered by: the settings, the answers, the context. */
export interface LedgerFacts {
  readonly settings: readonly Setting[];
  readonly answers: AnswerMap;
  /** Empty when the assessor has not said. */
  readonly holds: readonly LedgerContent[];
  readonly directCare: 'yes' | 'no' | 'unknown';
}

export function ledgerFacts(
  settings: readonly Setting[],
  answers: AnswerMap,
  context: { readonly ledgerHolds?: readonly LedgerContent[]; readonly directCare?: DirectCareAnswer } = {},
): LedgerFacts {
  const dc = context.directCare;
  return {
    settings,
    answers,
    holds: context.ledgerHolds ?? [],
    directCare: dc === 'yes' || dc === 'no' ? dc : 'unknown',
  };
}

/**
 * A typed condition over the facts, with the words that say why it holds. Conditions are functions, not
 * strings (the anchors regret SurveyJS's `"{q1} == 0"`); `because` is what the report prints beside a step.
 */
export interface Trigger {
  readonly id: string;
  readonly because: string;
  readonly holds: (facts: LedgerFacts) => boolean;
}

const t = (id: string, because: string, holds: (f: LedgerFacts) => boolean): Trigger => ({
  id,
  because,
  holds,
});

/** Both must hold; the reasons are joined. */
export const allOf = (...ts: readonly Trigger[]): Trigger =>
  t(ts.map((x) => x.id).join('&'), ts.map((x) => x.because).join('; '), (f) => ts.every((x) => x.holds(f)));

/** Either holds; the reasons are joined with "or". */
export const anyOf = (...ts: readonly Trigger[]): Trigger =>
  t(ts.map((x) => x.id).join('|'), ts.map((x) => x.because).join(', or '), (f) => ts.some((x) => x.holds(f)));

const pid = (f: LedgerFacts) => readYesNo(f.answers, 'proposal.patientIdentifiable');
const writers = (f: LedgerFacts) => readAnswer(f.answers, 'proposal.writerCount');
const onChain = (f: LedgerFacts) => readAnswer(f.answers, 'proposal.onChainData');

export const when = {
  uk: t('uk', 'a partner is in England', (f) => f.settings.includes('ukNhs')),
  us: t('us', 'a partner is in the United States', (f) => f.settings.includes('us')),
  eu: t('eu', 'a partner is in the European Union', (f) => f.settings.includes('eu')),
  patientData: t(
    'patientData',
    'you answered that something on the ledger could identify a patient',
    (f) => pid(f) === 'yes',
  ),
  patientDataUnknown: t(
    'patientDataUnknown',
    'it is not yet known whether anything on the ledger could identify a patient',
    (f) => pid(f) === 'unknown',
  ),
  patientDataPossible: t(
    'patientDataPossible',
    'something on the ledger could identify a patient, or it is not yet known',
    (f) => pid(f) !== 'no',
  ),
  noPatientData: t(
    'noPatientData',
    'you answered that nothing on the ledger identifies a patient',
    (f) => pid(f) === 'no',
  ),
  identifiableBeyondHashes: t(
    'identifiableBeyondHashes',
    'patient-identifiable records or metadata (not only hashes) would be on the ledger',
    (f) => {
      const o = onChain(f);
      return pid(f) === 'yes' && o.state === 'known' && (o.value === 'metadata' || o.value === 'records');
    },
  ),
  severalWriters: t('severalWriters', 'several organisations would write to the ledger', (f) => {
    const w = writers(f);
    return w.state === 'known' && (w.value === 'few' || w.value === 'many');
  }),
  safetyNotLow: t(
    'safetyNotLow',
    'the quality and safety obstacle is rated moderate or worse, or not known',
    (f) => {
      const r = readRating(f.answers, 'obstacle.qualitySafety');
      return r === undefined || r >= 2;
    },
  ),
  directCare: t(
    'directCare',
    'you answered that it would be used in the direct care of patients',
    (f) => f.directCare === 'yes',
  ),
  directCareUnknown: t(
    'directCareUnknown',
    'it is not yet known whether it would be used in direct care',
    (f) => f.directCare === 'unknown',
  ),
  directCarePossible: t(
    'directCarePossible',
    'it would be used in direct care, or that is not yet known',
    (f) => f.directCare !== 'no',
  ),
  holdsConsent: t('holdsConsent', 'the ledger would hold patients’ consent or sharing preferences', (f) =>
    f.holds.includes('consentPreferences'),
  ),
  holdsPrescriptions: t(
    'holdsPrescriptions',
    'the ledger would hold prescriptions or medication records',
    (f) => f.holds.includes('prescriptions'),
  ),
  holdsSupplyChain: t('holdsSupplyChain', 'the ledger would hold movements of medicines or devices', (f) =>
    f.holds.includes('supplyChainEvents'),
  ),
  holdsCredentials: t('holdsCredentials', 'the ledger would hold staff or organisation credentials', (f) =>
    f.holds.includes('credentials'),
  ),
  holdsClinicalRecords: t(
    'holdsClinicalRecords',
    'the ledger would hold clinical records or summaries',
    (f) => f.holds.includes('clinicalRecords'),
  ),
  holdsAuditHashes: t(
    'holdsAuditHashes',
    'the ledger would hold hashes or audit markers of records kept elsewhere',
    (f) => f.holds.includes('auditHashes'),
  ),
  automatedRules: t(
    'automatedRules',
    'the network would check entries automatically (validity checks rated met, or not known)',
    (f) => {
      const r = readRating(f.answers, 'condition.validityCheck');
      return r === undefined || r >= 2;
    },
  ),
  hashesOnly: t('hashesOnly', 'only hashes or audit markers would be on the ledger', (f) => {
    const o = onChain(f);
    return o.state === 'known' && o.value === 'hashesOnly';
  }),
  recordsOnChain: t('recordsOnChain', 'the records themselves would be on the ledger', (f) => {
    const o = onChain(f);
    return o.state === 'known' && o.value === 'records';
  }),
} as const satisfies Record<string, Trigger>;
