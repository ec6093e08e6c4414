import type { Question } from './question';

/** The design facts a tension's conflict depends on, as the method page says them. */
export const tensionConflictConditions = {
  beyondHashes: 'the ledger would hold more than hashes',
  identifiableOrRecords: 'the ledger would hold the records themselves or patient-identifiable data',
  pooling: 'the proposal relies on record pooling (or may)',
} as const;

/** Positions up to this one lean to the pole a ledger does not favour. */
export const tensionLeanMax = 1;

export interface Tension extends Question {
  readonly number: number;
  readonly title: string;
  readonly description: string;
  /** The two ends of the axis; the answer is a position 0 (left) … 4 (right). */
  readonly poles: { readonly left: string; readonly right: string };
  /** Which end a ledger serves by its nature. */
  readonly ledgerFavours: 'left' | 'right';
  /** When the proposal's position conflicts with what a ledger can give, in plain words. */
  readonly conflictExplanation: string;
  /** The design fact that turns a lean away from the ledger's side into a conflict; the engine reads this. */
  readonly conflictsWhen: keyof typeof tensionConflictConditions;
  /** Discussion prompt for workshops. */
  readonly prompt: string;
}

const positions = (left: string, right: string) =>
  [
    { value: 0, label: `${left} clearly first` },
    { value: 1, label: `${left} leans first` },
    { value: 2, label: 'Balanced' },
    { value: 3, label: `${right} leans first` },
    { value: 4, label: `${right} clearly first` },
  ] as const;

/** The three normative tensions (seed §3b): positions to take, not scores to maximise. */
export const tensions = [
  {
    id: 'tension.performanceVsSecurity',
    number: 1,
    title: 'Performance and scalability vs security and resilience',
    shortName: 'T1 Performance vs security',
    label: 'Where must this proposal sit between speed at scale and security and resilience?',
    description:
      'Stronger consensus costs throughput; large data cannot live on-chain, so integrity comes from hashes with the data off-chain.',
    poles: { left: 'Performance and scale', right: 'Security and resilience' },
    conflictsWhen: 'beyondHashes',
    ledgerFavours: 'right',
    conflictExplanation:
      'The proposal needs speed and volume while putting more than hashes on the ledger: stronger consensus would cost the throughput it needs.',
    options: positions('Performance', 'Security'),
    notePrompt: 'Position taken: what volume and speed are needed, and what security?',
    prompt: 'What transaction volume must this carry at peak, and what happens if it slows down?',
    cite: {
      section: '3b',
      quote:
        'Blockchains cannot (yet) provide high levels of ledger security and resilience while processing high volume of transactions at scale and speed',
    },
  },
  {
    id: 'tension.privacyVsTransparency',
    number: 2,
    title: 'Privacy and confidentiality vs transparency and accountability',
    shortName: 'T2 Privacy vs transparency',
    label:
      'Where must this proposal sit between privacy and confidentiality and transparency and accountability?',
    description:
      'Patient data needs a lawful basis, and patients’ rights to have records corrected (and, under some laws, deleted) clash with an append-only ledger; business records are confidential too.',
    poles: { left: 'Privacy and confidentiality', right: 'Transparency and accountability' },
    conflictsWhen: 'identifiableOrRecords',
    ledgerFavours: 'right',
    conflictExplanation:
      'The proposal puts privacy first yet would write records or patient-identifiable data to an append-only, shared ledger.',
    options: positions('Privacy', 'Transparency'),
    notePrompt: 'Position taken: what must stay private, and what must be open to audit?',
    prompt: 'If a patient asks for a record to be corrected or deleted, what happens on the ledger?',
    cite: {
      section: '3b',
      quote:
        'Transparency of blockchains … fundamentally at odds with the private and confidential nature of patient information',
    },
  },
  {
    id: 'tension.socialVsComputationalTrust',
    number: 3,
    title: 'Social vs computational trust: the "computational trust paradox"',
    shortName: 'T3 Social vs computational trust',
    label: 'How far do the partners already trust the integrity of the records each other would contribute?',
    description:
      'To gain from a shared ledger, each partner must trust what others contribute and be willing to contribute its own: relying on computational trust raises the need for social trust.',
    poles: { left: 'Little social trust', right: 'High social trust' },
    conflictsWhen: 'pooling',
    ledgerFavours: 'right',
    conflictExplanation:
      'Partners pooling records do not trust each other’s data: the ledger verifies transactions, not the truth of what partners put in.',
    options: [
      { value: 0, label: 'No trust in each other’s data' },
      { value: 1, label: 'Little trust' },
      { value: 2, label: 'Some trust' },
      { value: 3, label: 'Considerable trust' },
      { value: 4, label: 'Full trust' },
    ],
    notePrompt: 'Position taken: what do partners know of each other’s data quality?',
    prompt: 'Which partner’s data would you hesitate to rely on, and would a ledger change that?',
    cite: {
      section: '3b',
      quote: 'reliance on computational trust heightens the importance and need for social trust',
    },
  },
] as const satisfies readonly Tension[];
export type TensionId = (typeof tensions)[number]['id'];
