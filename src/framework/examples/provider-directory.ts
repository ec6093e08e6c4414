import { catalogueTitle } from './catalogue';
import type { WorkedExample } from './worked-example';

/** Illustrative: a US payer/provider consortium's shared administrative records (Yeung 2019, §4). */
export const providerDirectoryExample = {
  id: 'provider-directory',
  title: catalogueTitle('provider-directory'),
  summary:
    'Illustrative. Health plans and providers keep one shared directory of clinicians’ practice locations and networks, instead of each plan chasing updates separately.',
  basis: 'illustrative',
  proposal: {
    organisations: 'Health plans, provider groups, hospitals',
    description:
      'Consortium members write updates to provider demographics (locations, specialties, networks) to a permissioned ledger; each member reads the current directory.',
    settings: ['us'],
  },
  answers: {
    'proposal.writerCount': {
      value: 'many',
      rationale: 'Every plan and provider group writes.',
      source: 'illustrative',
    },
    'proposal.onChainData': {
      value: 'metadata',
      rationale: 'Directory entries: names, locations, specialties.',
      source: 'illustrative',
    },
    'proposal.patientIdentifiable': { value: 'no', rationale: 'No patient data.', source: 'illustrative' },
    'coreFunction.trackAndTrace': {
      value: 'no',
      rationale: 'The current directory matters, not a trail of items.',
      source: 'illustrative',
    },
    'coreFunction.recordPooling': {
      value: 'yes',
      rationale: 'Secure shared administrative records among a consortium (Yeung 2019, §4).',
      source: { seedSection: '4' },
    },
    'prescreen.sharedStore': {
      value: 'yes',
      rationale: 'Duplicated directories arise from lack of trust (Yeung 2019, §4).',
      source: { seedSection: '4' },
    },
    'prescreen.trustedOperator': {
      value: 'no',
      rationale: 'Competing plans would not hand the directory to one of them.',
      source: 'illustrative',
    },
    'prescreen.appendOnly': {
      value: 'yes',
      rationale: 'Updates are added as new versions.',
      source: 'illustrative',
    },
    'prescreen.tamperEvidentLog': {
      value: 'yes',
      rationale: 'Who changed an entry, and when, must be provable to regulators.',
      source: 'illustrative',
    },
    'prescreen.knownWriters': { value: 'yes', rationale: 'Consortium members only.', source: 'illustrative' },
    'condition.commonInterest': {
      value: 3,
      rationale: 'All members need accurate directories; interests broadly aligned.',
      source: 'illustrative',
    },
    'condition.semanticInteroperability': {
      value: 3,
      rationale: 'Directory fields are fairly standard, with some local variation.',
      source: 'illustrative',
    },
    'condition.longitudinalRecord': {
      value: 3,
      rationale: 'The current state matters most; history helps audits.',
      source: 'illustrative',
    },
    'condition.validityCheck': {
      value: 2,
      rationale: 'Licence numbers can be checked automatically; addresses and availability cannot.',
      source: 'illustrative',
    },
    'condition.nonConfidential': {
      value: 4,
      rationale: 'Directory data is meant to be public.',
      source: 'illustrative',
    },
    'condition.governanceIncentives': {
      value: 2,
      rationale: 'First-mover disadvantage: early members bear the cost while all share the gains.',
      source: { seedSection: '5' },
    },
    'obstacle.adoption': { value: 3, rationale: 'Competitors must join.', source: 'illustrative' },
    'obstacle.interoperability': {
      value: 2,
      rationale: 'Mapping local directory formats.',
      source: 'illustrative',
    },
    'obstacle.governance': {
      value: 3,
      rationale: 'Sharing costs and savings fairly is the serious challenge (Yeung 2019, §4).',
      source: { seedSection: '4' },
    },
    'obstacle.dataSecurity': { value: 1, rationale: 'Public data.', source: 'illustrative' },
    'obstacle.qualitySafety': { value: 1, rationale: 'Administrative data.', source: 'illustrative' },
    'obstacle.humanFactors': {
      value: 2,
      rationale: 'Manual updates by office staff.',
      source: 'illustrative',
    },
    'tension.performanceVsSecurity': { value: 2, rationale: 'Moderate volume.', source: 'illustrative' },
    'tension.privacyVsTransparency': {
      value: 3,
      rationale: 'Directory data is public.',
      source: 'illustrative',
    },
    'tension.socialVsComputationalTrust': {
      value: 2,
      rationale: 'Members doubt the accuracy of each other’s updates today.',
      source: 'illustrative',
    },
  },
  expectedBands: ['conditionalFit', 'weakFit'],
} as const satisfies WorkedExample;
