import { catalogueTitle } from './catalogue';
import type { WorkedExample } from './worked-example';

const seed6 = { seedSection: '6' } as const;

/** The seed's own assessment (§6): blockchain-enabled electronic health records. */
export const patientRecordsExample = {
  id: 'patient-records',
  title: catalogueTitle('patient-records'),
  summary:
    'A patient-controlled electronic health record shared on a ledger by hospitals, GPs, researchers and others. The talk’s own worked assessment: prospects "muted".',
  basis: { section: '6', quote: 'Prospects for blockchain enabled EHRs muted' },
  proposal: {
    organisations: 'Hospitals, GP practices, community care, researchers',
    description:
      'Patients’ health records are written to a shared ledger so that every provider, and the patient, sees one longitudinal record over the life-course.',
    settings: ['ukNhs'],
  },
  answers: {
    'proposal.writerCount': {
      value: 'many',
      rationale: 'Every care provider writes to the record.',
      source: 'illustrative',
    },
    'proposal.onChainData': {
      value: 'records',
      rationale:
        'The promise of blockchain-based patient-controlled records is that the record itself is shared on the ledger.',
      source: seed6,
    },
    'proposal.patientIdentifiable': {
      value: 'yes',
      rationale: 'Health records are about identified patients.',
      source: seed6,
    },
    'coreFunction.trackAndTrace': {
      value: 'yes',
      rationale: 'An audit trail of who wrote and accessed each record is part of the pitch.',
      source: 'illustrative',
    },
    'coreFunction.recordPooling': {
      value: 'yes',
      rationale: 'Providers pool their records into one authoritative longitudinal record.',
      source: seed6,
    },
    'prescreen.sharedStore': {
      value: 'yes',
      rationale: 'Clinicians across settings need the same view of the patient.',
      source: seed6,
    },
    'prescreen.trustedOperator': {
      value: 'dontKnow',
      rationale:
        'The talk is silent. In the NHS, national services already hold shared records; if one would be accepted by all writers, a trusted registry would do.',
      source: 'illustrative',
    },
    'prescreen.appendOnly': {
      value: 'yes',
      rationale:
        'Clinical records are corrected by adding amendments; erasure rights are taken up under tension 2.',
      source: 'illustrative',
    },
    'prescreen.tamperEvidentLog': {
      value: 'yes',
      rationale: 'A tamper-evident history of the record is sought for medico-legal reasons.',
      source: 'illustrative',
    },
    'prescreen.knownWriters': {
      value: 'yes',
      rationale: 'Writers are registered care providers.',
      source: 'illustrative',
    },
    'condition.commonInterest': {
      value: 2,
      rationale:
        'Partially met: many stakeholders with a substantial interest (clinicians, researchers, pharma) but a wide range of intersecting interests that may not always be aligned, and sometimes conflicting.',
      source: seed6,
    },
    'condition.semanticInteroperability': {
      value: 1,
      rationale:
        'Clear and settled agreement on the semantic meaning of the records appears very poorly met.',
      source: seed6,
    },
    'condition.longitudinalRecord': {
      value: 4,
      rationale:
        'Strongly met: very considerable value for clinicians, patients and researchers in a single, reliable longitudinal care record over the life-course.',
      source: seed6,
    },
    'condition.validityCheck': {
      value: 2,
      rationale:
        'Potentially present for some data but highly variable: NHS records are highly trusted, and a ledger does not solve garbage in, garbage out.',
      source: seed6,
    },
    'condition.nonConfidential': {
      value: 0,
      rationale:
        'Not met: the underlying data is highly sensitive, with real risks for patients from sharing intimate health data in ways that might be used against them.',
      source: seed6,
    },
    'condition.governanceIncentives': {
      value: 'dontKnow',
      rationale: 'The talk does not assess condition 6 for patient records.',
      source: seed6,
    },
    'obstacle.adoption': {
      value: 3,
      rationale: 'Needs every provider, clinician and patient on board.',
      source: 'illustrative',
    },
    'obstacle.interoperability': {
      value: 4,
      rationale: 'Clinical records lack semantic interoperability today across all three levels.',
      source: 'illustrative',
    },
    'obstacle.governance': {
      value: 3,
      rationale: 'Divergent interests of providers, researchers and industry.',
      source: 'illustrative',
    },
    'obstacle.dataSecurity': {
      value: 4,
      rationale: 'Highly sensitive data; leakage once revealed cannot be undone.',
      source: 'illustrative',
    },
    'obstacle.qualitySafety': {
      value: 3,
      rationale: 'A clinical system: DCB0129/DCB0160 clinical risk management and CQC apply.',
      source: 'illustrative',
    },
    'obstacle.humanFactors': {
      value: 3,
      rationale: 'Patients and staff of varying competence manage access; mistakes are inevitable.',
      source: 'illustrative',
    },
    'tension.performanceVsSecurity': {
      value: 2,
      rationale: 'Both matter: clinical use needs speed, the record needs security.',
      source: 'illustrative',
    },
    'tension.privacyVsTransparency': {
      value: 0,
      rationale: 'Patient confidentiality comes first, under a lawful basis and data-subject rights.',
      source: { seedSection: '3b' },
    },
    'tension.socialVsComputationalTrust': {
      value: 3,
      rationale: 'NHS providers are highly trusted and have few incentives to falsify data.',
      source: seed6,
    },
  },
  expectedBands: ['notAFit', 'weakFit'],
} as const satisfies WorkedExample;
