import type { Answers } from '../../src/schema/assessment-schema';
import { passingPrescreen } from '../engine/answers-fixtures';

type Values = Record<string, string | number>;
const answers = (values: Values): Answers =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));

/** A neutral proposal: several writers, pre-screen passed, everything middling. Scenarios change what they are about. */
const neutral: Values = {
  ...passingPrescreen,
  'proposal.onChainData': 'metadata',
  'condition.commonInterest': 2,
  'condition.semanticInteroperability': 2,
  'condition.longitudinalRecord': 2,
  'condition.validityCheck': 2,
  'condition.nonConfidential': 2,
  'condition.governanceIncentives': 2,
  'obstacle.adoption': 2,
  'obstacle.interoperability': 2,
  'obstacle.governance': 2,
  'obstacle.dataSecurity': 2,
  'obstacle.qualitySafety': 2,
  'obstacle.humanFactors': 2,
  'tension.performanceVsSecurity': 2,
  'tension.privacyVsTransparency': 2,
  'tension.socialVsComputationalTrust': 2,
};
const scenario = (changes: Values) => answers({ ...neutral, ...changes });

/** A discharge-summary ledger for an acute trust and 40 GP practices, as a vendor pitched it. */
export const dischargeSummaries = scenario({
  'proposal.onChainData': 'records',
  'proposal.patientIdentifiable': 'yes',
  'condition.commonInterest': 3,
  'condition.semanticInteroperability': 1,
  'condition.longitudinalRecord': 3,
  'condition.validityCheck': 2,
  'condition.nonConfidential': 0,
  'condition.governanceIncentives': 1,
  'obstacle.adoption': 3,
  'obstacle.interoperability': 3,
  'obstacle.dataSecurity': 3,
  'obstacle.qualitySafety': 3,
  'tension.privacyVsTransparency': 1,
});

/** The same proposal after following the advice: hashes only, nothing identifiable, no record pooling. */
export const dischargeSummariesFollowed = answers({
  ...Object.fromEntries(
    Object.entries(dischargeSummaries).map(([id, a]) => [id, a.value as string | number]),
  ),
  'proposal.onChainData': 'hashesOnly',
  'proposal.patientIdentifiable': 'no',
  'coreFunction.recordPooling': 'no',
});

export const scenarios: {
  name: string;
  answers: Answers;
  band: string;
  design: string;
  kind: 'fits' | 'alternative';
}[] = [
  {
    name: 'single writer needing an audit trail (one trust’s own prescribing log)',
    answers: scenario({ 'proposal.writerCount': 'one', 'prescreen.tamperEvidentLog': 'yes' }),
    band: 'notAFit',
    design: 'databaseWithAuditLog',
    kind: 'alternative',
  },
  {
    name: 'trusted operator every writer accepts (a national register run by a regulator)',
    answers: scenario({ 'prescreen.trustedOperator': 'yes' }),
    band: 'notAFit',
    design: 'trustedRegistry',
    kind: 'alternative',
  },
  {
    name: 'consortium provider directory (US payers and providers sharing practitioner data)',
    answers: scenario({
      'proposal.onChainData': 'records',
      'condition.commonInterest': 3,
      'condition.semanticInteroperability': 3,
      'condition.longitudinalRecord': 4,
      'condition.validityCheck': 3,
      'condition.nonConfidential': 4,
      'condition.governanceIncentives': 3,
      'obstacle.governance': 3,
    }),
    band: 'conditionalFit',
    design: 'permissionedLedger',
    kind: 'fits',
  },
  {
    name: 'consent records anchored as hashes (the consent itself stays in the trust’s system)',
    answers: scenario({
      'proposal.onChainData': 'hashesOnly',
      'coreFunction.recordPooling': 'no',
      'condition.longitudinalRecord': 4,
      'condition.validityCheck': 3,
      'condition.nonConfidential': 0,
      'obstacle.adoption': 1,
      'obstacle.interoperability': 1,
      'obstacle.governance': 1,
      'obstacle.dataSecurity': 1,
      'obstacle.humanFactors': 1,
    }),
    // The pooling conditions (1, 2, 6) are only partly met and count half for track-and-trace alone.
    band: 'conditionalFit',
    design: 'hashAnchoring',
    kind: 'fits',
  },
  {
    name: 'every answer “Don’t know”',
    answers: answers(Object.fromEntries(Object.keys(neutral).map((id) => [id, 'dontKnow']))),
    band: 'undetermined',
    design: '',
    kind: 'alternative',
  },
  {
    name: 'one answer only (condition 1 fully met)',
    answers: answers({ 'condition.commonInterest': 4 }),
    band: 'undetermined',
    design: '',
    kind: 'alternative',
  },
  {
    name: 'medicine supply chain and dispensary tracking (pack serials, no patient data)',
    answers: scenario({
      'condition.commonInterest': 3,
      'condition.semanticInteroperability': 4,
      'condition.longitudinalRecord': 4,
      'condition.validityCheck': 4,
      'condition.nonConfidential': 3,
      'obstacle.adoption': 3,
      'obstacle.governance': 3,
    }),
    band: 'conditionalFit',
    design: 'permissionedLedger',
    kind: 'fits',
  },
  {
    name: 'patient records (EHRs) on a ledger, Yeung §6',
    answers: scenario({
      'proposal.onChainData': 'records',
      'proposal.patientIdentifiable': 'yes',
      'condition.commonInterest': 2,
      'condition.semanticInteroperability': 1,
      'condition.longitudinalRecord': 4,
      'condition.validityCheck': 2,
      'condition.nonConfidential': 0,
      'condition.governanceIncentives': 'dontKnow',
    }),
    band: 'weakFit',
    design: 'hashAnchoring',
    kind: 'alternative',
  },
  {
    name: 'discharge summaries for an acute trust and 40 GP practices',
    answers: dischargeSummaries,
    band: 'weakFit',
    design: 'hashAnchoring',
    kind: 'alternative',
  },
  {
    name: 'professional credentials (clinicians’ accreditation, ProCredEx-like)',
    answers: scenario({
      'proposal.onChainData': 'records',
      'condition.commonInterest': 4,
      'condition.semanticInteroperability': 4,
      'condition.longitudinalRecord': 4,
      'condition.validityCheck': 4,
      'condition.nonConfidential': 3,
      'condition.governanceIncentives': 3,
      'obstacle.adoption': 2,
      'obstacle.interoperability': 1,
      'obstacle.governance': 2,
      'obstacle.dataSecurity': 1,
      'obstacle.qualitySafety': 1,
      'obstacle.humanFactors': 1,
    }),
    band: 'strongFit',
    design: 'permissionedLedger',
    kind: 'fits',
  },
];
