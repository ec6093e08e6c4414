import type { QuestionId } from './questions';

/** Help for the questions that can end an assessment on their own, with an NHS and a US example each. */
export interface PrescreenGuidance {
  readonly explanation: string;
  readonly nhs: string;
  readonly us: string;
}

export const prescreenGuidance: Partial<Record<QuestionId, PrescreenGuidance>> = {
  'proposal.writerCount': {
    explanation:
      'A ledger earns its cost when several organisations write to the same records and none should control them alone. With one writer, that organisation’s own database, with an audit log if others must trust it, does the job.',
    nhs: 'One trust recording its own theatre instrument tracking is one writer; a trust and 40 GP practices each adding discharge information is many.',
    us: 'One health system logging its own prescriptions is one writer; payers and providers each updating a shared provider directory are many.',
  },
  'prescreen.sharedStore': {
    explanation:
      'Answer "No" if each party only needs its own records and exchanges documents or messages with the others, as most care pathways do today.',
    nhs: 'Referral letters sent from a GP practice to a hospital need no shared store; a shared register of which staff hold which mandatory training does.',
    us: 'Claims sent from a provider to a payer are messages; a directory of practitioners that payers and providers all keep current is shared state.',
  },
  'prescreen.trustedOperator': {
    explanation:
      'This question alone can decide "Not a fit": if one body that every writer already accepts could run the store, a registry it runs is simpler, cheaper and easier to correct than a ledger. Answer "Yes" only if every writer would accept that body, not just most.',
    nhs: 'NHS England runs national registers (the Spine, the NHS Pensions register); professional regulators such as the GMC and NMC run registers every employer accepts.',
    us: 'State licensing boards and CMS’s NPPES (the National Provider Identifier registry) are operators every provider accepts; a network of competing payers often has none.',
  },
  'prescreen.appendOnly': {
    explanation:
      'A ledger can add a correction but cannot change or erase what it holds. Answer "No" if the law or practice requires editing or erasing in place.',
    nhs: 'A medicines recall log only gains entries; a patient record must be rectified under UK GDPR Article 16.',
    us: 'A pack’s movements under the DSCSA only gain entries; a patient can ask to amend their record under HIPAA (45 CFR 164.526).',
  },
  'prescreen.tamperEvidentLog': {
    explanation:
      'A ledger’s one distinctive gift is a log of writes that no single party can quietly alter. If nobody needs to prove that, an ordinary database serves.',
    nhs: 'Proving to the MHRA that a cold-chain record was not edited after an excursion needs a tamper-evident log; an internal rota does not.',
    us: 'Settling chargeback disputes between manufacturers and wholesalers needs records none of them can alter; an internal scheduling list does not.',
  },
  'prescreen.knownWriters': {
    explanation:
      'Healthcare networks are closed: every writer is a known, contracted organisation, which calls for a permissioned design. Unknown writers would need a public, permissionless ledger, where health data can never be placed.',
    nhs: 'Trusts, practices and suppliers on NHS contracts are known writers.',
    us: 'Covered entities and their business associates under HIPAA are known writers.',
  },
};
