import type { Setting } from './proposal';
import type { QuestionId } from './questions';

/**
 * Help for the questions that can end an assessment on their own, with an example in each setting's own
 * law. Examples are shown only for the settings chosen (all, named, when none is), so a US reader never
 * meets UK GDPR and an NHS reader never meets HIPAA. Legal statements follow shared/factcheck-2026-12.md:
 * S4 (HIPAA amendment is appended or linked, 45 CFR 164.526(c)(1)), U13 (rectification usually keeps the
 * original with a note; a record filed on the wrong patient must be removed), E8 (public ledgers: "should
 * not, save in exceptional, justified designs"; EDPB Guidelines 02/2025).
 */
export interface PrescreenGuidance {
  readonly explanation: string;
  readonly examples: Readonly<Partial<Record<Setting, string>>>;
}

export const exampleLabel: Readonly<Partial<Record<Setting, string>>> = {
  ukNhs: 'In the NHS in England',
  us: 'In the US',
  eu: 'In the EU',
};

export const prescreenGuidance: Partial<Record<QuestionId, PrescreenGuidance>> = {
  'proposal.writerCount': {
    explanation:
      'A ledger earns its cost when several organisations write to the same records and none should control them alone. With one writer, that organisation’s own database, with an audit log if others must trust it, does the job.',
    examples: {
      ukNhs:
        'One trust recording its own theatre instrument tracking is one writer; a trust and 40 GP practices each adding discharge information is many.',
      us: 'One health system logging its own prescriptions is one writer; payers and providers each updating a shared provider directory are many.',
      eu: 'One hospital logging its own device implants is one writer; hospitals in several Member States each adding to a shared register are many.',
    },
  },
  'prescreen.sharedStore': {
    explanation:
      'Answer "No" if each party only needs its own records and exchanges documents or messages with the others, as most care pathways do today.',
    examples: {
      ukNhs:
        'Referral letters sent from a GP practice to a hospital need no shared store; a shared register of which staff hold which mandatory training does.',
      us: 'Claims sent from a provider to a payer are messages; a directory of practitioners that payers and providers all keep current is shared state.',
      eu: 'A discharge letter sent from one hospital to another is a message; a register of medicine batches that manufacturers, wholesalers and pharmacies all update is shared state.',
    },
  },
  'prescreen.trustedOperator': {
    explanation:
      'This question alone can decide "Not a fit": if one body that every writer already accepts could run the store, a registry it runs is simpler, cheaper and easier to correct than a ledger. Answer "Yes" only if every writer would accept that body, not just most.',
    examples: {
      ukNhs:
        'NHS England runs national registers (the Spine, the NHS Pensions register); professional regulators such as the GMC and NMC run registers every employer accepts.',
      us: 'State licensing boards and CMS’s NPPES (the National Provider Identifier registry) are operators every provider accepts; a network of competing payers often has none.',
      eu: 'A national eHealth agency or health authority is often an operator every provider in that country accepts; partners spread across several Member States may have none.',
    },
  },
  'prescreen.appendOnly': {
    explanation:
      'A ledger can add a correction but cannot change or delete what it holds. Answer "No" only if the law or practice requires a record to be changed or removed in place; a correction or amendment that is added and linked to the original usually fits a ledger.',
    examples: {
      ukNhs:
        'A medicines recall log only gains entries. A disputed or inaccurate entry in a patient record is usually corrected by adding a note and keeping the original; but an entry filed on the wrong patient’s record must be removed from it, which a ledger holding the record cannot do.',
      us: 'A pack’s movements under the DSCSA only gain entries. An accepted amendment to a patient’s record under HIPAA (45 CFR 164.526) is appended or linked to the record, not written over it, so it fits a ledger too.',
      eu: 'A batch recall log only gains entries. Under the GDPR incomplete data can be completed by a supplementary statement (Art. 16), which a ledger can add; where the right to erasure applies (Art. 17) the data must go, so it should not sit on the ledger.',
    },
  },
  'prescreen.tamperEvidentLog': {
    explanation:
      'A ledger’s one distinctive gift is a log of writes that no single party can quietly alter. If nobody needs to prove that, an ordinary database serves.',
    examples: {
      ukNhs:
        'Proving to the MHRA that a cold-chain record was not edited after an excursion needs a tamper-evident log; an internal rota does not.',
      us: 'Settling chargeback disputes between manufacturers and wholesalers needs records none of them can alter; an internal scheduling list does not.',
      eu: 'Showing an inspector that a batch’s temperature record was not edited after an excursion needs a tamper-evident log; an internal rota does not.',
    },
  },
  'prescreen.knownWriters': {
    explanation:
      'Healthcare networks are closed: every writer is a known, contracted organisation, which calls for a permissioned design. Unknown writers would need a public, permissionless ledger, where health data should not be placed, save in exceptional, justified designs.',
    examples: {
      ukNhs: 'Trusts, practices and suppliers on NHS contracts are known writers.',
      us: 'Covered entities and their business associates under HIPAA are known writers.',
      eu: 'Hospitals, pharmacies and their processors under contract are known writers.',
    },
  },
};
