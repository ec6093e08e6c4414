import type { ArchitectureId } from './alternatives';

/**
 * What to do when the recommendation is not to adopt a ledger (or not yet): steps about the alternative and
 * about closing the question, never about adopting. Each says what to tell the vendor, what the alternative
 * needs, or what to check with its operator. The report adds them only under "do not adopt", "do not proceed"
 * and "do not decide yet" (src/report/decision.ts).
 */
export interface ClosingStep {
  readonly id: string;
  readonly text: string;
}

/** Said whatever the alternative: tell the vendor, and record the decision with what would reopen it. */
export const closingTheQuestion = {
  tellVendor: {
    id: 'closing.tellVendor',
    text: 'Tell the vendor in writing that a distributed ledger will not be adopted for this, giving the deciding fact as the reason.',
  },
  recordDecision: {
    id: 'closing.recordDecision',
    text: 'Record the decision and its reasons in the minutes, with what would have to change for it to be reopened.',
  },
  notYet: {
    id: 'closing.notYet',
    text: 'Tell the vendor that no decision will be taken until the answers listed as needed are known, and ask for the evidence for each.',
  },
} as const satisfies Record<string, ClosingStep>;

/** What the alternative needs and what to check with whoever would run it. */
export const alternativeSteps: Record<ArchitectureId, readonly ClosingStep[]> = {
  ownDatabase: [
    {
      id: 'alternative.ownDatabase.exchange',
      text: 'Check that each organisation’s own system can send and receive the records it needs through the existing exchange (messages or documents), and name who fixes the gaps.',
    },
  ],
  centralDatabase: [
    {
      id: 'alternative.centralDatabase.spec',
      text: 'Specify the central database: who writes, who reads, backups, access control, and how a record is corrected or erased.',
    },
  ],
  databaseWithAuditLog: [
    {
      id: 'alternative.databaseWithAuditLog.spec',
      text: 'Specify the database’s append-only audit log (every write recorded, verifiable by an auditor, corrections logged rather than hidden) and ask the current supplier whether its product already offers one.',
    },
  ],
  sharedDatabase: [
    {
      id: 'alternative.sharedDatabase.agreement',
      text: 'Draft the data-sharing agreement for a shared database (who hosts it, who may write and read, how a record is corrected or erased) and check with the host that it will run it with access logging.',
    },
  ],
  trustedRegistry: [
    {
      id: 'alternative.trustedRegistry.needs',
      text: 'Specify what the registry needs (who may write and read, an audit trail of every change, how a record is corrected or erased) and check with the operator every writer accepts that it will run it so.',
    },
  ],
  hashAnchoring: [
    {
      id: 'alternative.hashAnchoring.spec',
      text: 'Keep the records in the organisations’ own systems; specify which hashes would be anchored and how a record is checked against its hash, and whether a time-stamping service (RFC 3161) would do.',
    },
  ],
  permissionedLedger: [],
};
