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

describe('reading the second encoding file, one problem at a time', () => {
  type Editable = { done: unknown; cases: { name?: string; answers?: Record<string, { value: unknown }> }[] };
  const copy = () => structuredClone(secondEncoding) as unknown as Editable;
  const problems = (file: unknown) => {
    const result = parseSecondEncoding(file);
    return result.ok ? [] : result.problems;
  };

  it('accepts the file as it is', () => {
    expect(parseSecondEncoding(copy())).toEqual({ ok: true, data: secondEncoding });
  });

  it('names exactly the one thing wrong', () => {
    const notDone = copy();
    notDone.done = 'yes';
    expect(problems(notDone)).toEqual(['The file does not say "done": true.']);
    const renamed = copy();
    renamed.cases[3]!.name = `The ${renamed.cases[3]!.name}`;
    expect(problems(renamed)).toEqual([`No case matches the name "${renamed.cases[3]!.name}".`]);
    const offScale = copy();
    offScale.cases[0]!.answers!['obstacle.adoption'] = { value: 5 };
    expect(problems(offScale)).toEqual([
      `${offScale.cases[0]!.name}: obstacle.adoption is 5, not on the question’s scale.`,
    ]);
    expect(problems({ done: true })).toEqual(['The file has no list of cases.']);
    expect(problems('cases')).toEqual(['The file has no list of cases.']);
  });

  it('a case without a name or answers is refused, not a crash', () => {
    const bare = copy();
    bare.cases = [{}];
    const found = problems(bare);
    expect(found[0]).toBe('No case matches the name "undefined".');
    expect(found).toHaveLength(1 + allQuestions.length);
    expect(found[1]).toBe(`undefined: ${allQuestions[0]!.id} is undefined, not on the question’s scale.`);
  });
});
