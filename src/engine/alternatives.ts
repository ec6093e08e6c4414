import type { Answers } from '@/schema/assessment-schema';
import { readYesNo } from './answer-values';
import { bandIndex } from './bands';
import type { ArchitectureAdvice, Decision } from './result-types';

/** The architecture that fits, or the alternative that serves better and why. */
export function adviseArchitecture(decision: Decision, answers: Answers): ArchitectureAdvice {
  const pooling = readYesNo(answers, 'coreFunction.recordPooling') !== 'no';
  if (bandIndex(decision.band) >= bandIndex('conditionalFit')) {
    return pooling
      ? {
          kind: 'fits',
          architecture: 'permissionedLedger',
          why: 'The proposal relies on record pooling among known partners, which the seed ties to a permissioned ledger with technological access management. Keep anything sensitive off-chain.',
        }
      : {
          kind: 'fits',
          architecture: 'hashAnchoring',
          why: 'The proposal relies on verifiable track-and-trace: use the ledger as a reference system that stores only hashes, keeping the data off-chain.',
        };
  }
  const decisive =
    decision.caps.find((c) => c.alternative && c.band === decision.band) ??
    decision.caps.find((c) => c.alternative);
  if (decisive?.alternative) {
    return { kind: 'alternative', architecture: decisive.alternative, why: decisive.reason.text };
  }
  const tracing = readYesNo(answers, 'coreFunction.trackAndTrace') !== 'no';
  return tracing
    ? {
        kind: 'alternative',
        architecture: 'hashAnchoring',
        why: 'The conditions for record pooling are not met well enough; if a verifiable audit trail is what is needed, anchoring hashes of records kept off-chain gives it without pooling the data.',
      }
    : {
        kind: 'alternative',
        architecture: 'sharedDatabase',
        why: 'The conditions for record pooling are not met well enough, and no audit trail is needed: an ordinary shared database under an agreement serves.',
      };
}
