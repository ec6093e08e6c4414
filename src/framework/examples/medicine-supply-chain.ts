import { catalogueTitle } from './catalogue';
import type { WorkedExample } from './worked-example';

const seed5 = { seedSection: '5' } as const;

/** Prescription medicine supply-chain and dispensary tracking (Yeung 2019, §5, condition 3's example). */
export const medicineSupplyChainExample = {
  id: 'medicine-supply-chain',
  title: catalogueTitle('medicine-supply-chain'),
  summary:
    'Manufacturers, wholesalers and pharmacies record each pack’s movements and dispensing, so anyone can check a pack is genuine and not already dispensed.',
  basis: {
    section: '5',
    quote:
      'High value or sensitive product tracking such as prescription medication supply chain and dispensary tracking',
  },
  proposal: {
    organisations: 'Manufacturers, wholesalers, hospital and community pharmacies',
    description:
      'Each pack’s serial number and its commissioning, transfers and dispensing are written to a permissioned ledger shared by the supply chain.',
    settings: ['us'],
  },
  answers: {
    'proposal.writerCount': {
      value: 'many',
      rationale: 'Every trading partner writes events.',
      source: seed5,
    },
    'proposal.onChainData': {
      value: 'metadata',
      rationale: 'Pack serial numbers, events, places and times; no patient data.',
      source: 'illustrative',
    },
    'proposal.patientIdentifiable': {
      value: 'no',
      rationale: 'Dispensing is recorded against the pack, not the patient.',
      source: 'illustrative',
    },
    'coreFunction.trackAndTrace': {
      value: 'yes',
      rationale: 'Tracing each pack from maker to dispensary is the point.',
      source: seed5,
    },
    'coreFunction.recordPooling': {
      value: 'yes',
      rationale: 'Trading partners pool their event records into one history per pack.',
      source: seed5,
    },
    'prescreen.sharedStore': {
      value: 'yes',
      rationale: 'Every partner must see the same state of a pack.',
      source: seed5,
    },
    'prescreen.trustedOperator': {
      value: 'no',
      rationale:
        'In the US, trading partners exchange data with no single operator. In the EU, the Falsified Medicines Directive’s hub is such an operator: answer "yes" there and a trusted registry does the job.',
      source: 'illustrative',
    },
    'prescreen.appendOnly': {
      value: 'yes',
      rationale: 'Supply-chain events are facts that are only ever added.',
      source: 'illustrative',
    },
    'prescreen.tamperEvidentLog': {
      value: 'yes',
      rationale: 'Falsified medicines make a provable history valuable.',
      source: seed5,
    },
    'prescreen.knownWriters': {
      value: 'yes',
      rationale: 'Licensed trading partners only.',
      source: 'illustrative',
    },
    'condition.commonInterest': {
      value: 3,
      rationale: 'All partners want genuine medicines in the chain, though they compete commercially.',
      source: 'illustrative',
    },
    'condition.semanticInteroperability': {
      value: 4,
      rationale: 'Asset and process tracking with standard identifiers (GS1) has a clear, stable meaning.',
      source: seed5,
    },
    'condition.longitudinalRecord': {
      value: 4,
      rationale: 'Where is this pack now, and where has it been? Yeung’s own example.',
      source: seed5,
    },
    'condition.validityCheck': {
      value: 4,
      rationale: 'A serial number is valid and undispensed, or it is not: binary and automatable.',
      source: seed5,
    },
    'condition.nonConfidential': {
      value: 3,
      rationale: 'No patient data; trading volumes are commercially sensitive and need care.',
      source: 'illustrative',
    },
    'condition.governanceIncentives': {
      value: 2,
      rationale: 'Who pays and who benefits is contested among competitors; first movers bear the cost.',
      source: 'illustrative',
    },
    'obstacle.adoption': {
      value: 3,
      rationale: 'Every trading partner must join for the record to be complete.',
      source: 'illustrative',
    },
    'obstacle.interoperability': {
      value: 2,
      rationale: 'GS1 standards exist; several competing ledgers could still fragment the chain.',
      source: { seedSection: '3a' },
    },
    'obstacle.governance': {
      value: 3,
      rationale: 'Competitors must agree binding rules.',
      source: 'illustrative',
    },
    'obstacle.dataSecurity': {
      value: 1,
      rationale: 'Little sensitive data on-chain.',
      source: 'illustrative',
    },
    'obstacle.qualitySafety': {
      value: 2,
      rationale: 'Dispensing decisions depend on it, so it must be validated.',
      source: 'illustrative',
    },
    'obstacle.humanFactors': {
      value: 2,
      rationale: 'Scanning errors at busy pharmacies.',
      source: 'illustrative',
    },
    'tension.performanceVsSecurity': {
      value: 2,
      rationale: 'Millions of scans a day need throughput; integrity matters as much.',
      source: { seedSection: '3b' },
    },
    'tension.privacyVsTransparency': {
      value: 2,
      rationale: 'Commercial confidentiality balanced against regulators’ need to trace.',
      source: 'illustrative',
    },
    'tension.socialVsComputationalTrust': {
      value: 2,
      rationale: 'Partners trust each other’s scans only in part.',
      source: 'illustrative',
    },
  },
  expectedBands: ['conditionalFit', 'strongFit'],
} as const satisfies WorkedExample;
