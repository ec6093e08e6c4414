import type { ArchitectureId } from './alternatives';
import type { Citation } from './citation';
import type { Question } from './question';
import { yesNo } from './scales';

export interface PrescreenQuestion extends Question {
  /** The answer that shows a distributed ledger is not needed. */
  readonly failsWhen: 'yes' | 'no';
  /** What to use instead when it fails. */
  readonly alternative: ArchitectureId;
  /** Why that answer rules a ledger out, in plain words. */
  readonly failureReason: string;
}

const nist: Citation = { section: 'NIST IR 8202; Wüst & Gervais 2018' };

/**
 * Is a distributed ledger needed at all? (framework §2). Seed §5, condition 4: without the need for
 * automated validity checks "an ordinary shared data-base would suffice"; the published schemes ask these first.
 * The number of writers is asked once, in the proposal section (`proposal.writerCount`).
 */
export const prescreenQuestions = [
  {
    id: 'prescreen.sharedStore',
    shortName: 'Shared, consistent store needed',
    label: 'Do several parties need one shared, consistent view of the same records?',
    hint: 'If each party only needs its own records, there is nothing to share.',
    options: yesNo,
    notePrompt: 'Who needs to see the same records, and why?',
    failsWhen: 'no',
    alternative: 'ownDatabase',
    failureReason: 'No shared, consistent store is needed, so there is nothing for a ledger to keep in step.',
    cite: nist,
  },
  {
    id: 'prescreen.trustedOperator',
    shortName: 'Operator all writers accept',
    label: 'Is there an organisation that every writer would accept to run the shared store?',
    hint: 'For example a regulator or a national service that is always available and trusted by all.',
    options: yesNo,
    notePrompt: 'Which organisation, and would every writer accept it?',
    failsWhen: 'yes',
    alternative: 'trustedRegistry',
    failureReason:
      'An operator that every writer accepts could run the store, so a trusted registry gives the same result more simply.',
    cite: nist,
  },
  {
    id: 'prescreen.appendOnly',
    shortName: 'Records never changed once written',
    label: 'Once written, would records only ever be added to, never edited or deleted?',
    hint: 'Corrections can still be added as new records. Answer "No" if records must be edited or erased in place.',
    options: yesNo,
    notePrompt: 'How are mistakes corrected today?',
    failsWhen: 'no',
    alternative: 'sharedDatabase',
    failureReason:
      'Records must be edited or erased in place, which an append-only ledger cannot do; an ordinary database can.',
    cite: { section: '3b', quote: 'can be flexibly altered to fit dynamic legal rights and obligations' },
  },
  {
    id: 'prescreen.tamperEvidentLog',
    shortName: 'Tamper-evident log of every write needed',
    label: 'Is a tamper-evident log of every write needed, that no single party could quietly alter?',
    hint: 'For example to settle disputes between partners or to prove to a regulator that nothing was changed.',
    options: yesNo,
    notePrompt: 'Who would rely on the log, and for what?',
    failsWhen: 'no',
    alternative: 'sharedDatabase',
    failureReason: 'No tamper-evident log of writes is needed, so an ordinary database serves.',
    cite: nist,
  },
  {
    id: 'prescreen.knownWriters',
    shortName: 'Writers known and identified',
    label: 'Would every writer be known and identified (a closed network of partners)?',
    hint: 'Healthcare networks almost always are. This decides between a permissioned and a permissionless design.',
    options: yesNo,
    notePrompt: 'How would writers be admitted and identified?',
    // Unknown writers do not rule a ledger out; they rule out the permissioned designs the seed discusses.
    failsWhen: 'no',
    alternative: 'hashAnchoring',
    failureReason:
      'Writers would be unknown, so only a permissionless ledger could serve: its governance challenge is acute (Yeung 2019, §3a) and healthcare records cannot be exposed on it; anchor hashes instead.',
    cite: {
      section: '3a',
      quote: 'internal governance challenges acute for permissionless blockchains',
    },
  },
] as const satisfies readonly PrescreenQuestion[];
