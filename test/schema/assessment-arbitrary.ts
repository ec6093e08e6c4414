import fc from 'fast-check';
import { settings } from '../../src/framework/proposal';
import type { Assessment } from '../../src/schema/assessment-schema';
import { anyAnswers } from '../engine/answers-fixtures';

const text = (max: number) => fc.string({ maxLength: Math.min(max, 300), unit: 'grapheme' });

/** Any valid saved assessment, with unicode text and notes. */
export const anyAssessment: fc.Arbitrary<Assessment> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    createdAt: fc.constant('2026-11-24T10:00:00.000Z'),
    updatedAt: fc.constant('2026-11-24T11:00:00.000Z'),
    proposal: fc.record(
      {
        title: text(200),
        organisations: text(500),
        assessor: text(200),
        date: fc.constantFrom('', '2026-11-24'),
        description: text(5000),
        settings: fc.uniqueArray(fc.constantFrom(...settings.map((s) => s.value)), {
          minLength: 1,
          maxLength: 4,
        }),
      },
      { requiredKeys: ['title', 'organisations', 'assessor', 'date', 'description'] },
    ),
    answers: anyAnswers,
    notes: fc.array(text(2000), { maxLength: 30 }),
  })
  .map(({ notes, answers, ...rest }) => {
    const withNotes = Object.fromEntries(
      Object.entries(answers).map(([id, a], i) => [id, notes[i] ? { ...a, note: notes[i] } : a]),
    );
    return { ...rest, answers: withNotes };
  });
