import fc from 'fast-check';
import * as Y from 'yjs';
import type { Assessment } from '../../src/schema/assessment-schema';
import { applyChanges, readAssessment, type TeamUser } from '../../src/team/team-doc';

export const asha: TeamUser = { id: 'author-asha', name: 'Asha Patel' };
export const ben: TeamUser = { id: 'author-ben', name: 'Ben Okafor' };
export const cleo: TeamUser = { id: 'author-cleo', name: 'Cleo Ng' };

export const base: Assessment = {
  id: 'team-1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  proposal: {
    title: 'Shared records',
    organisations: 'Two trusts',
    assessor: 'Asha',
    date: '2026-12-01',
    description: '',
  },
  answers: {},
};

const questionIds = [
  'condition.commonInterest',
  'condition.validityCheck',
  'obstacle.adoption',
  'condition.nonConfidential',
];

/** One person's action: set an answer's value or note, a proposal field, or a hazard row. */
export type Action =
  | { kind: 'value'; question: string; value: number | undefined }
  | { kind: 'note'; question: string; note: string }
  | { kind: 'title'; title: string }
  | { kind: 'hazard'; hazard: string; owner: string };

export const anyAction: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    question: fc.constantFrom(...questionIds),
    value: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    question: fc.constantFrom(...questionIds),
    note: fc.string({ maxLength: 30 }),
  }),
  fc.record({ kind: fc.constant('title' as const), title: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({
    kind: fc.constant('hazard' as const),
    hazard: fc.constantFrom('keyLoss', 'hashDivergence'),
    owner: fc.string({ maxLength: 10 }),
  }),
);

export function act(a: Assessment, action: Action): Assessment {
  switch (action.kind) {
    case 'value': {
      const answers = { ...a.answers };
      const note = answers[action.question]?.note;
      if (action.value === undefined && !note) delete answers[action.question];
      else
        answers[action.question] = {
          ...(action.value === undefined ? {} : { value: action.value }),
          ...(note ? { note } : {}),
        };
      return { ...a, answers };
    }
    case 'note': {
      const answers = { ...a.answers };
      const value = answers[action.question]?.value;
      if (value === undefined && !action.note) delete answers[action.question];
      else
        answers[action.question] = {
          ...(value === undefined ? {} : { value }),
          ...(action.note ? { note: action.note } : {}),
        };
      return { ...a, answers };
    }
    case 'title':
      return { ...a, proposal: { ...a.proposal, title: action.title } };
    case 'hazard':
      return { ...a, hazardLog: { ...a.hazardLog, [action.hazard]: { owner: action.owner } } };
  }
}

/** Performs the actions as `user` on `doc`, as the store binding would: one transaction each. */
export function perform(
  doc: Y.Doc,
  user: TeamUser,
  actions: readonly Action[],
  start = Date.parse('2026-12-01T11:00:00Z'),
) {
  actions.forEach((action, i) => {
    const before = readAssessment(doc, base);
    applyChanges(doc, user, before, act(before, action), new Date(start + i * 1000));
  });
}

export const exchange = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
