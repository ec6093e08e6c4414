import { catalogueTitle } from './catalogue';
import type { WorkedExample } from './worked-example';

const seed5 = { seedSection: '5' } as const;

/** Professional credentials (Yeung 2019, §5, conditions 2 and 3; ProCredEx). */
export const credentialsExample = {
  id: 'professional-credentials',
  title: catalogueTitle('professional-credentials'),
  summary:
    'Is this clinician accredited to do this, and is that still current? Hospitals, payers and licensing boards pool verified credential records instead of each re-checking them.',
  basis: { section: '5', quote: "what is the current state of X's professional credentials?" },
  proposal: {
    organisations: 'Hospitals, health plans, licensing and certification boards',
    description:
      'Issuers attest to clinicians’ licences, certifications and training on a permissioned ledger; members read verified, current credentials instead of re-verifying each one, paying an access fee to the contributor (after ProCredEx).',
    settings: ['us'],
  },
  answers: {
    'proposal.writerCount': {
      value: 'many',
      rationale: 'Many issuers and verifiers contribute.',
      source: seed5,
    },
    'proposal.onChainData': {
      value: 'metadata',
      rationale: 'Attestations: who holds which credential, issued by whom, valid until when.',
      source: 'illustrative',
    },
    'proposal.patientIdentifiable': {
      value: 'no',
      rationale: 'Clinicians’ credentials, not patient data.',
      source: seed5,
    },
    'coreFunction.trackAndTrace': {
      value: 'no',
      rationale: 'The value lies in the pooled, current record rather than an audit trail of items.',
      source: 'illustrative',
    },
    'coreFunction.recordPooling': {
      value: 'yes',
      rationale: 'Yeung’s own example of record pooling: ProCredEx.',
      source: seed5,
    },
    'prescreen.sharedStore': {
      value: 'yes',
      rationale: 'Every hospital and payer needs the same answer to "is this credential current?".',
      source: seed5,
    },
    'prescreen.trustedOperator': {
      value: 'no',
      rationale:
        'In the US, credentials are verified separately by each hospital, plan and board; no single operator is accepted by all. In the UK, the GMC and NMC registers are such operators: answer "yes" there.',
      source: 'illustrative',
    },
    'prescreen.appendOnly': {
      value: 'yes',
      rationale: 'A lapse or revocation is a new record; the history is kept.',
      source: 'illustrative',
    },
    'prescreen.tamperEvidentLog': {
      value: 'yes',
      rationale: 'Forged credentials are a real risk; the history of attestations must be provable.',
      source: seed5,
    },
    'prescreen.knownWriters': {
      value: 'yes',
      rationale: 'Issuers are known, accredited bodies.',
      source: seed5,
    },
    'condition.commonInterest': {
      value: 3,
      rationale: 'Hospitals, plans and boards all want verified credentials, for compatible reasons.',
      source: 'illustrative',
    },
    'condition.semanticInteroperability': {
      value: 4,
      rationale:
        'Completion of courses and professional credentials have a clear, unambiguous and stable meaning.',
      source: seed5,
    },
    'condition.longitudinalRecord': {
      value: 4,
      rationale: 'Is Y accredited to perform a particular activity, and is that accreditation still current?',
      source: seed5,
    },
    'condition.validityCheck': {
      value: 4,
      rationale: 'Forgery is possible, and validity is binary: the issuer’s signature checks or it does not.',
      source: seed5,
    },
    'condition.nonConfidential': {
      value: 3,
      rationale: 'Credentials are largely public (professional registers); contact details stay off-chain.',
      source: 'illustrative',
    },
    'condition.governanceIncentives': {
      value: 3,
      rationale: 'An internal market with access fees rewards contributors, overcoming free-riding.',
      source: seed5,
    },
    'obstacle.adoption': {
      value: 3,
      rationale: 'A network of issuers and verifiers must be built; first movers bear the risk.',
      source: seed5,
    },
    'obstacle.interoperability': {
      value: 1,
      rationale: 'Credential records are simple and already standardised.',
      source: 'illustrative',
    },
    'obstacle.governance': {
      value: 2,
      rationale: 'Pricing and admission rules need binding agreement.',
      source: 'illustrative',
    },
    'obstacle.dataSecurity': {
      value: 1,
      rationale: 'Little sensitive data on-chain.',
      source: 'illustrative',
    },
    'obstacle.qualitySafety': {
      value: 1,
      rationale: 'Administrative, not clinical; errors are caught by existing re-credentialing.',
      source: 'illustrative',
    },
    'obstacle.humanFactors': {
      value: 1,
      rationale: 'Used by credentialing staff, not patients.',
      source: 'illustrative',
    },
    'tension.performanceVsSecurity': {
      value: 3,
      rationale: 'Low transaction volume; integrity matters more than speed.',
      source: 'illustrative',
    },
    'tension.privacyVsTransparency': {
      value: 3,
      rationale: 'Credentials are meant to be verifiable by those who rely on them.',
      source: 'illustrative',
    },
    'tension.socialVsComputationalTrust': {
      value: 3,
      rationale: 'Issuers are regulated bodies whose attestations partners already rely on.',
      source: 'illustrative',
    },
  },
  expectedBands: ['strongFit', 'conditionalFit'],
} as const satisfies WorkedExample;
