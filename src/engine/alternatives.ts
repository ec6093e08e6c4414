import type { Answers } from '@/schema/assessment-schema';
import { answerEquals, readYesNo } from './answer-values';
import { bandIndex } from './bands';
import { decisiveCaps } from './decisive';
import type { ArchitectureAdvice, Decision } from './result-types';

/** The proposal already uses a ledger only to anchor hashes: the lightest ledger design there is. */
export function isAlreadyHashAnchoring(answers: Answers): boolean {
  return (
    answerEquals(answers, 'proposal.onChainData', 'hashesOnly') &&
    readYesNo(answers, 'coreFunction.recordPooling') === 'no' &&
    readYesNo(answers, 'coreFunction.trackAndTrace') !== 'no'
  );
}

function whatDecided(decision: Decision): string {
  const cap = decisiveCaps(decision)[0];
  if (cap) return cap.reason.text;
  // A score is quoted only where something it counts is known (never "0/100" from nothing).
  const known = (list: Decision['fitContributions']) => list.some((c) => c.value !== undefined);
  const fit = known(decision.fitContributions)
    ? `condition fit ${decision.fitScore}/100`
    : 'condition fit not scored';
  const risk = known(decision.riskContributions)
    ? `obstacle risk ${decision.riskScore}/100`
    : 'obstacle risk not scored';
  return `on the scores (${fit}, ${risk}) it is a ${decision.band === 'weakFit' ? 'weak fit' : 'poor fit'}.`;
}

/**
 * The design that fits, or an alternative that serves better, and why. Never recommends the design the
 * proposal already has: following the advice must change the answers it is given on.
 */
export function adviseArchitecture(decision: Decision, answers: Answers): ArchitectureAdvice {
  const pooling = readYesNo(answers, 'coreFunction.recordPooling');
  const tracing = readYesNo(answers, 'coreFunction.trackAndTrace');
  const alreadyAnchoring = isAlreadyHashAnchoring(answers);
  if (bandIndex(decision.band) >= bandIndex('conditionalFit')) {
    if (pooling !== 'no')
      return {
        kind: 'fits',
        architecture: 'permissionedLedger',
        why: 'The proposal relies on record pooling among known partners, which Yeung (2019, §5) ties to a permissioned ledger with technological access management. Keep anything sensitive off-chain.',
      };
    return {
      kind: 'fits',
      architecture: 'hashAnchoring',
      ...(alreadyAnchoring ? { alreadyHasDesign: true } : {}),
      why: alreadyAnchoring
        ? 'The proposal already uses the ledger as a reference system that stores only hashes, with the data kept off-chain: that is the design that fits verifiable track-and-trace.'
        : 'The proposal relies on verifiable track-and-trace: use the ledger as a reference system that stores only hashes, keeping the data off-chain.',
    };
  }
  const decisive =
    decisiveCaps(decision).find((c) => c.alternative) ?? decision.caps.find((c) => c.alternative);
  if (decisive?.alternative && !(alreadyAnchoring && decisive.alternative === 'hashAnchoring'))
    return { kind: 'alternative', architecture: decisive.alternative, why: decisive.reason.text };
  if (alreadyAnchoring)
    return {
      kind: 'alternative',
      architecture: 'databaseWithAuditLog',
      why: `The proposal already anchors only hashes, the lightest use of a ledger, and still does not fit well: ${whatDecided(decision)} Check whether an ordinary append-only audit log, or a trusted time-stamping service (RFC 3161), gives the same evidence without running a ledger network.`,
    };
  if (tracing !== 'no')
    return {
      kind: 'alternative',
      architecture: 'hashAnchoring',
      why: `${pooling === 'no' ? 'The ledger design does not fit well' : 'Record pooling does not fit well'}: ${whatDecided(decision)} If a verifiable audit trail is what is needed, anchoring only hashes of records kept off-chain gives it without putting the data on a ledger${pooling === 'no' ? '' : ' or pooling it'}.`,
    };
  return {
    kind: 'alternative',
    architecture: 'sharedDatabase',
    why: `Record pooling does not fit well: ${whatDecided(decision)} No audit trail is needed, so an ordinary shared database under an agreement serves.`,
  };
}
