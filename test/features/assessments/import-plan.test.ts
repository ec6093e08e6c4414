import { describe, expect, it } from 'vitest';
import { asCopy, planImport } from '../../../src/features/assessments/import-plan';
import { workedExamples } from '../../../src/framework/examples';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

const [a, b] = workedExamples.map(exampleToAssessment);

describe('import planning', () => {
  it('splits incoming assessments into new ones and those whose id is already saved', () => {
    const plan = planImport({ [a!.id]: a! }, [a!, b!]);
    expect(plan.fresh).toEqual([b]);
    expect(plan.conflicts).toEqual([{ incoming: a, existing: a }]);
    expect(plan.needsRepair).toEqual([]);
  });

  it('carries records kept for repair through untouched', () => {
    const entry = { record: { id: 5 }, problems: ['id: wrong'], foundAt: '2026-11-26T00:00:00Z' };
    expect(planImport({}, [], [entry]).needsRepair).toEqual([entry]);
  });

  it('imports a copy under a new id with a title that says so, within the title limit', () => {
    const long = { ...a!, proposal: { ...a!.proposal, title: 'x'.repeat(200) } };
    const copy = asCopy(long);
    expect(copy.id).not.toBe(a!.id);
    expect(copy.proposal.title).toHaveLength(200);
    expect(asCopy(a!).proposal.title).toBe(`${a!.proposal.title} (imported copy)`);
    expect(copy.answers).toEqual(a!.answers);
  });
});
