import { longDate } from '@/lib/long-date';
import { riskMatrixSource } from './hazards';
import type { MethodSection } from './method-text';
import { allDuties, dutyCheckedOn, modalityLabel, regulatoryProfiles } from './regulatory-profiles';

const profileName = (setting: string) =>
  regulatoryProfiles.find((p) => p.setting === setting)?.name ?? setting;

/** docs/method.md: where the law comes from and when it was last checked, generated from the law data. */
export const lawProvenanceSection: MethodSection = {
  heading: '7. Where the law comes from and when it was last checked',
  paragraphs: [
    'The duties are data, not prose in the pages: `src/framework/regulatory-profiles.ts` holds one profile per setting (England, the United States, the European Union). Each duty says what the law requires in its own modality (must, may, should, or check whether), names the passage it relies on (the source’s title and address, a short quote, when it was published and when this project last read it), and carries a condition over the answers (`appliesWhen`, a typed function, not a string) under which it bears on a proposal. A duty whose condition does not hold is not shown; nor is a next step whose own condition does not hold. A test searches the answers for a case where each condition is true and one where it is false, and checks that no duty reaches a setting it does not belong to.',
    'Each next step is marked “adopting” (only relevant if the organisation goes ahead: a Business Associate Agreement, a Clinical Safety Officer, a safety case, a DTAC assessment) or “deciding” (relevant to the decision: whether DCB0129/0160 apply, whether any node would hold PHI). The recommendation decides which kinds it admits. A deciding step about the ledger itself (whether anything on it or any node could identify a person, what it adds over the exchange already in place, why a ledger is needed) is left out under “not a fit”: the paper has said not to adopt a ledger, so those facts no longer bear on the decision. Steps any system needs (whether DCB0129/0160 apply, whether an automated rule is device software) stay.',
    'The law was corrected against the fact-check of 2 December 2026 (`shared/factcheck-2026-12.md`), which wins over the project’s own briefs where they differ, and against the pages named below, read the same day. What neither could confirm is marked unverified on the result page and here, never stated as fact.',
    'The result page and the board paper say “Law checked on …”, the oldest check date among the duties shown, and flag any duty whose sources were not reviewed for twelve months or more before the day of reading. Re-check each source, update its date, and the flag goes.',
    'England’s profile is England’s: the National Data Opt-out, DTAC, the DSPT and the section 250 standards (DCB0129/0160) apply to care in England. Wales, Scotland and Northern Ireland have their own rules and opt-out arrangements; UK GDPR applies UK-wide; Northern Ireland follows the EU rules on medical devices. A partner in another nation must check its own equivalents.',
    `The draft hazard log scores initial risk with the DCB0129/0160 matrix (five likelihood and five consequence categories looked up to a clinical risk rating of 1 to 5), taken from ${riskMatrixSource.title} (${riskMatrixSource.url}). ${riskMatrixSource.note} It is offered only in England, where the product is or may be used in direct care, and is a draft for the Clinical Safety Officer.`,
    'This is a checklist for a manager, not legal advice.',
  ],
  list: allDuties.map((d) => {
    const sources = d.sources.map((s) => `${s.title} (${s.published}), ${s.url}`).join('; ');
    const unverified =
      d.unverified && d.unverified.length > 0 ? ` Unverified: ${d.unverified.join(' ')}` : '';
    return `${profileName(d.setting)}, ${d.name} (${modalityLabel[d.modality].toLowerCase()}; checked ${longDate(dutyCheckedOn(d))}): ${sources}.${unverified}`;
  }),
};
