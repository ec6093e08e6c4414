import { allOf, anyOf, type Trigger, when } from './ledger-facts';
import type { QuestionId } from './questions';

/**
 * The DCB0129/0160 clinical risk matrix: five likelihood and five consequence categories, mapped by lookup
 * (not multiplied) to a clinical risk rating of 1–5. Taken from a third-party reproduction of the standards'
 * implementation guidance, because the official PDF was not in the stored sources: NHS England's UK Core
 * Hazard Log on simplifier.net (read 2 Dec 2026). A second reproduction (skillmds.dev, DCB0129 hazard log)
 * differs in five cells of the upper-right corner; the fact-check's worked cell (catastrophic × very low = 3)
 * agrees with both. The Clinical Safety Officer should confirm the table against the guidance in force.
 */
export const likelihoodCategories = ['Very low', 'Low', 'Medium', 'High', 'Very high'] as const;
export const consequenceCategories = [
  'Minor',
  'Significant',
  'Considerable',
  'Major',
  'Catastrophic',
] as const;

/** riskMatrix[likelihood - 1][consequence - 1]: the clinical risk rating, 1–5. */
export const riskMatrix: readonly (readonly (1 | 2 | 3 | 4 | 5)[])[] = [
  [1, 1, 2, 2, 3], // Very low
  [1, 2, 2, 3, 4], // Low
  [2, 2, 3, 3, 4], // Medium
  [2, 3, 3, 4, 5], // High
  [3, 4, 4, 5, 5], // Very high
];

export const riskRatingLabels = {
  1: 'Acceptable',
  2: 'Acceptable with monitoring',
  3: 'Undesirable',
  4: 'Mandatory elimination or control',
  5: 'Unacceptable',
} as const;

export const riskMatrixSource = {
  title: 'NHS England, UK Core Hazard Log (HL7 FHIR UK Core), risk matrix and risk rating',
  url: 'https://simplifier.net/guide/UK-Core-Hazard-Log/Home?version=current',
  note: 'Third-party reproduction of the DCB0129/0160 implementation guidance matrix; the official PDF was not in the stored sources. Rating 2’s label is from skillmds.dev.',
  checkedOn: '2026-12-02',
} as const;

/**
 * A ledger-specific hazard, keyed by what the ledger holds and does (consent preferences, prescriptions,
 * supply-chain events, credentials, hashes; records or hashes on-chain; who writes). Brief: shared/regulatory.md
 * (hazards to log); the consent hazard is the one issue #22 names (a stale or wrong preference).
 */
export interface LedgerHazard {
  readonly id: string;
  readonly hazard: string;
  readonly cause: string;
  readonly effect: string;
  /** Controls an organisation typically already has, to be confirmed or replaced by the assessor. */
  readonly existingControls: string;
  /** Controls to propose to the vendor and the partners. */
  readonly proposedControls: readonly string[];
  /** The hazard belongs in the log only when this holds. */
  readonly appliesWhen: Trigger;
  /** The answers whose ratings (0–4) set the likelihood category (1–5): the worst of them counts. */
  readonly likelihoodFrom: readonly QuestionId[];
  /** Rating-style answers where a low rating means a high likelihood (a condition poorly met). */
  readonly inverted?: boolean;
  /** 1 (minor) … 5 (catastrophic), the DCB consequence category. */
  readonly consequence: 1 | 2 | 3 | 4 | 5;
}

export const ledgerHazards: readonly LedgerHazard[] = [
  {
    id: 'consentStaleOrWrong',
    hazard: 'A stale or wrong consent preference is acted on',
    cause:
      'A patient’s change of preference is recorded late, against the wrong patient, by someone without authority, or has not reached every node when a partner reads it.',
    effect: 'Data is shared against the patient’s wishes, or withheld from clinicians who need it for care.',
    existingControls: 'Local consent records and the national data opt-out, checked by each organisation.',
    proposedControls: [
      'Read the preference at the point of use from the latest entry, showing when it was set',
      'Identity and authority checks on whoever records a preference, including proxies',
      'A logged, reviewed emergency-access route when a preference blocks care',
      'Reconcile the ledger with local consent records and the national opt-out',
    ],
    appliesWhen: when.holdsConsent,
    likelihoodFrom: ['obstacle.humanFactors', 'obstacle.interoperability'],
    consequence: 4,
  },
  {
    id: 'prescriptionSuperseded',
    hazard: 'A cancelled or amended prescription is dispensed as it first stood',
    cause:
      'The cancellation or amendment is appended to the ledger, but the dispensing system reads an earlier entry or a copy not yet in step.',
    effect: 'A patient receives a wrong, stopped or duplicate medicine.',
    existingControls: 'Pharmacist clinical check before dispensing.',
    proposedControls: [
      'Dispensing reads the latest state of the prescription, with cancellations checked first',
      'Medicines coded to the national dictionary, tested across partners',
    ],
    appliesWhen: when.holdsPrescriptions,
    likelihoodFrom: ['obstacle.interoperability', 'obstacle.humanFactors'],
    consequence: 4,
  },
  {
    id: 'supplyChainVerification',
    hazard: 'A genuine pack is flagged as suspect, or a falsified one passes',
    cause: 'A partner records a movement late, wrongly or not at all; serial numbers are mis-keyed.',
    effect:
      'A medicine is withheld from a patient while it is checked, or a falsified or recalled medicine is dispensed.',
    existingControls: 'Existing recall notices and wholesaler checks.',
    proposedControls: [
      'A manual verification route when a pack is flagged, with a time limit',
      'Partner agreements on how fast movements are recorded',
    ],
    appliesWhen: when.holdsSupplyChain,
    likelihoodFrom: ['obstacle.governance', 'obstacle.humanFactors'],
    consequence: 3,
  },
  {
    id: 'credentialStale',
    hazard: 'A revoked or lapsed credential still shows as valid (or a valid one as revoked)',
    cause: 'The issuing body records a suspension late, or is not itself a writer to the ledger.',
    effect: 'A practitioner who should not practise treats patients, or a qualified one is kept from work.',
    existingControls: 'Checks against the professional regulator’s own register at employment.',
    proposedControls: [
      'Regulators write suspensions directly, or the ledger is checked against their register',
      'Show the date of the last check beside every credential',
    ],
    appliesWhen: when.holdsCredentials,
    likelihoodFrom: ['obstacle.governance'],
    consequence: 4,
  },
  {
    id: 'clinicalRecordSuperseded',
    hazard: 'Clinicians see an entry without the correction that follows it',
    cause: 'A correction is appended, but a viewer shows the original entry alone.',
    effect: 'Treatment is based on wrong or out-of-date information.',
    existingControls: 'Clinicians’ review of the full record.',
    proposedControls: [
      'Every viewer shows an entry with its later corrections, most recent first',
      'Test corrections end to end with each partner’s system',
    ],
    appliesWhen: anyOf(when.holdsClinicalRecords, when.recordsOnChain),
    likelihoodFrom: ['obstacle.humanFactors', 'obstacle.interoperability'],
    consequence: 4,
  },
  {
    id: 'misfiledRecord',
    hazard: 'An entry filed on the wrong patient cannot be removed',
    cause: 'A user records data against the wrong patient; the ledger cannot delete it.',
    effect:
      'The other patient’s clinicians may act on it, and the first patient’s data is disclosed to every node.',
    existingControls: 'Patient identity checks when recording.',
    proposedControls: [
      'Keep identifiable data off-chain so a misfiled entry can be deleted there',
      'A flag on the on-chain entry that every viewer honours',
    ],
    appliesWhen: when.identifiableBeyondHashes,
    likelihoodFrom: ['obstacle.humanFactors'],
    consequence: 3,
  },
  {
    id: 'hashDivergence',
    hazard: 'An on-chain hash no longer matches the off-chain record',
    cause: 'The off-chain record is changed, migrated or re-encoded without a new anchor.',
    effect:
      'A valid record fails verification and is treated as tampered, or staff stop trusting verification.',
    existingControls: 'None specific to a ledger.',
    proposedControls: [
      'Re-anchor on every permitted change and migration',
      'A documented procedure when verification fails',
    ],
    appliesWhen: anyOf(when.hashesOnly, when.holdsAuditHashes),
    likelihoodFrom: ['obstacle.interoperability'],
    consequence: 2,
  },
  {
    id: 'keyLoss',
    hazard: 'A lost key stops an organisation reading or recording',
    cause: 'A user or organisation loses the private key needed to read or write entries.',
    effect:
      'Information cannot be seen or recorded until the key is recovered; care that depends on it waits.',
    existingControls: 'The organisation’s usual account recovery, which a ledger key may not follow.',
    proposedControls: ['Key escrow or recovery agreed by the partners', 'A fallback to the source systems'],
    appliesWhen: allOf(when.directCarePossible, when.patientDataPossible),
    likelihoodFrom: ['obstacle.humanFactors', 'obstacle.dataSecurity'],
    consequence: 3,
  },
  {
    id: 'consensusOutage',
    hazard: 'A consensus outage stops the shared service',
    cause: 'Nodes cannot reach consensus (network split, a partner withdraws, a software fault).',
    effect:
      'Entries cannot be verified or recorded until the network recovers: a pack cannot be verified, a preference or credential cannot be checked.',
    existingControls: 'Business continuity plans for each partner’s own systems.',
    proposedControls: [
      'A documented fallback when the network is down, tested',
      'Service levels and exit terms in the partner agreement',
    ],
    appliesWhen: when.severalWriters,
    likelihoodFrom: ['obstacle.governance', 'obstacle.dataSecurity'],
    consequence: 3,
  },
  {
    id: 'contractRejectsValid',
    hazard: 'An automated rule wrongly rejects a valid action',
    cause: 'The smart contract encodes an ambiguous or outdated meaning of the record.',
    effect: 'A valid prescription, credential, preference or transfer is refused and care is delayed.',
    existingControls: 'None specific to a ledger.',
    proposedControls: [
      'A human override with a logged reason',
      'Rules tested against the coding standard in use',
    ],
    appliesWhen: when.automatedRules,
    likelihoodFrom: ['condition.semanticInteroperability'],
    inverted: true,
    consequence: 3,
  },
  {
    id: 'timestampDispute',
    hazard: 'The time and order of events are disputed',
    cause: 'Nodes’ clocks and block times differ from when events happened in care.',
    effect: 'Who recorded what, when, cannot be settled; incident review is delayed.',
    existingControls: 'Each system’s own audit log.',
    proposedControls: ['Record the time of the event as well as the block time'],
    appliesWhen: when.severalWriters,
    likelihoodFrom: ['obstacle.interoperability'],
    consequence: 2,
  },
];
