import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { bandIndex } from '../../src/engine/bands';
import { decide } from '../../src/engine/decide';
import { whatWouldChange } from '../../src/engine/what-would-change';
import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import { findQuestion } from '../../src/framework/questions';
import type { Answers } from '../../src/schema/assessment-schema';
import { anyAnswers } from './answers-fixtures';

const withValue = (answers: Answers, id: string, value: number): Answers => ({ ...answers, [id]: { value } });
const runs = { numRuns: 300 };

describe('engine properties', () => {
  it('never lowers the fit score or the band when a condition rating improves', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.constantFrom(...conditions.map((c) => c.id)),
        fc.nat(3),
        (answers, id, low) => {
          for (let high = low + 1; high <= 4; high++) {
            const before = decide(withValue(answers, id, low));
            const after = decide(withValue(answers, id, high));
            expect(after.fitScore).toBeGreaterThanOrEqual(before.fitScore);
            expect(bandIndex(after.band)).toBeGreaterThanOrEqual(bandIndex(before.band));
          }
        },
      ),
      runs,
    );
  });

  it('never lowers the risk score when an obstacle becomes more severe', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.constantFrom(...obstacles.map((o) => o.id)),
        fc.nat(3),
        (answers, id, low) => {
          const before = decide(withValue(answers, id, low));
          const after = decide(withValue(answers, id, low + 1));
          expect(after.riskScore).toBeGreaterThanOrEqual(before.riskScore);
          expect(bandIndex(after.band)).toBeLessThanOrEqual(bandIndex(before.band));
        },
      ),
      runs,
    );
  });

  it('keeps both scores between 0 and 100', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = decide(answers);
        for (const score of [result.fitScore, result.riskScore]) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
      runs,
    );
  });

  it('is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const copy = structuredClone(answers);
        expect(assess(answers)).toEqual(assess(copy));
        expect(answers).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('gives reasons that refer only to questions that exist', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const reason of assess(answers).reasons) {
          expect(reason.questionIds.length).toBeGreaterThan(0);
          for (const id of reason.questionIds) expect(findQuestion(id), id).toBeDefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('suggests only changes that really move the band in the direction asked', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('better' as const, 'worse' as const), (answers, direction) => {
        const before = bandIndex(decide(answers).band);
        for (const suggestion of whatWouldChange(answers, direction)) {
          const changed: Answers = { ...answers };
          for (const c of suggestion.changes) changed[c.questionId] = { value: c.to };
          const after = bandIndex(decide(changed).band);
          if (direction === 'better') expect(after).toBeGreaterThan(before);
          else expect(after).toBeLessThan(before);
          expect(bandIndex(suggestion.band)).toBe(after);
        }
      }),
      { numRuns: 60 },
    );
  });
});
