import type { QuestionId } from './questions';

/**
 * What to put to the vendor when an answer is weak, high-risk, in conflict or unknown, and the evidence to ask for.
 * Worded for every setting (no DPIA, erasure, NHS or HIPAA terms): the law of each setting speaks through its
 * regulatory profile, so a US reader is never asked for a DPIA nor an NHS reader for a BAA.
 */
export interface VendorQuestion {
  readonly ask: string;
  readonly evidence: string;
  /** Where the question comes from: Yeung (2019) section, or the decision frameworks it sits beside. */
  readonly source: string;
}

export const vendorQuestions: Record<QuestionId, VendorQuestion> = {
  'proposal.writerCount': {
    ask: 'Which organisations would write records, and which only read them?',
    evidence: 'A list of writing organisations with the records each would add or change.',
    source: 'Wüst & Gervais 2018; NIST IR 8202',
  },
  'proposal.onChainData': {
    ask: 'Exactly which fields would be written to the ledger itself, and which stay in our systems?',
    evidence: 'The on-chain data model, field by field, with an example transaction.',
    source: 'Yeung 2019, §5 (a reference system, not a storage system)',
  },
  'proposal.patientIdentifiable': {
    ask: 'Could any on-chain field, hash or pseudonym be linked back to a patient, alone or with other data?',
    evidence: 'A re-identification assessment and the privacy risk assessment’s section on the ledger.',
    source: 'Yeung 2019, §3b',
  },
  'coreFunction.trackAndTrace': {
    ask: 'Which item’s handling or movement must be proven, and to whom?',
    evidence: 'The audit question the ledger answers, and who verifies the proofs today.',
    source: 'Yeung 2019, §5 (core function 1)',
  },
  'coreFunction.recordPooling': {
    ask: 'Which records would partners pool, and what does each partner gain from the pool?',
    evidence: 'The list of pooled record types and a benefit statement per partner.',
    source: 'Yeung 2019, §5 (core function 2)',
  },
  'prescreen.sharedStore': {
    ask: 'Why do partners need one shared store rather than exchanging documents or messages as now?',
    evidence: 'A use case where today’s exchange fails for want of shared state.',
    source: 'NIST IR 8202; Wüst & Gervais 2018',
  },
  'prescreen.trustedOperator': {
    ask: 'Is there a body every writer already accepts (a regulator, a national service) that could run a shared register?',
    evidence: 'Partners’ written view on an operated registry as the alternative, and why it was rejected.',
    source: 'Wüst & Gervais 2018',
  },
  'prescreen.appendOnly': {
    ask: 'Must records ever be corrected or deleted in place, and how would the ledger handle that?',
    evidence:
      'The correction and deletion procedure, tested on a wrong entry and on one filed on the wrong patient.',
    source: 'NIST IR 8202; Yeung 2019, §3b',
  },
  'prescreen.tamperEvidentLog': {
    ask: 'Who needs to verify that no record was changed, and what do they rely on today?',
    evidence: 'An audit or dispute that a tamper-evident log would have settled.',
    source: 'NIST IR 8202',
  },
  'prescreen.knownWriters': {
    ask: 'Is every writer a known, contracted organisation, or could anyone join?',
    evidence: 'The membership and onboarding rules of the network.',
    source: 'Wüst & Gervais 2018',
  },
  'condition.commonInterest': {
    ask: 'Which partners want these records, for what, and where do their interests diverge?',
    evidence: 'Signed statements of interest from the partners, with what each expects to gain.',
    source: 'Yeung 2019, §5 (condition 1)',
  },
  'condition.semanticInteroperability': {
    ask: 'Which standard or code set fixes the meaning of each record, and who maintains it?',
    evidence:
      'The data dictionary with its coding standard (e.g. SNOMED CT, GS1) and a mapping test across partners.',
    source: 'Yeung 2019, §5 (condition 2)',
  },
  'condition.longitudinalRecord': {
    ask: 'Who needs the state of this record at a point in time, and what goes wrong today without it?',
    evidence: 'Incidents or costs caused by conflicting or out-of-date copies.',
    source: 'Yeung 2019, §5 (condition 3)',
  },
  'condition.validityCheck': {
    ask: 'Which rule would the network check automatically before accepting a record, and what forgery does it stop?',
    evidence: 'The validation rules as code or pseudo-code, with a forged record they reject.',
    source: 'Yeung 2019, §5 (condition 4: otherwise a shared database suffices)',
  },
  'condition.nonConfidential': {
    ask: 'What in the records is confidential, and how is it kept from every partner who holds a copy of the ledger?',
    evidence: 'The data classification of each on-chain field and the privacy risk assessment.',
    source: 'Yeung 2019, §5 (condition 5) and §3a (data leakage)',
  },
  'condition.governanceIncentives': {
    ask: 'Who decides changes to the network, who pays, and why would a partner contribute records first?',
    evidence: 'The draft governance charter, the funding model and the incentive for early contributors.',
    source: 'Yeung 2019, §5 (condition 6: free riders, first-mover disadvantage)',
  },
  'obstacle.adoption': {
    ask: 'Which organisations have committed to join, and what will clinicians and administrators do differently?',
    evidence: 'Letters of commitment, a user-acceptance plan and the cost of adoption per partner.',
    source: 'Yeung 2019, §3a (adoption)',
  },
  'obstacle.interoperability': {
    ask: 'How does the ledger exchange data with our existing systems at foundational, structural and semantic level?',
    evidence:
      'Interface specifications (e.g. FHIR profiles) and an end-to-end test with one partner’s system.',
    source: 'Yeung 2019, §3a (interoperability and standardisation)',
  },
  'obstacle.governance': {
    ask: 'What binding policy decides how the network changes, and what happens when partners disagree?',
    evidence: 'The decision and dispute procedure, and how a partner leaves with its data.',
    source: 'Yeung 2019, §3a (internal governance)',
  },
  'obstacle.dataSecurity': {
    ask: 'How is the off-chain data the ledger points to secured, and what stops a partner copying what it can read?',
    evidence:
      'The security architecture for off-chain stores, a penetration test and the access-control model.',
    source: 'Yeung 2019, §3a (data security; Finck 2019)',
  },
  'obstacle.qualitySafety': {
    ask: 'What clinical safety case covers the ledger, and how is a wrong entry found and corrected?',
    evidence: 'The manufacturer’s clinical safety case and hazard log, and validation test results.',
    source: 'Yeung 2019, §3a (quality, safety and data integrity)',
  },
  'obstacle.humanFactors': {
    ask: 'What happens when a user enters wrong data or loses a key, and how is that caught?',
    evidence: 'Usability testing results and the key-recovery and error-correction procedures.',
    source: 'Yeung 2019, §3a (human factors and fallibility)',
  },
  'tension.performanceVsSecurity': {
    ask: 'What throughput and latency will the ledger give at our volumes, with the consensus protocol proposed?',
    evidence: 'A load test at expected peak volume, with the consensus settings used.',
    source: 'Yeung 2019, §3b (tension 1)',
  },
  'tension.privacyVsTransparency': {
    ask: 'How does the design honour a patient’s rights to have their data corrected or deleted when the ledger is append-only?',
    evidence:
      'The legal basis, the privacy risk assessment and the procedure for a patient’s request to correct or delete.',
    source: 'Yeung 2019, §3b (tension 2)',
  },
  'tension.socialVsComputationalTrust': {
    ask: 'How would we know the records other partners contribute are accurate before we rely on them?',
    evidence: 'Data-quality agreements between partners and how breaches are handled.',
    source: 'Yeung 2019, §3b (tension 3: the computational trust paradox)',
  },
};
