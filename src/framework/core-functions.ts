import type { Question } from './question';
import { yesNo } from './scales';

/** The two core functions a ledger can serve (seed §5, "provisional theory"). */
export const coreFunctions = [
  {
    id: 'coreFunction.trackAndTrace',
    title: 'Verified, auditable track-and-trace',
    summary:
      'A tamper-evident, mathematically verifiable audit trail of an item of data. The ledger is a reference system: only a hash goes on-chain and the data stays off-chain, so it is scalable and fast.',
    example: "Guardtime's KSI service",
    cite: {
      section: '5',
      quote:
        'a mathematically verifiable, tamper-proof and highly secure, real-time audit trail of the item of data to which it attaches',
    },
  },
  {
    id: 'coreFunction.recordPooling',
    title: 'Record pooling',
    summary:
      'A shared, authoritative, synchronised database among a network of authorised partners, who contribute records and access them under technological access management on a permissioned ledger.',
    example: 'ProCredEx (professional credentials)',
    cite: {
      section: '5',
      quote: 'a trustworthy, single authoritative database of records',
    },
  },
] as const;
export type CoreFunctionId = (typeof coreFunctions)[number]['id'];

export const coreFunctionQuestions = [
  {
    id: 'coreFunction.trackAndTrace',
    shortName: 'Relies on track-and-trace',
    label:
      'Does the proposal rely on a verifiable audit trail of where data or items came from and what happened to them?',
    hint: 'For example proving a record has not been altered since a date, or tracing a medicine pack from maker to dispensary.',
    options: yesNo,
    notePrompt: 'What would be traced, and who needs to verify it?',
    cite: coreFunctions[0].cite,
  },
  {
    id: 'coreFunction.recordPooling',
    shortName: 'Relies on record pooling',
    label:
      'Does the proposal rely on partners pooling their records into one shared, authoritative database?',
    hint: 'Each partner contributes records and reads others’ records under access controls.',
    options: yesNo,
    notePrompt: 'Which records would be pooled, and by whom?',
    cite: coreFunctions[1].cite,
  },
] as const satisfies readonly Question[];
