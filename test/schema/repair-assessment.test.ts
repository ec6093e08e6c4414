import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import { readDate } from '../../src/schema/dates';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { repairAssessment } from '../../src/schema/repair-assessment';
import { validateAssessment } from '../../src/schema/validate-assessment';
import { propertyRuns } from '../engine/property-runs';

const good = exampleToAssessment(workedExamples[0]!);

describe('reading dates as people write them', () => {
  it.each([
    ['26/11/2026', '2026-11-26'],
    ['26-11-2026', '2026-11-26'],
    ['6.1.2026', '2026-01-06'],
    ['26 November 2026', '2026-11-26'],
    ['26 Nov 2026', '2026-11-26'],
    ['2026-11-26', '2026-11-26'],
  ])('reads %s as %s', (text, iso) => expect(readDate(text)).toBe(iso));

  it.each(['31/02/2026', '26 Novembre 2026', 'next Tuesday', '2026-13-01', '26/11/26'])(
    'refuses %s',
    (text) => expect(readDate(text)).toBeUndefined(),
  );
});

describe('repairing a saved record', () => {
  it('leaves a valid assessment unchanged, with no changes listed', () => {
    expect(repairAssessment(good)).toEqual({ ok: true, data: { assessment: good, changes: [] } });
  });

  it('cuts an over-long title at a word boundary and says what was cut', () => {
    const title = `${'word '.repeat(40)}tail end`;
    const result = repairAssessment({ ...good, proposal: { ...good.proposal, title } });
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.data.assessment.proposal.title.length).toBeLessThanOrEqual(200);
    expect(result.data.assessment.proposal.title.endsWith('word')).toBe(true);
    expect(result.data.changes[0]).toMatch(/^Title of the proposal: cut from 208 to 199 characters/);
  });

  it('always yields a valid assessment or says why not, for any damage to any field', () => {
    const damage = fc.record({
      path: fc.constantFrom(
        'title',
        'organisations',
        'assessor',
        'date',
        'description',
        'setting',
        'id',
        'createdAt',
      ),
      value: fc.oneof(
        fc.string({ maxLength: 6000 }),
        fc.integer(),
        fc.constant(null),
        fc.constant('x'.repeat(12_000)),
      ),
    });
    fc.assert(
      fc.property(fc.array(damage, { maxLength: 5 }), (damages) => {
        const record = structuredClone(good) as unknown as Record<string, Record<string, unknown>>;
        for (const d of damages) {
          if (d.path === 'id' || d.path === 'createdAt')
            (record as Record<string, unknown>)[d.path] = d.value;
          else record.proposal![d.path] = d.value;
        }
        const result = repairAssessment(record);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(validateAssessment(result.data.assessment).ok).toBe(true);
          // Answers are never touched by damage to the proposal.
          expect(result.data.assessment.answers).toEqual(good.answers);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('drops answers to questions this app does not ask, and values off the scale, keeping their notes', () => {
    const result = repairAssessment({
      ...good,
      answers: {
        ...good.answers,
        'condition.unknown': { value: 1 },
        'condition.commonInterest': { value: 9, note: 'kept' },
      },
    });
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.data.assessment.answers['condition.unknown']).toBeUndefined();
    expect(result.data.assessment.answers['condition.commonInterest']).toEqual({ note: 'kept' });
    expect(result.data.changes).toHaveLength(2);
  });

  it('says there is nothing to repair in something that is not an assessment', () => {
    expect(repairAssessment('not json')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/not an assessment/)],
    });
  });
});
