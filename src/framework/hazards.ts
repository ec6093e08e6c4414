import type { QuestionId } from './questions';

/**
 * The ledger-specific hazards a DCB0160 hazard log must consider (NHS England clinical safety standards;
 * the brief in shared/regulatory.md). Likelihood follows the answers named in `likelihoodFrom`; severity
 * is the hazard's own, raised when the records themselves would be on the ledger.
 */
export interface LedgerHazard {
  readonly id: string;
  readonly hazard: string;
  readonly cause: string;
  readonly effect: string;
  /** The answers whose ratings (0–4) set the likelihood (1–5): the worst of them counts. */
  readonly likelihoodFrom: readonly QuestionId[];
  /** Rating-style answers where a low rating means a high likelihood (a condition poorly met). */
  readonly inverted?: boolean;
  /** 1 (minor) … 5 (catastrophic), on the DCB0160 5×5 matrix. */
  readonly severity: number;
}

export const ledgerHazards: readonly LedgerHazard[] = [
  {
    id: 'immutableWrongEntry',
    hazard: 'A wrong entry cannot be removed from the ledger',
    cause: 'A user records wrong data; the ledger is append-only, so only a correcting entry can follow it.',
    effect: 'Clinicians act on the wrong entry, or miss the correction.',
    likelihoodFrom: ['obstacle.humanFactors'],
    severity: 4,
  },
  {
    id: 'hashDivergence',
    hazard: 'An on-chain hash no longer matches the off-chain record',
    cause: 'The off-chain record is changed, migrated or re-encoded without a new anchor.',
    effect:
      'A valid record fails verification and is treated as tampered, or staff stop trusting verification.',
    likelihoodFrom: ['obstacle.interoperability'],
    severity: 3,
  },
  {
    id: 'keyLoss',
    hazard: 'A lost key blocks access in an emergency',
    cause: 'A user or organisation loses the private key needed to read or write records.',
    effect: 'Clinicians cannot see or record information when care is urgent.',
    likelihoodFrom: ['obstacle.humanFactors', 'obstacle.dataSecurity'],
    severity: 4,
  },
  {
    id: 'consensusOutage',
    hazard: 'A consensus outage stops dispensing or verification',
    cause: 'Nodes cannot reach consensus (network split, partner withdrawal, software fault).',
    effect: 'Medicines cannot be dispensed or credentials checked until the network recovers.',
    likelihoodFrom: ['obstacle.governance', 'obstacle.dataSecurity'],
    severity: 4,
  },
  {
    id: 'contractRejectsValid',
    hazard: 'A smart-contract rule wrongly rejects a valid action',
    cause: 'The automated validity rule encodes an ambiguous or outdated meaning of the record.',
    effect: 'A valid prescription, credential or transfer is refused and care is delayed.',
    likelihoodFrom: ['condition.semanticInteroperability'],
    inverted: true,
    severity: 4,
  },
  {
    id: 'timestampDispute',
    hazard: 'The time and order of events are disputed',
    cause: 'Nodes’ clocks and block times differ from when events happened in care.',
    effect: 'Who recorded what, when, cannot be settled; incident review is delayed.',
    likelihoodFrom: ['obstacle.interoperability'],
    severity: 2,
  },
];
