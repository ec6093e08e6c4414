import { conditions } from './conditions';
import { coreFunctionQuestions } from './core-functions';
import { obstacles } from './obstacles';
import { prescreenQuestions } from './prescreen';
import { proposalQuestions } from './proposal';
import type { SkipRule } from './question';
import type { QuestionId } from './questions';
import { tensions } from './tensions';

export const pageGroups = [
  { id: 'about', title: 'About the proposal' },
  {
    id: 'conditions',
    title: 'The six record-pooling conditions',
    intro: 'Yeung 2019, §5: "6 (rather demanding) conditions".',
  },
  {
    id: 'obstacles',
    title: 'The six obstacles',
    intro: 'Yeung 2019, §3a: obstacles to overcome to realise the promise.',
  },
  {
    id: 'tensions',
    title: 'The three normative tensions',
    intro: 'Yeung 2019, §3b: trade-offs to take a position on.',
  },
] as const;
export type PageGroupId = (typeof pageGroups)[number]['id'];

export interface QuestionnairePage {
  readonly id: string;
  readonly group: PageGroupId;
  readonly title: string;
  readonly intro?: string;
  readonly questionIds: readonly QuestionId[];
  /** The proposal page also holds the descriptive fields (title, organisations, …). */
  readonly hasProposalFields?: boolean;
  /** Any one rule makes the page moot; its answers are kept but not needed. */
  readonly skipWhen: readonly SkipRule[];
}

/**
 * Once the pre-screen shows no ledger is needed, the conditions, obstacles and tensions cannot change the
 * verdict: the pages stay open to answer, but are not needed to finish.
 */
const mootAfterPrescreen: readonly SkipRule[] = [
  ...prescreenQuestions.map((q) => ({
    allOf: [{ question: q.id, equals: q.failsWhen }],
    reason: `Not needed: the pre-screen answer to "${q.shortName}" already shows a ledger is not needed.`,
  })),
  {
    allOf: [{ question: 'proposal.writerCount', equals: 'one' }],
    reason: 'Not needed: with a single writer, a ledger is not needed.',
  },
  {
    allOf: [
      { question: 'coreFunction.trackAndTrace', equals: 'no' },
      { question: 'coreFunction.recordPooling', equals: 'no' },
    ],
    reason: 'Not needed: the proposal relies on neither core function a ledger can serve.',
  },
];

export const questionnairePages: readonly QuestionnairePage[] = [
  {
    id: 'proposal',
    group: 'about',
    title: 'The proposal',
    intro: 'Describe what is proposed. Only you see this; it stays in this browser.',
    questionIds: proposalQuestions.map((q) => q.id),
    hasProposalFields: true,
    skipWhen: [],
  },
  {
    id: 'coreFunction',
    group: 'about',
    title: 'Which core function does it rely on?',
    intro:
      'Yeung 2019, §5: a ledger can offer real value through two core functions. A proposal may rely on one, both or neither.',
    questionIds: coreFunctionQuestions.map((q) => q.id),
    skipWhen: [],
  },
  {
    id: 'prescreen',
    group: 'about',
    title: 'Pre-screen: is a distributed ledger needed at all?',
    intro:
      'The questions published decision frameworks ask before anything else (Wüst & Gervais 2018; NIST IR 8202). Each "wrong" answer names a simpler alternative.',
    questionIds: prescreenQuestions.map((q) => q.id),
    skipWhen: [],
  },
  ...conditions.map((c) => ({
    id: c.id,
    group: 'conditions' as const,
    title: `Condition ${c.number}: ${c.title}`,
    questionIds: [c.id],
    skipWhen: mootAfterPrescreen,
  })),
  ...obstacles.map((o) => ({
    id: o.id,
    group: 'obstacles' as const,
    title: `Obstacle ${o.number}: ${o.title}`,
    questionIds: [o.id],
    skipWhen: mootAfterPrescreen,
  })),
  ...tensions.map((t) => ({
    id: t.id,
    group: 'tensions' as const,
    title: `Tension ${t.number}: ${t.title}`,
    questionIds: [t.id],
    skipWhen: mootAfterPrescreen,
  })),
];

export function findPage(id: string): QuestionnairePage | undefined {
  return questionnairePages.find((p) => p.id === id);
}
