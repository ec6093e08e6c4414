import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/framework/questions';
import { backtest } from '../../src/report/backtest';
import {
  encodingAgreement,
  parseSecondEncoding,
  type SecondEncoding,
  secondEncoding,
} from '../../src/report/encoding-agreement';

describe('the second encoding file', () => {
  it('is complete: done, the original twelve, every question on its scale', () => {
    expect(secondEncoding.done).toBe(true);
    expect(secondEncoding.cases).toHaveLength(12);
  });

  it('is refused with a named problem when a case is unknown, a value off the scale, or it is not done', () => {
    const bad = structuredClone(secondEncoding) as { -readonly [K in keyof SecondEncoding]: unknown } & {
      cases: { name: string; answers: Record<string, { value: unknown }> }[];
    };
    bad.done = false;
    bad.cases[0]!.answers['proposal.writerCount']!.value = 'seven';
    bad.cases[1]!.name = 'Some other project';
    const result = parseSecondEncoding(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toMatch(/done/);
    expect(result.problems.join('\n')).toMatch(/proposal\.writerCount is "seven"/);
    expect(result.problems.join('\n')).toMatch(/No case matches the name "Some other project"/);
    expect(parseSecondEncoding(null)).toEqual({ ok: false, problems: ['The file has no list of cases.'] });
  });
});

describe('agreement between the two encodings', () => {
  const agreement = encodingAgreement();

  it('has a kappa for every question over all twelve cases', () => {
    expect(agreement.perQuestion.map((q) => q.questionId)).toEqual(allQuestions.map((q) => q.id));
    for (const q of agreement.perQuestion) expect(q.n).toBe(12);
    expect(agreement.pooled.n).toBe(12 * allQuestions.length);
  });

  it('lists exactly the answers that differ', () => {
    const differing = agreement.perQuestion.reduce((s, q) => s + Math.round(q.n * (1 - q.observed)), 0);
    expect(agreement.disagreements).toHaveLength(differing);
    for (const d of agreement.disagreements) expect(d.first).not.toBe(d.second);
  });

  it('scores the first encoding exactly as the backtest does, and the second with the same outcomes', () => {
    const rows = backtest().rows;
    for (const c of agreement.comparisons) {
      const row = rows.find((r) => r.id === c.caseId);
      expect(c.firstBand).toBe(row?.band);
      expect(c.secondRow.outcome).toBe(row?.outcome);
    }
  });
});
