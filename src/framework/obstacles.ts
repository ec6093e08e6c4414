import type { Setting } from './proposal';
import type { Question } from './question';
import { obstacleSeverityScale } from './scales';

export interface Obstacle extends Question {
  readonly number: number;
  /** Workshop discussion prompt (speaker notes), drawn from the seed. */
  readonly discussionPrompt: string;
  readonly title: string;
  readonly description: string;
  /** The sub-aspects the seed names; shown as a checklist to think through. */
  readonly aspects: readonly string[];
  /** Sub-aspects in a setting's own law, shown only when that setting is chosen. */
  readonly aspectsBySetting?: Partial<Record<Setting, readonly string[]>>;
}

/** The six obstacles to implementation (Yeung 2019, §3a). Ratings use `obstacleSeverityScale`. */
export const obstacles = [
  {
    id: 'obstacle.adoption',
    discussionPrompt:
      'Who must join for this to work, and what does each have to gain before the network exists?',
    number: 1,
    title: 'Adoption',
    shortName: 'O1 Adoption',
    label: 'How severe is the adoption obstacle for this proposal?',
    description: 'Justifying the organisational risk and cost, and building a network that people will use.',
    aspects: [
      'Overcoming organisational risks to justify the cost of adoption',
      'Building a network of participants and stakeholders',
      'User acceptance by clinicians, patients and administrators',
      'Preserving professional and ethical norms and legal compliance',
    ],
    options: obstacleSeverityScale,
    notePrompt: 'Mitigation: how would the network be built and accepted?',
    cite: { section: '3a', quote: 'Building a network of participants and stakeholders' },
  },
  {
    id: 'obstacle.interoperability',
    discussionPrompt: 'Which of the three levels (foundational, structural, semantic) is weakest today?',
    number: 2,
    title: 'Interoperability and standardisation',
    shortName: 'O2 Interoperability',
    label: 'How severe is the interoperability and standardisation obstacle?',
    description: 'Full interoperability is needed at three levels, through shared standards.',
    aspects: [
      'Foundational: data can be exchanged from one IT system to another',
      'Structural: the format preserves the purpose and meaning of the data',
      'Semantic: systems can use the information they exchange',
      'Several incompatible healthcare ledgers could block the flow of transactions (Flannery 2019)',
    ],
    options: obstacleSeverityScale,
    notePrompt: 'Mitigation: which standards (for example HL7 FHIR, SNOMED CT, GS1) would be used?',
    cite: { section: '3a', quote: 'full interoperability required at 3 levels' },
  },
  {
    id: 'obstacle.governance',
    discussionPrompt:
      "What happens when partners disagree in three years' time? Who decides, and how is it binding?",
    number: 3,
    title: 'Internal governance',
    shortName: 'O3 Internal governance',
    label: 'How severe is the internal governance obstacle?',
    description:
      'Binding policies on how the network decides and changes, among partners whose interests diverge.',
    aspects: [
      'Binding policies on how decisions are made and how the network changes',
      'Divergent interests among partners',
      'Conflicts that surface only later, as circumstances change',
      'Acute for permissionless, serious for permissioned ledgers',
    ],
    options: obstacleSeverityScale,
    notePrompt: 'Mitigation: what binding agreement governs decisions and disputes?',
    cite: {
      section: '3a',
      quote: 'permissioned blockchains also raise serious internal governance challenges',
    },
  },
  {
    id: 'obstacle.dataSecurity',
    discussionPrompt:
      'Where does the off-chain data live, and who secures it? What stops a partner copying what it reads?',
    number: 4,
    title: 'Data security',
    shortName: 'O4 Data security',
    label: 'How severe is the data security obstacle?',
    description:
      'The ledger’s security does not extend to the off-chain data it references, nor stop leakage once data is revealed.',
    aspects: [
      'Security of the off-chain data the ledger references',
      'Data leakage: once revealed, data can be copied and kept for ever (Finck 2019)',
      'Privacy-preserving computation as a possible mitigation',
    ],
    options: obstacleSeverityScale,
    notePrompt: 'Mitigation: how is off-chain data protected, and what limits leakage?',
    cite: {
      section: '3a',
      quote: 'Data security of blockchain storage does not apply to off-chain data',
    },
  },
  {
    id: 'obstacle.qualitySafety',
    discussionPrompt:
      'What assurance is needed before go-live: a clinical safety case, device or regulator approval, a research protocol for the pilot?',
    number: 5,
    title: 'Quality, safety and data integrity',
    shortName: 'O5 Quality and safety',
    label: 'How severe is the quality, safety and data integrity obstacle?',
    description:
      'Patient safety must be assured before deployment, through testing, validation and assurance.',
    aspects: [
      'Rigorous testing, validation and verification before deployment',
      'Pilots run under medical research protocols (Flannery 2019)',
    ],
    // Yeung (2019, §3a) names the UK's instruments; the other settings' equivalents come from their profiles.
    aspectsBySetting: {
      ukNhs: [
        'NHS standards of clinical effectiveness and economic value',
        'Clinical risk management under DCB0129 and DCB0160 for a product used in direct care (“must comply” under the Health and Care Act 2022 s95)',
        'The UK Medical Devices Regulations 2002, if any function qualifies as a medical device',
        'CQC registration for regulated activities',
        'NHS England assurance (DTAC)',
      ],
      us: [
        'Whether any automated rule is device software (FDA guidance on clinical decision support, January 2026)',
        'HIPAA Security Rule safeguards for every system holding ePHI',
      ],
      eu: [
        'Whether software qualifies as a medical device (MDCG 2019-11 rev.1); if it does, its class under MDR Annex VIII Rule 11',
        'GDPR data protection by design (Art. 25) and a DPIA (Art. 35)',
      ],
    },
    options: obstacleSeverityScale,
    notePrompt: 'Mitigation: which assurance has been done or planned?',
    cite: {
      section: '3a',
      quote: 'it is vital that DLTs are not implemented unless and until patient safety can be assured',
    },
  },
  {
    id: 'obstacle.humanFactors',
    discussionPrompt:
      'Who will make mistakes entering data, and how are they corrected on an append-only ledger?',
    number: 6,
    title: 'Human factors and fallibility',
    shortName: 'O6 Human factors',
    label: 'How severe is the human factors and fallibility obstacle?',
    description:
      'People of varying competence and conflicting interests make mistakes: garbage in, garbage out.',
    aspects: [
      'Varying technological competence of patients and staff',
      'Conflicting needs, interests and motives',
      'Mistakes are inevitable; a ledger makes them permanent',
    ],
    options: obstacleSeverityScale,
    notePrompt: 'Mitigation: how are mistakes caught and corrected?',
    cite: { section: '3a', quote: 'mistakes are inevitable and unavoidable' },
  },
] as const satisfies readonly Obstacle[];
export type ObstacleId = (typeof obstacles)[number]['id'];
