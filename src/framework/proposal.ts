import type { Question } from './question';
import { yesNo } from './scales';

export const settings = [
  { value: 'ukNhs', label: 'UK NHS' },
  { value: 'us', label: 'United States' },
  { value: 'eu', label: 'European Union (outside the UK)' },
  { value: 'other', label: 'Other' },
] as const;
export type Setting = (typeof settings)[number]['value'];

export const settingLabel = (value: string): string =>
  settings.find((s) => s.value === value)?.label ?? value;

/** Descriptive fields of a proposal: shown and printed, never scored. */
export const proposalFields = {
  title: {
    label: 'Title of the proposal',
    hint: 'For example "Shared staff credentials ledger".',
    maxLength: 200,
  },
  organisations: {
    label: 'Organisation or organisations',
    hint: 'Who would take part, separated by commas.',
    maxLength: 500,
  },
  assessor: { label: 'Assessor', hint: 'Who is making this assessment.', maxLength: 200 },
  date: {
    label: 'Date of assessment',
    hint: 'Choose the date, or type it: for example 26/11/2026.',
    maxLength: 10,
  },
  description: {
    label: 'Short description',
    hint: 'What the vendor or project proposes, in two or three sentences.',
    maxLength: 5000,
  },
} as const;
/** The proposal's free-text fields. */
export type ProposalFieldId = keyof typeof proposalFields;

/** The jurisdictions the partners span; each selects a regulatory profile. */
export const settingsField = {
  label: 'Settings',
  hint: 'Choose every jurisdiction the partners are in: law and assurance differ, and the result lists each one’s duties.',
} as const;

/** Scorable facts about the proposal (framework §0). */
export const proposalQuestions = [
  {
    id: 'proposal.writerCount',
    shortName: 'Organisations writing records',
    label: 'How many organisations would write records to the shared store?',
    hint: 'Count organisations that add or change records, not those that only read them.',
    options: [
      { value: 'one', label: 'One' },
      { value: 'few', label: 'Two to five' },
      { value: 'many', label: 'Six or more' },
    ],
    notePrompt: 'Which organisations would write, and what?',
    cite: { section: '5', quote: 'authorised partners can contribute records to' },
  },
  {
    id: 'proposal.onChainData',
    shortName: 'What goes on the ledger',
    label: 'What would be stored on the ledger itself?',
    hint: 'A ledger used as a reference system stores only hashes (audit markers); the data stays off-chain.',
    options: [
      { value: 'hashesOnly', label: 'Hashes or audit markers only' },
      { value: 'metadata', label: 'Metadata about records (who, what, when, where)' },
      { value: 'records', label: 'The records themselves' },
    ],
    notePrompt: 'What exactly would be written on-chain?',
    cite: {
      section: '5',
      quote: 'blockchain is essentially a reference system, rather than a storage system',
    },
  },
  {
    id: 'proposal.patientIdentifiable',
    shortName: 'Patient-identifiable data',
    label: 'Would anything on the ledger identify a patient, directly or indirectly?',
    hint: 'Pseudonymous identifiers and hashes of low-variety data can still identify people.',
    options: yesNo,
    notePrompt: 'Which fields could identify a patient?',
    cite: {
      section: '3b',
      quote: 'EU data protection law prohibits sharing without a lawful basis',
    },
  },
] as const satisfies readonly Question[];
