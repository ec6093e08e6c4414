import { catalogueTitle } from './catalogue';
import type { WorkedExample } from './worked-example';

const seed5 = { seedSection: '5' } as const;

/** Audit trail of record integrity by hash anchoring (Guardtime KSI; Estonia's e-health, seed §1 and §5). */
export const hashAnchoredAuditTrailExample = {
  id: 'hash-anchored-audit-trail',
  title: catalogueTitle('hash-anchored-audit-trail'),
  summary:
    'Providers keep their records where they are; only each record’s hash is anchored in a ledger, so anyone can prove later that a record has not been altered (Estonia’s e-health with Guardtime KSI).',
  basis: {
    section: '5',
    quote: 'only the audit marker (hash) is stored on the blockchain (hence scalable and fast)',
  },
  proposal: {
    organisations: 'Health records holders across a national health system',
    description:
      'Every write to a health record is hashed and the hash anchored in a ledger-based signature service; auditors and patients can verify any record’s integrity and history without seeing other data.',
    settings: ['eu'],
  },
  answers: {
    'proposal.writerCount': {
      value: 'many',
      rationale: 'Every records holder anchors its writes.',
      source: { seedSection: '1' },
    },
    'proposal.onChainData': {
      value: 'hashesOnly',
      rationale: 'Only the audit marker (hash) is stored on the blockchain.',
      source: seed5,
    },
    'proposal.patientIdentifiable': {
      value: 'no',
      rationale: 'Hashes of whole records, salted, reveal nothing of their content.',
      source: 'illustrative',
    },
    'coreFunction.trackAndTrace': {
      value: 'yes',
      rationale: 'A mathematically verifiable, tamper-proof audit trail: core function 1.',
      source: seed5,
    },
    'coreFunction.recordPooling': {
      value: 'no',
      rationale: 'Records stay off-chain with their holders; nothing is pooled.',
      source: seed5,
    },
    'prescreen.sharedStore': {
      value: 'yes',
      rationale: 'All parties must verify against the same anchors.',
      source: 'illustrative',
    },
    'prescreen.trustedOperator': {
      value: 'no',
      rationale:
        'The point is that integrity can be proved without trusting any one operator, the state included.',
      source: 'illustrative',
    },
    'prescreen.appendOnly': { value: 'yes', rationale: 'Anchors are never changed.', source: seed5 },
    'prescreen.tamperEvidentLog': { value: 'yes', rationale: 'That is the service.', source: seed5 },
    'prescreen.knownWriters': {
      value: 'yes',
      rationale: 'Anchoring is done by registered providers.',
      source: 'illustrative',
    },
    'condition.commonInterest': {
      value: 3,
      rationale: 'Providers, patients and the state all gain from provable integrity.',
      source: 'illustrative',
    },
    'condition.semanticInteroperability': {
      value: 4,
      rationale: 'A hash either matches the record or it does not.',
      source: 'illustrative',
    },
    'condition.longitudinalRecord': {
      value: 3,
      rationale: 'The history of every write, at any point in time, is valuable for audit and disputes.',
      source: seed5,
    },
    'condition.validityCheck': {
      value: 4,
      rationale: 'Tampering is checked automatically and mathematically.',
      source: seed5,
    },
    'condition.nonConfidential': {
      value: 4,
      rationale: 'Nothing confidential is on the ledger; the data stays off-chain.',
      source: seed5,
    },
    'condition.governanceIncentives': {
      value: 3,
      rationale: 'Run as a national service with a clear mandate.',
      source: { seedSection: '1' },
    },
    'obstacle.adoption': {
      value: 2,
      rationale: 'Invisible to clinicians; needs integration work.',
      source: 'illustrative',
    },
    'obstacle.interoperability': {
      value: 1,
      rationale: 'Hashing works on any record format.',
      source: 'illustrative',
    },
    'obstacle.governance': { value: 1, rationale: 'Little to decide once running.', source: 'illustrative' },
    'obstacle.dataSecurity': {
      value: 2,
      rationale: 'The off-chain records still need securing: the ledger does not protect them.',
      source: { seedSection: '3a' },
    },
    'obstacle.qualitySafety': {
      value: 1,
      rationale: 'Does not change clinical data.',
      source: 'illustrative',
    },
    'obstacle.humanFactors': {
      value: 1,
      rationale: 'Automated; garbage in is still garbage, but provably unaltered garbage.',
      source: 'illustrative',
    },
    'tension.performanceVsSecurity': {
      value: 3,
      rationale: 'Hashes are small, so security need not cost throughput.',
      source: { seedSection: '3b' },
    },
    'tension.privacyVsTransparency': {
      value: 1,
      rationale: 'Privacy first, kept by storing only hashes.',
      source: 'illustrative',
    },
    'tension.socialVsComputationalTrust': {
      value: 3,
      rationale: 'Nothing is pooled, so partners need not trust each other’s data.',
      source: 'illustrative',
    },
  },
  expectedBands: ['strongFit', 'conditionalFit'],
} as const satisfies WorkedExample;
