import type { QuestionId } from './questions';

/**
 * What kind of thing each question asks about, so advice never tells a manager to change a fact:
 * - fact: the situation the proposal is in (who writes, how confidential the data is, what partners want);
 * - lever: a design choice the proposal can make (what goes on the ledger, which core function, a position
 *   on a tension, the governance and incentives it sets up);
 * - risk: an obstacle that mitigation can reduce.
 */
export type QuestionRole = 'fact' | 'lever' | 'risk';

export const questionRoles: Record<QuestionId, QuestionRole> = {
  'proposal.writerCount': 'fact',
  'proposal.onChainData': 'lever',
  'proposal.patientIdentifiable': 'lever',
  'coreFunction.trackAndTrace': 'lever',
  'coreFunction.recordPooling': 'lever',
  'prescreen.sharedStore': 'fact',
  'prescreen.trustedOperator': 'fact',
  'prescreen.appendOnly': 'fact',
  'prescreen.tamperEvidentLog': 'fact',
  'prescreen.knownWriters': 'fact',
  'condition.commonInterest': 'fact',
  'condition.semanticInteroperability': 'fact',
  'condition.longitudinalRecord': 'fact',
  'condition.validityCheck': 'fact',
  'condition.nonConfidential': 'fact',
  'condition.governanceIncentives': 'lever',
  'obstacle.adoption': 'risk',
  'obstacle.interoperability': 'risk',
  'obstacle.governance': 'risk',
  'obstacle.dataSecurity': 'risk',
  'obstacle.qualitySafety': 'risk',
  'obstacle.humanFactors': 'risk',
  'tension.performanceVsSecurity': 'lever',
  'tension.privacyVsTransparency': 'lever',
  'tension.socialVsComputationalTrust': 'lever',
};

export const roleOf = (id: QuestionId): QuestionRole => questionRoles[id];
