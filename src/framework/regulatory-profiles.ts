import { allOf, type Trigger, when } from './ledger-facts';
import type { Setting } from './proposal';

/**
 * The law as data. Each duty says what the law requires in its own modality, names the passage it relies
 * on (title, address, a short quote, when it was published and when it was last checked), and carries the
 * condition over the answers under which it bears on a proposal. Sources: shared/factcheck-2026-12.md (2 Dec
 * 2026) and the pages named below, read on the date given in `checkedOn`. What could not be confirmed says so
 * in `unverified`.
 */

/** How strongly the law speaks: a duty never reads stronger (or weaker) than its source. */
export type Modality = 'must' | 'may' | 'should' | 'checkWhether';

export const modalityLabel: Record<Modality, string> = {
  must: 'Must',
  may: 'May',
  should: 'Should',
  checkWhether: 'Check whether',
};

export interface LawSource {
  readonly title: string;
  readonly url: string;
  /** The passage relied on, short, in the source's words. */
  readonly quote: string;
  /** When the source was published or last revised (ISO date, or year and month when no day is given). */
  readonly published: string;
  /** When this project last read it (ISO date). */
  readonly checkedOn: string;
}

/** 'adopting': only relevant if the organisation goes ahead; 'deciding': relevant whatever is decided. */
export type StepPhase = 'adopting' | 'deciding';

export interface StepSpec {
  readonly id: string;
  readonly text: string;
  readonly phase: StepPhase;
  readonly appliesWhen: Trigger;
  /**
   * A fact about the ledger itself (what it would hold, why one is needed): moot once the recommendation is
   * not to adopt a ledger at all, where a step that any system needs (clinical safety, device software) is not.
   */
  readonly aboutTheLedger?: true;
}

export interface Duty {
  readonly id: string;
  readonly setting: Setting;
  readonly name: string;
  readonly modality: Modality;
  /** What the law requires, as it bears on a ledger, in the duty's modality. */
  readonly summary: string;
  readonly sources: readonly LawSource[];
  /** The duty is shown only when this holds (its setting is always part of it). */
  readonly appliesWhen: Trigger;
  readonly vendorQuestions: readonly string[];
  readonly steps: readonly StepSpec[];
  /** What the answers imply for this duty, said only when the trigger holds. */
  readonly implications: readonly { readonly when: Trigger; readonly text: string }[];
  /** Claims in this entry that the stored sources could neither confirm nor refute. */
  readonly unverified?: readonly string[];
}

export interface RegulatoryProfile {
  readonly setting: Setting;
  readonly name: string;
  /** Where the profile stops: what differs in places it might be mistaken to cover. */
  readonly scopeNote?: string;
  readonly duties: readonly Duty[];
}

const checked = '2026-12-02';

// ---------------------------------------------------------------------------------------------- England

const dcbReview: LawSource = {
  title:
    'NHS England, National review of clinical risk management standards (DCB0129 and DCB0160): supporting information',
  url: 'https://www.england.nhs.uk/long-read/national-review-of-clinical-risk-management-standardsdcb0129-and-dcb0160-supporting-information/',
  quote:
    'section 121 of the Data Use and Access Act 2025: this came into force on 5 February 2026 and expanded scope to allow IT providers to be subject',
  published: '2026',
  checkedOn: checked,
};

const uk: RegulatoryProfile = {
  setting: 'ukNhs',
  name: 'England (NHS England)',
  scopeNote:
    'These are England’s duties. The National Data Opt-out, DTAC, the DSPT and the section 250 information standards (DCB0129/0160) apply to care in England; Wales, Scotland and Northern Ireland each have their own rules, processes and opt-out arrangements (Northern Ireland has no opt-out policy in place yet), so a partner there must check its own nation’s equivalents. UK GDPR applies across the UK. For medical devices, the UK MDR 2002 governs Great Britain, while Northern Ireland follows the EU rules.',
  duties: [
    {
      id: 'uk.dtac',
      setting: 'ukNhs',
      name: 'DTAC (Digital Technology Assessment Criteria)',
      modality: 'should',
      summary:
        'The NHS or social care organisation buying a digital health technology should assess it against the DTAC, by asking the developer to complete the DTAC form with its evidence. DTAC is an assessment the buyer runs, not a certificate a product holds; it covers clinical safety, data protection, technical security, interoperability, and usability and accessibility, alongside (not instead of) device regulation, ICO registration and the DSPT.',
      sources: [
        {
          title: 'NHS England Transformation Directorate, How to use the DTAC',
          url: 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/how-to-use-the-dtac/',
          quote:
            'Digital health technologies that are being considered by NHS or social care organisations should be assessed against the Digital Technology Assessment Criteria (DTAC), regardless of procurement route, by the NHS or social care organisation that is buying the product.',
          published: '2026-02-24',
          checkedOn: checked,
        },
      ],
      appliesWhen: when.uk,
      vendorQuestions: [
        'Will each supplier give us a completed DTAC form, with its evidence, for the product version we would use?',
        'Who is the “manufacturer” of a consortium ledger, and who completes its DTAC form?',
        'Are the APIs open and documented, and does the interface meet WCAG 2.2 AA?',
      ],
      steps: [
        {
          id: 'uk.dtac.assess',
          text: 'Ask each supplier for a completed DTAC form, and assess it',
          phase: 'adopting',
          appliesWhen: when.uk,
        },
      ],
      implications: [
        {
          when: when.severalWriters,
          text: 'Several organisations would run nodes: agree who completes the DTAC form for the network as a whole, and who assesses it.',
        },
      ],
      unverified: [
        'The publication date (24 Feb 2026) and switch-over (6 Apr 2026) of the new DTAC form come from secondary sources; NHS England’s page says only “As of February 2026”.',
      ],
    },
    {
      id: 'uk.dcb',
      setting: 'ukNhs',
      name: 'DCB0129 and DCB0160 clinical risk management',
      modality: 'must',
      summary:
        'Where a health IT system is used in the direct care of patients in England, its manufacturer must comply with DCB0129 and the deploying organisation with DCB0160 (Health and Social Care Act 2012 s250, “must comply” since 7 Jul 2025 under the Health and Care Act 2022 s95): a Clinical Safety Officer, a clinical risk management process, a hazard log and a safety case. Since 5 Feb 2026 an information standard may also be made to bind IT providers (Data (Use and Access) Act 2025 s121 and Sch 15), where the standard says so. Both standards are under national review and may change.',
      sources: [
        {
          ...dcbReview,
          quote:
            'section 95 of the Health and Care Act 2022: this came into force on 7 July 2025 and changed the duty from ‘have regard to’ to ‘must comply’',
        },
        dcbReview,
        {
          title: 'NHS Digital, Applicability of DCB 0129 and DCB 0160 (step-by-step guidance, step 3)',
          url: 'https://digital.nhs.uk/services/clinical-safety/applicability-of-dcb-0129-and-dcb-0160',
          quote:
            'used to influence, support, manage the real-time or near-real-time direct care of patients … population level services are out of scope',
          published: '2018',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.uk, when.directCarePossible),
      vendorQuestions: [
        'Who is the Clinical Safety Officer for each node and for the network?',
        'Where is the manufacturer’s DCB0129 safety case and hazard log?',
      ],
      steps: [
        {
          id: 'uk.dcb.applies',
          text: 'Check whether DCB0129 and DCB0160 apply (is it used in direct care?)',
          phase: 'deciding',
          appliesWhen: allOf(when.uk, when.directCareUnknown),
        },
        {
          id: 'uk.dcb.cso',
          text: 'Appoint a Clinical Safety Officer',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.directCare),
        },
        {
          id: 'uk.dcb.safetyCase',
          text: 'Draft the DCB0160 safety case and hazard log',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.directCare),
        },
      ],
      implications: [
        {
          when: when.directCareUnknown,
          text: 'It is not yet known whether the ledger would be used in direct care: the standards apply only if it would, so settle that first.',
        },
        {
          when: allOf(when.directCare, when.safetyNotLow),
          text: 'The quality and safety obstacle is not low: the draft hazard log needs the Clinical Safety Officer’s review before any pilot.',
        },
      ],
      unverified: [
        'Whether DCB0129 has been re-issued to name IT providers under the 2025 Act.',
        'The applicability guidance is quoted from the fact-check of 2 Dec 2026; its address was not confirmed.',
      ],
    },
    {
      id: 'uk.dspt',
      setting: 'ukNhs',
      name: 'DSPT (Data Security and Protection Toolkit)',
      modality: 'must',
      summary:
        'Organisations with access to NHS patient data and systems complete the DSPT. Since September 2024 NHS trusts, ICBs, CSUs and DHSC arm’s-length bodies complete the version aligned with the NCSC Cyber Assessment Framework (47 contributing outcomes; B3.a: know where data is stored and where it travels, and keep a record of processing); other organisations, suppliers among them, keep the earlier list of controls.',
      sources: [
        {
          title: 'DSPT News, Changes to the DSPT for large NHS organisations in 2024-25',
          url: 'https://dsptoolkit.nhs.uk/News/DSPT-Changes-in-24-25',
          quote:
            'This change will lead to NHS Trusts, CSUs, ALBs and ICBs seeing a different interface … Other organisations will retain the current interface',
          published: '2024-10-08',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.uk, when.patientDataPossible),
      vendorQuestions: [
        'Where is every replica of the ledger held?',
        'What is each node operator’s current DSPT status (suppliers complete the standard, not the CAF-aligned, version)?',
        'Can you draw the data-flow map a replicated ledger needs?',
      ],
      steps: [
        {
          id: 'uk.dspt.operators',
          text: 'Check the DSPT status of every node operator holding patient data',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.patientData),
        },
        {
          id: 'uk.dspt.map',
          text: 'Map where every replica would be held',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.patientData, when.severalWriters),
        },
      ],
      implications: [
        {
          when: allOf(when.patientData, when.severalWriters),
          text: 'Every node holds a replica: each one is a place the data is stored and must appear in the data-flow map and record of processing.',
        },
      ],
      unverified: [
        'The DSPT rule that organisations with access to NHS patient data complete the toolkit is from the fact-check’s reading, not re-read here.',
      ],
    },
    {
      id: 'uk.gdpr',
      setting: 'ukNhs',
      name: 'UK GDPR, with the ICO’s guidance on distributed ledgers',
      modality: 'must',
      summary:
        'Personal data on or reachable through a ledger must be processed lawfully: health data is special category data, needing an Article 9 condition as well as an Article 6 basis; a DPIA is required where processing is likely to be high risk (Art. 35). The ICO’s guidance says addresses and transaction ids may be personal data; participants who write personal data are likely controllers and validator-only nodes likely processors; nodes outside the UK must be assessed under the transfer rules. Patients have the rights to rectification (Art. 16) and erasure (Art. 17); rectification can often be met by correcting or supplementing, while a record filed on the wrong patient must be removed.',
      sources: [
        {
          title: 'ICO, Distributed ledger technologies (UK GDPR guidance)',
          url: 'https://cy.ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/distributed-ledger-technologies',
          quote:
            'How do you apply data protection by design to blockchain? – Do we need a blockchain? – What measures do we need when using blockchain?',
          published: '2025-08-28',
          checkedOn: checked,
        },
        {
          title: 'UK GDPR, Articles 9, 16, 17 and 35',
          url: 'https://www.legislation.gov.uk/eur/2016/679/contents',
          quote:
            'The data subject shall have the right to obtain from the controller without undue delay the rectification of inaccurate personal data concerning him or her.',
          published: '2016-04-27',
          checkedOn: checked,
        },
      ],
      appliesWhen: when.uk,
      vendorQuestions: [
        'Is any personal data on-chain, including pseudonymous ids, signer addresses or hashes of NHS numbers?',
        'Who is controller, and who processor, for each node?',
        'How are rectification and erasure honoured (correcting entries, off-chain deletion, key destruction)?',
        'Is there a DPIA, and where are the nodes?',
      ],
      steps: [
        {
          id: 'uk.gdpr.patientData',
          text: 'Find out whether anything on the ledger could identify a patient',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.uk, when.patientDataUnknown),
        },
        {
          id: 'uk.gdpr.staff',
          text: 'Check whether any on-chain address or signer id identifies staff',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.uk, when.noPatientData),
        },
        {
          id: 'uk.gdpr.dpia',
          text: 'Complete a DPIA before any processing',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.patientData),
        },
        {
          id: 'uk.gdpr.roles',
          text: 'Agree who is controller and who processor at each node',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.patientData, when.severalWriters),
        },
      ],
      implications: [
        {
          when: when.identifiableBeyondHashes,
          text: 'Patient-identifiable data would sit on an append-only ledger. Rectification (Art. 16) can be met by adding a correcting entry that every reader sees; a record filed on the wrong patient, and an erasure request (Art. 17) that applies, need the data to leave the ledger, so design for removal (off-chain storage, key destruction). Check whether the Art. 17(3) exemptions (public health, legal obligation) apply to these records.',
        },
        {
          when: when.patientData,
          text: 'Something on the ledger could identify a patient, so the ledger processes special category data: name the Art. 6 basis and Art. 9 condition, decide controllers and processors at design time, and complete a DPIA.',
        },
      ],
      unverified: [
        'Whether the ICO’s guidance is now final: it sits in the ICO’s guidance pages without a “draft” label; the consultation ran 28 Aug – 7 Nov 2025; the date of any final version was not found.',
      ],
    },
    {
      id: 'uk.optOut',
      setting: 'ukNhs',
      name: 'National Data Opt-out and the Caldicott principles (England)',
      modality: 'must',
      summary:
        'Organisations providing or coordinating publicly funded care in England must apply a patient’s national data opt-out when confidential patient information is used for purposes beyond individual care (research and planning); it does not apply to direct care. The Caldicott principles ask that only the minimum identifiable data be used.',
      sources: [
        {
          title: 'NHS England Digital, Understanding the national data opt-out',
          url: 'https://digital.nhs.uk/services/national-data-opt-out/understanding-the-national-data-opt-out',
          quote:
            'The national data opt-out covers confidential patient information collected about care in England.',
          published: '2018-05-25',
          checkedOn: checked,
        },
        {
          title: 'Understanding Patient Data, Your choices',
          url: 'https://understandingpatientdata.org.uk/your-choices',
          quote:
            'health is a devolved policy, which means each nation has its own rules, processes and data systems',
          published: '2024',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.uk, when.patientDataPossible),
      vendorQuestions: [
        'Does the ledger hold more than the minimum identifiable data?',
        'Would any use of the ledger’s data be for research or planning, and how would an opt-out reach every copy?',
      ],
      steps: [
        {
          id: 'uk.optOut.purpose',
          text: 'Check whether any use is beyond individual care (then apply the opt-out)',
          phase: 'deciding',
          appliesWhen: allOf(when.uk, when.patientDataPossible),
        },
        {
          id: 'uk.optOut.caldicott',
          text: 'Ask the Caldicott Guardian to review what the ledger holds',
          phase: 'adopting',
          appliesWhen: allOf(when.uk, when.patientData),
        },
      ],
      implications: [
        {
          when: allOf(when.patientData, when.severalWriters),
          text: 'Identifiable data would be replicated to every node: show it is the minimum needed, and how an opt-out would be honoured in every copy used beyond care.',
        },
      ],
      unverified: ['The current wording of the Caldicott principles was not checked.'],
    },
    {
      id: 'uk.device',
      setting: 'ukNhs',
      name: 'Medical devices: UK MDR 2002 (MHRA)',
      modality: 'checkWhether',
      summary:
        'Check whether any function of the ledger (a smart contract that blocks or directs care, say) qualifies as medical device software by its intended medical purpose. If it does, it must meet the UK Medical Devices Regulations 2002 before it is placed on the market in Great Britain; Northern Ireland follows the EU rules. DTAC sits alongside device regulation, not instead of it.',
      sources: [
        {
          title: 'The Medical Devices Regulations 2002 (SI 2002/618)',
          url: 'https://www.legislation.gov.uk/uksi/2002/618/contents',
          quote: 'The Medical Devices Regulations 2002',
          published: '2002-03-12',
          checkedOn: checked,
        },
        {
          title: 'Voisin Consulting, Software as a medical device regulated by the UK',
          url: 'https://voisinconsulting.com/resources/blog/digital-health-series-part-4-software-as-a-medical-device-regulated-by-the-uk',
          quote:
            'Northern Ireland continues to be governed by the European regulatory framework … a CE marking is needed for devices placed on the Northern Ireland market',
          published: '2022',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.uk, when.directCarePossible, when.patientDataPossible),
      vendorQuestions: [
        'Does any smart contract or rule drive a clinical decision (block dispensing, say)? What is its intended purpose?',
      ],
      steps: [
        {
          id: 'uk.device.qualify',
          text: 'Check whether any automated rule is device software (UK MDR 2002)',
          phase: 'deciding',
          appliesWhen: allOf(when.uk, when.directCarePossible, when.patientDataPossible),
        },
      ],
      implications: [
        {
          when: when.safetyNotLow,
          text: 'The quality and safety obstacle is not low: settle whether any automated rule is device software before a pilot.',
        },
      ],
      unverified: [
        'MHRA’s own software guidance was not in the store; the Northern Ireland rule is from a consultancy’s summary.',
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------- United States

const us: RegulatoryProfile = {
  setting: 'us',
  name: 'United States',
  duties: [
    {
      id: 'us.hipaa',
      setting: 'us',
      name: 'HIPAA Privacy and Security Rules',
      modality: 'must',
      summary:
        'Covered entities and their business associates must protect ePHI with access control, audit controls, integrity, authentication and transmission security (45 CFR 164.312). A party that creates, receives, maintains or transmits PHI on a covered entity’s behalf is a business associate and needs a business associate agreement. Patients may ask to amend their PHI (45 CFR 164.526): an accepted amendment is made by identifying the affected records and appending or linking the amendment, so an append-only ledger can meet it. A proposed Security Rule update (90 FR 898, 6 Jan 2025) would make encryption and MFA mandatory and require an asset inventory and network map; it is a proposal, not in force.',
      sources: [
        {
          title: '45 CFR 164.312, Technical safeguards',
          url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C/section-164.312',
          quote:
            'Implement technical policies and procedures for electronic information systems that maintain electronic protected health information',
          published: '2013-01-25',
          checkedOn: checked,
        },
        {
          title: '45 CFR 164.526(c)(1), Amendment of protected health information',
          url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.526',
          quote:
            'identifying the records in the designated record set that are affected by the amendment and appending or otherwise providing a link to the location of the amendment',
          published: '2002-08-14',
          checkedOn: checked,
        },
        {
          title: '45 CFR 160.103, definition of business associate',
          url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-160/subpart-A/section-160.103',
          quote:
            'creates, receives, maintains, or transmits protected health information for a function or activity regulated by this subchapter',
          published: '2013-01-25',
          checkedOn: checked,
        },
        {
          title: 'HIPAA Security Rule To Strengthen the Cybersecurity of ePHI, proposed rule (90 FR 898)',
          url: 'https://regulations.justia.com/regulations/fedreg/2025/01/06/2024-30983.html',
          quote: 'Notice of proposed rulemaking',
          published: '2025-01-06',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.us, when.patientDataPossible),
      vendorQuestions: [
        'Does any node hold PHI, including hashes or pseudonyms of identifiers?',
        'Is every node operator that would hold PHI a covered entity, or a business associate under a BAA?',
        'Are links between nodes encrypted, with MFA?',
        'How is an accepted amendment linked to the entries it corrects, and how are earlier recipients told?',
        'Which state laws (on substance-use or reproductive health data, say) apply to the data, and where are the nodes?',
      ],
      steps: [
        {
          id: 'us.hipaa.phi',
          text: 'Find out whether any node would hold PHI',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.us, when.patientDataUnknown),
        },
        {
          id: 'us.hipaa.baa',
          text: 'Sign a BAA with each node operator that would hold PHI',
          phase: 'adopting',
          appliesWhen: allOf(when.us, when.patientData),
        },
        {
          id: 'us.hipaa.riskAnalysis',
          text: 'Extend the HIPAA risk analysis to every node holding ePHI',
          phase: 'adopting',
          appliesWhen: allOf(when.us, when.patientData),
        },
      ],
      implications: [
        {
          when: when.identifiableBeyondHashes,
          text: 'PHI would sit on an append-only ledger. HIPAA’s right to amend is met by appending or linking the amendment, not by editing in place: design how an amendment is linked to the entries it corrects, how recipients are notified, and how a statement of disagreement is attached.',
        },
        {
          when: when.patientData,
          text: 'Something on the ledger could identify a patient: every node operator holding it on your behalf is a business associate, under a BAA and the Security Rule’s safeguards.',
        },
      ],
      unverified: [
        'That hashes of identifiers may still be PHI is consistent with 45 CFR 164.514 but no source in the store confirms it.',
        'The status of the Security Rule proposal after June 2026 (still not final then).',
        'No state statute was read: the question on state laws is a prompt to check, not a statement of any state’s law.',
      ],
    },
    {
      id: 'us.infoBlocking',
      setting: 'us',
      name: 'Information blocking (21st Century Cures Act)',
      modality: 'checkWhether',
      summary:
        'Check whether the network or its members are “actors” (providers, certified health IT developers, health information networks or exchanges) under 45 CFR Part 171: an actor must not interfere with access, exchange or use of electronic health information unless an exception applies (preventing harm, privacy, security, infeasibility, manner, fees…; protecting care access added Dec 2024). The HTI-5 proposed rule (29 Dec 2025; comments closed 27 Feb 2026) would narrow the infeasibility and manner exceptions and remove the TEFCA manner exception.',
      sources: [
        {
          title: '45 CFR Part 171; Protecting Care Access final rule (89 FR 102512)',
          url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-D/part-171',
          quote: 'Information blocking',
          published: '2024-12-17',
          checkedOn: checked,
        },
        {
          title:
            'McDermott Will & Schulte, ASTP’s HTI-5 relaxes certification criteria while tightening information blocking exceptions',
          url: 'https://www.mwe.com/insights/astps-hti-5-relaxes-certification-criteria-while-tightening-information-blocking-exceptions',
          quote:
            'would reduce the circumstances under which actors may deny requests for access, exchange, or use of electronic health information (EHI)',
          published: '2025-12-29',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.us, when.patientDataPossible),
      vendorQuestions: [
        'Is the consortium an “actor” under the information-blocking rule?',
        'Do membership or node-admission rules, or fees, limit access to EHI?',
        'Which exception would a refusal rely on?',
      ],
      steps: [
        {
          id: 'us.infoBlocking.review',
          text: 'Have counsel review admission rules and fees for information blocking',
          phase: 'adopting',
          appliesWhen: allOf(when.us, when.patientData, when.severalWriters),
        },
      ],
      implications: [
        {
          when: allOf(when.patientData, when.severalWriters),
          text: 'Several organisations would run a network holding EHI: its admission rules and fees could make it an information-blocking actor.',
        },
      ],
      unverified: [
        'Whether HTI-5 has been finalised.',
        'Whether a consortium ledger meets Part 171’s definition of a health information network (the definitions were not retrieved).',
      ],
    },
    {
      id: 'us.tefca',
      setting: 'us',
      name: 'TEFCA (Trusted Exchange Framework and Common Agreement)',
      modality: 'should',
      summary:
        'National exchange of clinical data already runs through designated QHINs under the Common Agreement (v2.0 requires FHIR API support); a proposal to pool clinical records should say what a ledger adds over joining it.',
      sources: [
        {
          title:
            'The Sequoia Project (TEFCA RCE), Common Agreement for Nationwide Health Information Interoperability',
          url: 'https://rce.sequoiaproject.org/common-agreement/',
          quote:
            'The biggest change is the adoption of Fast Healthcare Interoperability Resources (FHIR®) -based exchange',
          published: '2024',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.us, when.patientDataPossible),
      vendorQuestions: [
        'What does the ledger add over a QHIN connection?',
        'Will the network join TEFCA, or why not?',
      ],
      steps: [
        {
          id: 'us.tefca.position',
          text: 'State what the ledger adds over exchange through TEFCA',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.us, when.patientDataPossible),
        },
      ],
      implications: [],
      unverified: ['Whether a later Common Agreement version (e.g. v2.1) is now current.'],
    },
    {
      id: 'us.dscsa',
      setting: 'us',
      name: 'Drug Supply Chain Security Act (DSCSA)',
      modality: 'must',
      summary:
        'Trading partners in the prescription drug supply chain (manufacturers, repackagers, wholesale distributors, dispensers) must exchange tracing information for packages in a secure, interoperable, electronic way; the enhanced drug distribution security requirements took effect on 27 Nov 2023. The law does not require a shared ledger: for 2023 the industry chose exchange of GS1 EPCIS messages between trading partners.',
      sources: [
        {
          title:
            'FDA, Enhanced Drug Distribution Security at the Package Level Under the DSCSA (guidance, August 2023)',
          url: 'https://collections.nlm.nih.gov/txt/nlm:nlmuid-9918716788806676-pdf',
          quote:
            'Enhanced Drug Distribution Security at the Package Level Under the Drug Supply Chain Security Act',
          published: '2023-08',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.us, when.holdsSupplyChain),
      vendorQuestions: [
        'What does the ledger add over the EPCIS exchange trading partners already run for the DSCSA?',
        'Which trading partners would write, and how is a suspect product investigated across them?',
      ],
      steps: [
        {
          id: 'us.dscsa.fit',
          text: 'Compare the ledger with the EPCIS exchange already used for the DSCSA',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.us, when.holdsSupplyChain),
        },
      ],
      implications: [],
      unverified: [
        'The FDA’s stabilisation periods and exemptions after 27 Nov 2023, and their current end dates, were not checked.',
        'The industry’s choice of EPCIS is from the fact-check (HDA 2021; TraceLink).',
      ],
    },
    {
      id: 'us.fda',
      setting: 'us',
      name: 'FDA: software as a medical device and clinical decision support',
      modality: 'checkWhether',
      summary:
        'Check whether any automated rule is device software. Clinical decision support is excluded from the device definition only if it meets all four criteria of FD&C Act s520(o)(1)(E), as FDA reads them in its revised guidance of 6 Jan 2026 (superseding Sept 2022); a rule that directs care or does not let the clinician review its basis may be regulated.',
      sources: [
        {
          title:
            'FDA, Clinical Decision Support Software: guidance for industry and FDA staff (January 2026)',
          url: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/clinical-decision-support-software',
          quote:
            'On January 6, 2026, FDA issued a revised version of the Agency’s Clinical Decision Support Software Guidance',
          published: '2026-01-06',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.us, when.directCarePossible, when.patientDataPossible),
      vendorQuestions: [
        'Does any smart contract drive a clinical decision (block dispensing, say), and can the clinician see why?',
      ],
      steps: [
        {
          id: 'us.fda.qualify',
          text: 'Check whether any automated rule is device software (FDA CDS, 2026)',
          phase: 'deciding',
          appliesWhen: allOf(when.us, when.directCarePossible, when.patientDataPossible),
        },
      ],
      implications: [
        {
          when: when.safetyNotLow,
          text: 'The quality and safety obstacle is not low: check whether any automated rule would be regulated as device software.',
        },
      ],
      unverified: ['The FDA page itself was read through law-firm summaries (Covington, Cooley, Katten).'],
    },
  ],
};

// ---------------------------------------------------------------------------------------------- European Union

const eu: RegulatoryProfile = {
  setting: 'eu',
  name: 'European Union',
  duties: [
    {
      id: 'eu.gdpr',
      setting: 'eu',
      name: 'GDPR, with EDPB Guidelines 02/2025 on blockchains',
      modality: 'must',
      summary:
        'Personal data on or reachable through a ledger must be processed lawfully: health data is special category data (Art. 9); roles must be decided at design time; a DPIA is required where processing is likely to be high risk (Art. 35); personal data must not be made accessible to an indefinite number of people by default (Art. 25(2)). The EDPB says that, as a general rule, storing personal data in a blockchain should be avoided if this conflicts with data protection principles, and that technical impossibility is no excuse for not honouring rights.',
      sources: [
        {
          title:
            'EDPB, Guidelines 02/2025 on processing of personal data through blockchain technologies (news release)',
          url: 'https://www.edpb.europa.eu/news/news/2025/edpb-adopts-guidelines-processing-personal-data-through-blockchains-and-ready_pl',
          quote:
            'As a general rule, storing personal data in a blockchain should be avoided if this conflicts with data protection principles.',
          published: '2025-04-14',
          checkedOn: checked,
        },
        {
          title: 'Regulation (EU) 2016/679 (GDPR), Articles 9, 16, 17, 25 and 35',
          url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
          quote:
            'by default personal data are not made accessible without the individual’s intervention to an indefinite number of natural persons',
          published: '2016-04-27',
          checkedOn: checked,
        },
      ],
      appliesWhen: when.eu,
      vendorQuestions: [
        'What is the documented rationale for a ledger, with the alternatives considered?',
        'Where is the on-chain / off-chain data inventory?',
        'Are salted hashes, commitments or proofs used instead of personal data?',
        'How are rectification and erasure designed in from day one?',
        'Are there transfers outside the EU?',
      ],
      steps: [
        {
          id: 'eu.gdpr.patientData',
          text: 'Find out whether anything on the ledger could identify a patient',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.eu, when.patientDataUnknown),
        },
        {
          id: 'eu.gdpr.staff',
          text: 'Check whether any on-chain address or signer id identifies a person',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.eu, when.noPatientData),
        },
        {
          id: 'eu.gdpr.rationale',
          text: 'Document why a ledger is needed and the alternatives considered',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.eu, when.patientData),
        },
        {
          id: 'eu.gdpr.dpia',
          text: 'Carry out a DPIA before any processing',
          phase: 'adopting',
          appliesWhen: allOf(when.eu, when.patientData),
        },
      ],
      implications: [
        {
          when: when.identifiableBeyondHashes,
          text: 'Personal data would be stored on-chain. The EDPB’s general rule is to avoid this where it conflicts with data protection principles, as immutability does with rectification and erasure: keep the data off-chain or design erasure in, since technical impossibility is no excuse.',
        },
        {
          when: when.patientData,
          text: 'Something on the ledger could identify a patient: even hashes can be personal data, so name the Art. 9 condition, decide controller roles now and minimise what goes on-chain.',
        },
      ],
      unverified: [
        'Whether the EDPB has adopted a final version after the consultation that closed 9 Jun 2025.',
      ],
    },
    {
      id: 'eu.ehds',
      setting: 'eu',
      name: 'European Health Data Space (Regulation (EU) 2025/327)',
      modality: 'checkWhether',
      summary:
        'Check whether the product is an “EHR system” under the EHDS. In force since 26 Mar 2025; the Commission’s implementing acts are due by Mar 2027; key parts apply from Mar 2029 (exchange of patient summaries and ePrescriptions, and secondary-use rules for most data), the rest from Mar 2031 (images, lab results, discharge reports, remaining secondary-use categories). EHR systems must then carry harmonised interoperability and logging components; secondary use goes through health data access bodies and permits.',
      sources: [
        {
          title: 'European Commission, European Health Data Space Regulation (EHDS): key milestones',
          url: 'https://health.ec.europa.eu/ehealth-digital-health-and-care/european-health-data-space-regulation-ehds_en',
          quote:
            'March 2029: Key parts of the EHDS Regulation will enter into application … March 2031: … the exchange of the second group of priority categories',
          published: '2025-03-26',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.eu, when.patientDataPossible),
      vendorQuestions: [
        'Is the product an “EHR system” under the EHDS?',
        'Does a ledger access log duplicate or conflict with the EHDS logging that applies from 2029?',
        'Is secondary use routed through a health data access body rather than a token market?',
      ],
      steps: [
        {
          id: 'eu.ehds.ehrSystem',
          text: 'Check whether it is an EHR system under the EHDS (from 2029)',
          phase: 'deciding',
          appliesWhen: allOf(when.eu, when.patientDataPossible),
        },
      ],
      implications: [],
    },
    {
      id: 'eu.fmd',
      setting: 'eu',
      name: 'Falsified Medicines Directive safety features (Delegated Regulation (EU) 2016/161)',
      modality: 'must',
      summary:
        'Prescription medicines must carry a unique identifier and an anti-tampering device; wholesalers and those supplying the public must verify them against the repositories system the Regulation sets up (applies since 9 Feb 2019). A ledger would sit beside that system, not replace it.',
      sources: [
        {
          title:
            'Commission Delegated Regulation (EU) 2016/161 (safety features on the packaging of medicinal products)',
          url: 'https://eur-lex.europa.eu/eli/reg_del/2016/161/oj',
          quote:
            'the provisions on the establishment, management and accessibility of the repositories system where the information on the safety features shall be contained',
          published: '2016-02-09',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.eu, when.holdsSupplyChain),
      vendorQuestions: [
        'How does the ledger relate to the national medicines verification system each pack is already checked against?',
      ],
      steps: [
        {
          id: 'eu.fmd.fit',
          text: 'Compare the ledger with the medicines verification system already in place',
          phase: 'deciding',
          aboutTheLedger: true,
          appliesWhen: allOf(when.eu, when.holdsSupplyChain),
        },
      ],
      implications: [],
      unverified: [
        'The 9 Feb 2019 date is from the Polish verification organisation’s FAQ (nmvo.pl), not the Official Journal.',
      ],
    },
    {
      id: 'eu.mdr',
      setting: 'eu',
      name: 'Medical Device Regulation (EU) 2017/745',
      modality: 'checkWhether',
      summary:
        'Check first whether any function qualifies as medical device software, by its intended medical purpose (MDCG 2019-11 rev.1, June 2025). Only then does Annex VIII Rule 11 classify it: software that provides information used to take diagnostic or therapeutic decisions is class IIa or higher. A pure audit trail normally does not qualify.',
      sources: [
        {
          title: 'Emergo by UL, European revision of primary software guidance: MDCG 2019-11 revision 1',
          url: 'https://www.emergobyul.com/news/european-revision-primary-software-guidance-mdcg-2019-11-revision-1-small-changes-meaningful',
          quote:
            'On June 17, 2025 … the EU commission published a revision to MDCG 2019-11, Guidance on Qualification and Classification of Software',
          published: '2025-06-20',
          checkedOn: checked,
        },
        {
          title: 'Regulation (EU) 2017/745, Annex VIII Rule 11',
          url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
          quote:
            'Software intended to provide information which is used to take decisions with diagnosis or therapeutic purposes is classified as class IIa',
          published: '2017-04-05',
          checkedOn: checked,
        },
      ],
      appliesWhen: allOf(when.eu, when.directCarePossible, when.patientDataPossible),
      vendorQuestions: [
        'Does any smart contract or rule drive a clinical decision (block dispensing, say)? What is its intended purpose?',
      ],
      steps: [
        {
          id: 'eu.mdr.qualify',
          text: 'Check whether any automated rule qualifies as device software (MDR)',
          phase: 'deciding',
          appliesWhen: allOf(when.eu, when.directCarePossible, when.patientDataPossible),
        },
      ],
      implications: [
        {
          when: when.safetyNotLow,
          text: 'The quality and safety obstacle is not low: check whether any rule qualifies as medical device software; if it does, Rule 11 gives class IIa or higher.',
        },
      ],
      unverified: [
        'MDCG 2019-11 rev.1 itself was read through regulatory news summaries (Emergo, 20 Jun 2025), not the Commission’s PDF.',
      ],
    },
  ],
};

export const regulatoryProfiles: readonly RegulatoryProfile[] = [uk, us, eu];

export const profileFor = (setting: Setting): RegulatoryProfile | undefined =>
  regulatoryProfiles.find((p) => p.setting === setting);

/** Every duty of every profile. */
export const allDuties: readonly Duty[] = regulatoryProfiles.flatMap((p) => p.duties);

/** The source line a table cell shows: titles, with the dates that matter. */
export const sourceLine = (d: Duty): string => d.sources.map((s) => s.title).join('; ');

/** The date the duty's sources were last checked: the oldest of them. */
export const dutyCheckedOn = (d: Duty): string => [...d.sources.map((s) => s.checkedOn)].sort()[0] ?? '';
