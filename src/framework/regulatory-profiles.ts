import type { Setting } from './proposal';

/**
 * When the answers make a duty bite harder. The report evaluates these against the answers; the profiles
 * only name them, so the law stays data and the rules stay few.
 */
export type DutyTrigger =
  /** Patient-identifiable data on the ledger beyond hashes: rectification and erasure collide with immutability. */
  | 'identifiableOnChain'
  /** Anything on the ledger could identify a patient (hashes of identifiers included). */
  | 'personalDataOnChain'
  /** Several organisations would write: a network with admission rules and shared operation. */
  | 'network'
  /** The quality and safety obstacle is rated moderate or worse, or not known. */
  | 'safetyRisk';

export interface Duty {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  /** The date of the instrument or guidance version relied on. */
  readonly date: string;
  /** What it says, as it bears on a ledger. */
  readonly summary: string;
  readonly vendorQuestions: readonly string[];
  readonly nextSteps: readonly string[];
  /** What the answers imply for this duty, said only when the trigger holds. */
  readonly implications: readonly { readonly when: DutyTrigger; readonly text: string }[];
}

export interface RegulatoryProfile {
  readonly setting: Setting;
  readonly name: string;
  /** When the facts below were last checked against their sources. */
  readonly checkedOn: string;
  readonly duties: readonly Duty[];
}

const uk: RegulatoryProfile = {
  setting: 'ukNhs',
  name: 'United Kingdom (NHS England; the devolved nations are similar)',
  checkedOn: '2026-11',
  duties: [
    {
      id: 'uk.dtac',
      name: 'DTAC (Digital Technology Assessment Criteria)',
      source: 'NHS England, DTAC v2 form',
      date: 'published 24 Feb 2026; suppliers moved by 6 Apr 2026',
      summary:
        'Clinical safety, data protection, technical security, interoperability, usability and accessibility; alongside (not instead of) device certification, ICO registration and the DSPT.',
      vendorQuestions: [
        'Does every node operator’s product hold a current DTAC?',
        'Who is the “manufacturer” of a consortium ledger?',
        'Are the APIs open and documented, and is the interface WCAG 2.2 AA?',
      ],
      nextSteps: ['Ask for each supplier’s DTAC submission'],
      implications: [
        {
          when: 'network',
          text: 'Several organisations would run nodes: name who answers DTAC for the network as a whole.',
        },
      ],
    },
    {
      id: 'uk.dcb0160',
      name: 'DCB0129 and DCB0160 clinical risk management',
      source: 'Health and Care Act 2022 s95; NHS England clinical safety standards',
      date: '“must comply” from 7 Jul 2025; IT suppliers bound directly since 5 Feb 2026',
      summary:
        'A Clinical Safety Officer, a safety case and a hazard log scored on a 5×5 likelihood × severity matrix, for the manufacturer (DCB0129) and the deploying organisation (DCB0160).',
      vendorQuestions: [
        'Who is the Clinical Safety Officer for each node and for the network?',
        'Where is the manufacturer’s DCB0129 safety case and hazard log?',
      ],
      nextSteps: ['Appoint a Clinical Safety Officer', 'Draft the DCB0160 safety case and hazard log'],
      implications: [
        {
          when: 'safetyRisk',
          text: 'The quality and safety obstacle is not low: the hazard log below needs the Clinical Safety Officer’s review before any pilot.',
        },
      ],
    },
    {
      id: 'uk.dspt',
      name: 'DSPT (Data Security and Protection Toolkit)',
      source: 'NHS England DSPT, aligned with the NCSC Cyber Assessment Framework',
      date: 'aligned since Sept 2024',
      summary:
        'Outcome B3.a: know where data is stored and where it travels, and keep a record of processing.',
      vendorQuestions: [
        'Where is every replica of the ledger held?',
        'Does each node operator meet the DSPT standard?',
        'Can you draw the data-flow map a replicated ledger needs?',
      ],
      nextSteps: ['Check the DSPT status of every node operator', 'Map where every replica is held'],
      implications: [
        {
          when: 'network',
          text: 'Every node holds a replica: each one is a place the data is stored and must appear in the data-flow map.',
        },
      ],
    },
    {
      id: 'uk.gdpr',
      name: 'UK GDPR, with the ICO’s guidance on distributed ledgers',
      source: 'UK GDPR Art. 16, 17, 35; ICO draft guidance on distributed ledgers',
      date: 'consultation closed Nov 2025; final guidance expected 2026',
      summary:
        'Addresses and transaction ids can be personal data; participants who write personal data are likely controllers, validator-only nodes processors; nodes abroad are international transfers. The guidance starts with “Do we need a blockchain?”.',
      vendorQuestions: [
        'Is any personal data on-chain, including pseudonymous ids or hashes of NHS numbers?',
        'Who is controller, and who processor, for each node?',
        'How are rectification and erasure honoured (off-chain deletion, key destruction)?',
        'Where are the nodes?',
      ],
      nextSteps: ['Complete a DPIA'],
      implications: [
        {
          when: 'identifiableOnChain',
          text: 'Patient-identifiable data would sit on an append-only ledger: rectification (Art. 16) and erasure (Art. 17) conflict with immutability. Check whether the Art. 17(3) exemptions for public health or legal obligation apply to these records.',
        },
        {
          when: 'personalDataOnChain',
          text: 'Something on the ledger could identify a patient, so the ledger processes personal data: decide controllers and processors at design time, and a DPIA is needed.',
        },
      ],
    },
    {
      id: 'uk.caldicott',
      name: 'Caldicott principles and the National Data Opt-out',
      source: 'UK Caldicott Guardian Council; NHS England National Data Opt-out',
      date: 'current',
      summary: 'Use the minimum identifiable data; respect opt-outs for secondary use.',
      vendorQuestions: [
        'Does the ledger hold more than the minimum identifiable data?',
        'How is an opt-out honoured once data is replicated?',
      ],
      nextSteps: ['Ask the Caldicott Guardian to review the data on the ledger'],
      implications: [
        {
          when: 'personalDataOnChain',
          text: 'Identifiable data would be replicated to every node: show it is the minimum needed, and how an opt-out reaches every copy.',
        },
      ],
    },
  ],
};

const us: RegulatoryProfile = {
  setting: 'us',
  name: 'United States',
  checkedOn: '2026-11',
  duties: [
    {
      id: 'us.hipaa',
      name: 'HIPAA Security and Privacy Rules',
      source:
        '45 CFR 164.312 (technical safeguards); 45 CFR 164.526 (right to amend); proposed update 90 FR 898',
      date: 'proposed update published 6 Jan 2025',
      summary:
        'Access control, audit controls, integrity, authentication and transmission security for every system holding ePHI; the proposed update would make encryption and MFA mandatory and require an asset inventory and network map. Hashes of identifiers may still be PHI.',
      vendorQuestions: [
        'Does any node hold ePHI?',
        'Is every node operator a covered entity, or a business associate under a BAA?',
        'Are links between nodes encrypted, with MFA?',
        'How is the right to amend (45 CFR 164.526) met on an append-only ledger?',
      ],
      nextSteps: [
        'Sign a Business Associate Agreement with every node operator',
        'Run a HIPAA security risk analysis',
      ],
      implications: [
        {
          when: 'identifiableOnChain',
          text: 'PHI would sit on an append-only ledger: the right to amend (45 CFR 164.526) needs a design answer, since entries cannot be changed in place.',
        },
        {
          when: 'personalDataOnChain',
          text: 'Something on the ledger could identify a patient: treat every node as holding ePHI, under a BAA and the Security Rule’s safeguards.',
        },
      ],
    },
    {
      id: 'us.infoBlocking',
      name: 'Information blocking',
      source: '21st Century Cures Act; 45 CFR Part 171',
      date: 'exceptions updated Dec 2024 (protecting care access)',
      summary:
        'A consortium can be a health information network; admission rules and fees can interfere with access, exchange or use of EHI, unless an exception (preventing harm, privacy, security, infeasibility…) applies.',
      vendorQuestions: [
        'Is the consortium an “actor” under the information-blocking rule?',
        'Do membership or node-admission rules limit access to EHI?',
        'Which exception would a refusal rely on?',
      ],
      nextSteps: ['Have counsel review the network’s admission rules and fees for information blocking'],
      implications: [
        {
          when: 'network',
          text: 'Several organisations would run the network: its admission rules and fees could make it an information-blocking “actor”.',
        },
      ],
    },
    {
      id: 'us.tefca',
      name: 'TEFCA (Trusted Exchange Framework and Common Agreement)',
      source: 'ONC/ASTP Common Agreement v2.0',
      date: 'v2.0 (FHIR exchange through designated QHINs)',
      summary: 'National exchange already exists through designated QHINs.',
      vendorQuestions: [
        'What does the ledger add over a QHIN connection?',
        'Will the network join TEFCA, or why not?',
      ],
      nextSteps: ['State the proposal’s TEFCA position'],
      implications: [],
    },
    {
      id: 'us.fda',
      name: 'FDA software as a medical device, and state privacy laws',
      source: 'FD&C Act; FDA guidance on clinical decision support software; state health privacy laws',
      date: 'current',
      summary:
        'A rule that drives clinical decisions may be device software; state laws (e.g. on substance-use or reproductive data) add limits.',
      vendorQuestions: [
        'Does any smart contract drive a clinical decision (block dispensing, say)?',
        'Which state laws apply to the data?',
      ],
      nextSteps: ['Confirm whether any smart contract is device software'],
      implications: [
        {
          when: 'safetyRisk',
          text: 'The quality and safety obstacle is not low: check whether any automated rule would be regulated as device software.',
        },
      ],
    },
  ],
};

const eu: RegulatoryProfile = {
  setting: 'eu',
  name: 'European Union',
  checkedOn: '2026-11',
  duties: [
    {
      id: 'eu.gdpr',
      name: 'GDPR, with EDPB Guidelines 02/2025 on blockchains',
      source:
        'GDPR Art. 5, 16, 17, 25, 35; EDPB Guidelines 02/2025 on processing personal data through blockchain technologies',
      date: 'adopted for consultation Apr 2025',
      summary:
        'Decide roles at design time; a DPIA where risk is high; personal data must not be open to an indefinite number of people by default; “as a general rule” avoid storing personal data on-chain; technical impossibility is no excuse for not erasing.',
      vendorQuestions: [
        'What is the documented rationale for a ledger, with the alternatives considered?',
        'Where is the on-chain / off-chain data inventory?',
        'Are salted hashes, commitments or proofs used instead of data?',
        'How is erasure designed in from day one?',
        'Are there transfers outside the EU?',
      ],
      nextSteps: ['Complete a DPIA with the documented rationale for a ledger'],
      implications: [
        {
          when: 'identifiableOnChain',
          text: 'Personal data would be stored on-chain, against the EDPB’s general rule: erasure must be designed in, since technical impossibility is no excuse.',
        },
        {
          when: 'personalDataOnChain',
          text: 'Something on the ledger could identify a patient: even hashes can be personal data, so decide controller roles now and minimise what goes on-chain.',
        },
      ],
    },
    {
      id: 'eu.ehds',
      name: 'European Health Data Space',
      source: 'Regulation (EU) 2025/327',
      date: 'in force Mar 2025; main application 26 Mar 2027; patient summaries and ePrescriptions from 2029',
      summary:
        'EHR systems must carry harmonised interoperability and logging components; secondary use goes through health data access bodies and permits.',
      vendorQuestions: [
        'Is the product an “EHR system” under the EHDS?',
        'Does a ledger access log duplicate or conflict with the mandatory EHDS logging?',
        'Is secondary use routed through a health data access body rather than a token market?',
      ],
      nextSteps: ['Check whether the product falls under the EHDS as an EHR system'],
      implications: [],
    },
    {
      id: 'eu.mdr',
      name: 'Medical Device Regulation, Annex VIII Rule 11',
      source: 'Regulation (EU) 2017/745',
      date: 'current',
      summary:
        'Software informing diagnostic or therapeutic decisions is class IIa or higher; a pure audit trail normally is not.',
      vendorQuestions: ['Does any smart contract or rule drive a clinical decision (block dispensing, say)?'],
      nextSteps: ['Confirm the device qualification of any automated rule'],
      implications: [
        {
          when: 'safetyRisk',
          text: 'The quality and safety obstacle is not low: if any rule drives a clinical decision, it is device software under Rule 11.',
        },
      ],
    },
  ],
};

export const regulatoryProfiles: readonly RegulatoryProfile[] = [uk, us, eu];

export const profileFor = (setting: Setting): RegulatoryProfile | undefined =>
  regulatoryProfiles.find((p) => p.setting === setting);
