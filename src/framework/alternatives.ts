/**
 * Concrete architectures, named so the result never stops at "don't use blockchain"
 * (Koens & Poll 2018: decision schemes too often ignore alternative database technology).
 */
export const architectures = {
  ownDatabase: {
    title: "Each organisation's own database",
    summary:
      'No shared state is needed: each organisation keeps its own records and exchanges documents or messages as now.',
  },
  centralDatabase: {
    title: 'A conventional central database',
    summary:
      'One organisation writes the records, so an ordinary database with backups and access control serves.',
  },
  databaseWithAuditLog: {
    title: 'A database with an append-only (Merkle) audit log',
    summary:
      'A conventional database whose every write is recorded in a tamper-evident, append-only log that auditors can verify.',
  },
  sharedDatabase: {
    title: 'An ordinary shared database',
    summary:
      'The partners share one database run under an agreement; validity is checked by people or ordinary application rules, so no distributed consensus is needed (Yeung 2019, §5, condition 4).',
  },
  trustedRegistry: {
    title: 'A trusted registry run by an accepted operator',
    summary:
      'A body all writers already accept (a regulator, a national service) runs the shared register; it is simpler, cheaper and easier to correct than a ledger.',
  },
  hashAnchoring: {
    title: 'Hash anchoring with off-chain storage',
    summary:
      'Records stay in the organisations’ own systems; only their hashes are anchored in a ledger or timestamping service, proving integrity without revealing content (Yeung 2019, §5, core function 1).',
  },
  permissionedLedger: {
    title: 'A permissioned ledger among known partners',
    summary:
      'Known, authorised partners run the nodes, contribute records and read them under technological access management (Yeung 2019, §5, core function 2).',
  },
} as const;
export type ArchitectureId = keyof typeof architectures;
