import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import { type ProposalFieldId, proposalFields } from '../../src/framework/proposal';
import { allQuestions } from '../../src/framework/questions';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { storageKey, useAssessmentsStore } from '../../src/store/assessments-store';
import { useStorageStatus } from '../../src/store/storage-status';

const store = () => useAssessmentsStore.getState();
const fields = Object.keys(proposalFields) as ProposalFieldId[];

/** Strings of every length that matters: empty, short, just under, at and over each limit, and huge. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('26 November 2026', '26/11/2026', '2026-02-30', '2026-11-26', 'ukNhs', 'other'),
  fc
    .tuple(
      fc.constantFrom(
        9,
        10,
        11,
        199,
        200,
        201,
        499,
        500,
        501,
        4_999,
        5_000,
        5_001,
        9_999,
        10_000,
        10_001,
        20_000,
      ),
      fc.string({ minLength: 1, maxLength: 1 }),
    )
    .map(([n, c]) => c.repeat(n)),
);

const edit = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), field: fc.constantFrom(...fields), text: anyText }),
  fc.record({
    kind: fc.constant('note' as const),
    questionId: fc.constantFrom(...allQuestions.map((q) => q.id)),
    text: anyText,
  }),
);

async function reload() {
  const saved = localStorage.getItem(storageKey);
  useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {} });
  if (saved !== null) localStorage.setItem(storageKey, saved);
  await useAssessmentsStore.persist.rehydrate();
}

beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {} });
  useStorageStatus.setState({ unreadable: [], saveError: undefined });
  localStorage.clear();
});

describe('autosave', () => {
  it('never loses an assessment, whatever string is typed into whatever field, across a reload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(2), edit), { minLength: 1, maxLength: 8 }), async (edits) => {
        localStorage.clear();
        useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {} });
        const ids = ['a0', 'a1', 'a2'];
        store().putAssessments(ids.map((id, i) => ({ ...exampleToAssessment(workedExamples[i]!), id })));
        const before = structuredClone(store().assessments);
        for (const [which, e] of edits) {
          const id = ids[which]!;
          if (e.kind === 'field') store().setProposalField(id, e.field, e.text);
          else store().setAnswer(id, e.questionId, undefined, e.text);
        }
        const afterEdits = structuredClone(store().assessments);
        await reload();
        // Every assessment is back, exactly as it was in memory, and none needs repair.
        expect(Object.keys(store().assessments).sort()).toEqual(Object.keys(before).sort());
        expect(store().assessments).toEqual(afterEdits);
        expect(store().needsRepair).toEqual({});
        expect(useStorageStatus.getState().unreadable).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 240_000);
});
