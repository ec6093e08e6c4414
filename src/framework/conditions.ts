import type { Question } from './question';
import { conditionRatingScale } from './scales';

export interface Condition extends Question {
  readonly number: number;
  /** Workshop discussion prompt (speaker notes), drawn from the seed. */
  readonly discussionPrompt: string;
  readonly title: string;
  readonly statement: string;
  readonly whatMetLooksLike: string;
  readonly help: string;
  /**
   * Weight in the condition-fit score by the core function relied on. The six conditions are the
   * seed's conditions for record pooling; for track-and-trace alone, conditions 3 and 4 carry the case.
   */
  readonly weight: { readonly recordPooling: number; readonly trackAndTraceOnly: number };
}

/** The six record-pooling conditions (seed §5). Ratings use `conditionRatingScale`. */
export const conditions = [
  {
    id: 'condition.commonInterest',
    discussionPrompt:
      "Who wants these records, and for what? Where do partners' interests diverge, and who would lose if the network decided against them?",
    number: 1,
    title: 'Common interest in shared records',
    shortName: 'C1 Common interest',
    statement:
      'All partners share an interest in records of specific phenomena; their interests are broadly aligned and of rough parity.',
    label:
      'How well does the proposal meet condition 1: partners share a common interest in the same records?',
    whatMetLooksLike:
      'Every partner wants the same records for compatible reasons, and no partner’s stake dwarfs the others’.',
    help: 'The greater the divergence between partners’ interests, the harder the governance of the network.',
    options: conditionRatingScale,
    notePrompt: 'Evidence: who wants these records, and are their interests aligned?',
    weight: { recordPooling: 1, trackAndTraceOnly: 0.5 },
    cite: {
      section: '5',
      quote:
        'Shared records of specific phenomena in which all network partners have a common interest … the greater the divergence, then potentially greater challenges for internal governance',
    },
  },
  {
    id: 'condition.semanticInteroperability',
    discussionPrompt:
      'Would two partners read the same record the same way? Name the code set or standard that fixes its meaning.',
    number: 2,
    title: 'Semantic interoperability',
    shortName: 'C2 Semantic interoperability',
    statement:
      'There is clear, settled agreement on what the records mean: they attest to activities with a clear, unambiguous and stable meaning.',
    label: 'How well does the proposal meet condition 2: partners agree on what the records mean?',
    whatMetLooksLike:
      'Records of asset or process tracking, or of completed courses and professional credentials: little or no room for interpretation, so they can be verified by computer.',
    help: 'Clinical narratives, diagnoses and care notes carry ambiguity that no protocol can remove.',
    options: conditionRatingScale,
    notePrompt: 'Evidence: which standard or code set fixes the meaning of the records?',
    weight: { recordPooling: 1, trackAndTraceOnly: 0.5 },
    cite: {
      section: '5',
      quote:
        'The records attest to a set of activities that have a clear, unambiguous and highly stable meaning over time',
    },
  },
  {
    id: 'condition.longitudinalRecord',
    discussionPrompt:
      'What decision needs the state of this thing at a point in time, past or present? Would a periodic report do?',
    number: 3,
    title: 'Value of a single, shared longitudinal record',
    shortName: 'C3 Longitudinal record',
    statement:
      'There is considerable value in one accurate, reliable record over time that tells the state of a thing at any point, with real-time updates.',
    label:
      'How well does the proposal meet condition 3: one accurate, shared record over time is of real value?',
    whatMetLooksLike:
      'Partners must know the current and past state of something: is a credential current? where is this batch of medicine?',
    help: 'If a snapshot or a periodic report would do, this condition is weak.',
    options: conditionRatingScale,
    notePrompt: 'Evidence: what decision depends on knowing the state at a point in time?',
    weight: { recordPooling: 1, trackAndTraceOnly: 1 },
    cite: {
      section: '5',
      quote:
        'Considerable value arising from the maintaining a single, accurate and reliable temporal record over time',
    },
  },
  {
    id: 'condition.validityCheck',
    discussionPrompt:
      'What could be forged or double-counted, and could a computer decide validity by a fixed rule? If not, why not a shared database?',
    number: 4,
    title: 'Need to ensure the validity of each record',
    shortName: 'C4 Automated validity',
    statement:
      'Records could be unreliable (for example forged) and their validity can be checked automatically against clear, fixed, stable, preferably binary criteria.',
    label:
      'How well does the proposal meet condition 4: records could be unreliable (forged, say), and a computer can check each one against clear, fixed rules?',
    whatMetLooksLike:
      'Forgery or double-counting is a real risk, and admission of a record can be decided by a rule a computer applies: is the signature valid, is this pack already dispensed?',
    help: 'Without this, an ordinary shared database would suffice: there is nothing for distributed consensus to validate.',
    options: conditionRatingScale,
    notePrompt: 'Evidence: what could be forged, and what rule would catch it?',
    weight: { recordPooling: 1, trackAndTraceOnly: 1 },
    cite: {
      section: '5',
      quote:
        'otherwise, an ordinary shared data-base would suffice, no need for distributed consensus to validate',
    },
  },
  {
    id: 'condition.nonConfidential',
    discussionPrompt:
      'If every partner kept a copy of these records forever, who could be harmed? Access controls do not stop leakage.',
    number: 5,
    title: 'Non-confidential data',
    shortName: 'C5 Non-confidential data',
    statement: 'The records hold no confidential or inherently sensitive information.',
    label: 'How well does the proposal meet condition 5: the records hold nothing confidential or sensitive?',
    whatMetLooksLike:
      'Nothing on the shared ledger would harm a patient or a business if every partner kept a copy forever.',
    help: 'Access controls may help but do not solve data leakage: once revealed, data can be copied and kept for ever.',
    options: conditionRatingScale,
    notePrompt: 'Evidence: what is sensitive in the records, and who could see it?',
    // Track-and-trace alone uses the ledger as a reference system: "virtually any type of data can be
    // referenced" (Yeung 2019, §5) because only hashes go on-chain. Confidentiality then sits off-chain, so it
    // does not weigh in the fit; data beyond hashes on the ledger is caught by the condition 5 gate instead.
    weight: { recordPooling: 1, trackAndTraceOnly: 0 },
    cite: {
      section: '5',
      quote: 'Record does not contain confidential information or otherwise inherently sensitive information',
    },
  },
  {
    id: 'condition.governanceIncentives',
    discussionPrompt:
      'Why would the first partner contribute its records, bearing the risk while the gains are shared? Who governs changes?',
    number: 6,
    title: 'Effective, legitimate governance and incentives',
    shortName: 'C6 Governance and incentives',
    statement:
      'Technical access mechanisms plus social governance and incentives make partners contribute records to the shared pool.',
    label:
      'How well does the proposal meet condition 6: governance and incentives will make partners contribute records?',
    whatMetLooksLike:
      'Binding rules on how the network decides and changes, and a reason for each partner to contribute (for example access fees in an internal market) that overcomes free-riding and the first-mover disadvantage.',
    help: 'Pooled records are a club good: the pay-off of network effects is shared, so the first mover bears the risk without capturing the benefit.',
    options: conditionRatingScale,
    notePrompt: 'Evidence: who governs, and why would each partner contribute first?',
    weight: { recordPooling: 1, trackAndTraceOnly: 0.5 },
    cite: {
      section: '5',
      quote:
        'technical access mechanisms + underlying social governance and incentive structure facilitates contribution of records',
    },
  },
] as const satisfies readonly Condition[];
export type ConditionId = (typeof conditions)[number]['id'];
