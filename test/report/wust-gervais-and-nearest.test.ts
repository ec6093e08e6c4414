import { describe, expect, it } from 'vitest';
import { isRealCase, workedExamples } from '../../src/framework/examples';
import { outcomeLabels } from '../../src/framework/examples/real-case';
import { backtestLimits, backtestRules, measureSummaries, missNotes } from '../../src/report/backtest-text';
import { answerDistance, nearestCases } from '../../src/report/nearest-cases';
import { wustGervais } from '../../src/report/wust-gervais';
import type { Answers } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** The backtest's baseline (the Wüst–Gervais tree), the nearest real cases, and the rules it prints. */
describe('the Wüst–Gervais tree as a baseline', () => {
  const all: Answers = {
    'prescreen.sharedStore': { value: 'yes' },
    'proposal.writerCount': { value: 'few' },
    'prescreen.trustedOperator': { value: 'no' },
    'prescreen.knownWriters': { value: 'yes' },
    'prescreen.tamperEvidentLog': { value: 'yes' },
  };
  const leaf = (changes: Answers) => wustGervais({ ...all, ...changes });

  it('each gate in the paper’s order, with the design it implies', () => {
    expect(leaf({})).toEqual({
      backsLedger: true,
      design: 'permissionedLedger',
      gate: 'no gate stopped it: a permissioned chain',
    });
    expect(
      leaf({ 'prescreen.sharedStore': { value: 'no' }, 'proposal.writerCount': { value: 'one' } }),
    ).toEqual({
      backsLedger: false,
      design: 'ownDatabase',
      gate: 'no state needs storing and sharing',
    });
    expect(
      leaf({ 'proposal.writerCount': { value: 'one' }, 'prescreen.trustedOperator': { value: 'yes' } }),
    ).toEqual({ backsLedger: false, design: 'centralDatabase', gate: 'one writer' });
    expect(
      leaf({ 'prescreen.trustedOperator': { value: 'yes' }, 'prescreen.knownWriters': { value: 'no' } }),
    ).toEqual({
      backsLedger: false,
      design: 'trustedRegistry',
      gate: 'a trusted third party is available',
    });
    expect(
      leaf({ 'prescreen.knownWriters': { value: 'no' }, 'prescreen.tamperEvidentLog': { value: 'no' } }),
    ).toEqual({
      backsLedger: true,
      design: 'permissionless',
      gate: 'writers unknown',
    });
    expect(leaf({ 'prescreen.tamperEvidentLog': { value: 'no' } })).toEqual({
      backsLedger: false,
      design: 'sharedDatabase',
      gate: 'writers trust one another',
    });
  });

  it('“don’t know” never fires a gate', () => {
    const unknown: Answers = Object.fromEntries(Object.keys(all).map((id) => [id, { value: 'dontKnow' }]));
    expect(wustGervais(unknown).design).toBe('permissionedLedger');
    expect(wustGervais({}).design).toBe('permissionedLedger');
    expect(leaf({ 'proposal.writerCount': { value: 'many' } }).design).toBe('permissionedLedger');
  });
});

describe('the distance between two sets of answers', () => {
  it('a rating differs by its steps over the scale; any other answer by 0 or 1; unknowns left out', () => {
    const a: Answers = {
      'obstacle.adoption': { value: 4 },
      'obstacle.governance': { value: 1 },
      'prescreen.sharedStore': { value: 'yes' },
      'prescreen.trustedOperator': { value: 'no' },
      'obstacle.dataSecurity': { value: 'dontKnow' },
      'obstacle.humanFactors': { value: 2 },
    };
    const b: Answers = {
      'obstacle.adoption': { value: 1 },
      'obstacle.governance': { value: 1 },
      'prescreen.sharedStore': { value: 'yes' },
      'prescreen.trustedOperator': { value: 'yes' },
      'obstacle.dataSecurity': { value: 3 },
    };
    // (3/4 + 0 + 0 + 1) / 4
    expect(answerDistance(a, b)).toEqual({ distance: 1.75 / 4, compared: 4 });
    expect(answerDistance(b, a)).toEqual({ distance: 1.75 / 4, compared: 4 });
    expect(answerDistance(a, a)).toEqual({ distance: 0, compared: 5 });
    expect(answerDistance(a, {})).toEqual({ distance: 1, compared: 0 });
  });
});

describe('the real cases nearest to these answers', () => {
  const real = workedExamples.filter(isRealCase);
  const first = real[0]!;
  const own = exampleToAssessment(first).answers;

  it('a real case’s own answers find it first, at distance 0, with its outcome', () => {
    const [nearest, ...rest] = nearestCases(own);
    expect(nearest).toEqual({
      id: first.id,
      title: first.title.replace(' (real case)', ''),
      distance: 0,
      compared: answerDistance(own, own).compared,
      outcome: outcomeLabels[first.outcome?.class ?? 'unknown'],
      what: first.outcome?.what ?? '',
    });
    expect(nearest!.title).not.toContain('(real case)');
    expect(rest).toHaveLength(2);
    expect(nearestCases(own, 5)).toHaveLength(5);
  });

  it('never an illustrative example; sorted by distance, then shared answers, then id; rounded to 0.01', () => {
    const answers: Answers = {
      ...own,
      'obstacle.adoption': { value: 0 },
      'obstacle.governance': { value: 4 },
    };
    const found = nearestCases(answers, real.length);
    const ids = new Set(real.map((c) => c.id));
    expect(found.every((c) => ids.has(c.id))).toBe(true);
    expect(found.length).toBeGreaterThan(3);
    for (const c of found) expect(Math.round(c.distance * 100) / 100).toBe(c.distance);
    for (const c of found) {
      const exact = answerDistance(answers, exampleToAssessment(real.find((r) => r.id === c.id)!).answers);
      expect(c.distance).toBe(Math.round(exact.distance * 100) / 100);
      expect(c.compared).toBe(exact.compared);
    }
    expect(found.some((c) => c.distance > 0 && c.distance < 1)).toBe(true);
    for (let i = 1; i < found.length; i++) {
      const [p, q] = [found[i - 1]!, found[i]!];
      const exact = (id: string) =>
        answerDistance(answers, exampleToAssessment(real.find((c) => c.id === id)!).answers);
      const [dp, dq] = [exact(p.id), exact(q.id)];
      expect(dp.distance <= dq.distance).toBe(true);
      if (dp.distance === dq.distance) {
        expect(dp.compared >= dq.compared).toBe(true);
        if (dp.compared === dq.compared) expect(p.id < q.id).toBe(true);
      }
    }
  });

  it('a case sharing fewer than three known answers is too far to compare', () => {
    const two = Object.fromEntries(
      Object.entries(own)
        .filter(([, a]) => a.value !== undefined && a.value !== 'dontKnow')
        .slice(0, 2),
    );
    expect(nearestCases(two)).toEqual([]);
    const three = Object.fromEntries(
      Object.entries(own)
        .filter(([, a]) => a.value !== undefined && a.value !== 'dontKnow')
        .slice(0, 3),
    );
    expect(nearestCases(three).length).toBeGreaterThan(0);
    expect(nearestCases(three).every((c) => c.compared >= 3)).toBe(true);
  });
});

describe('the backtest’s rules, as the page prints them', () => {
  it('every heading and paragraph has words, and the counting rules say what counts', () => {
    expect(backtestRules.map((r) => r.heading)).toEqual([
      'Outcome classes (one rule for every case)',
      'Measure (a): fit against outcome',
      'Measure (b): architecture',
      'Baselines, uncertainty and misses',
    ]);
    for (const p of backtestRules.flatMap((r) => r.paragraphs)) expect(p).toMatch(/^\S.{40,}[.)]$/s);
    expect(backtestRules.map((r) => r.paragraphs.length)).toEqual([3, 2, 2, 3]);
    expect(backtestRules[0]!.paragraphs[2]).toBe(
      'Unknown: no dated source says what became of it. Unknown cases are shown and never counted.',
    );
    expect(backtestRules[3]!.paragraphs[2]).toBe(
      'A miss stays a miss: the commentary below a table may say why a case may have missed; it never moves a case out of the count.',
    );
    expect(measureSummaries.fit).toMatch(/^Right when the method backs a ledger .* for every rule alike\.$/);
    expect(measureSummaries.design).toMatch(
      /^Right when the design the method names .* the record is silent\.$/,
    );
    expect(backtestLimits).toHaveLength(5);
    for (const l of backtestLimits) expect(l).toMatch(/^\S.{40,}\.$/);
    expect(backtestLimits[0]).toBe(
      'Two dozen cases are an illustration, not a validation: the intervals are wide and no hit rate from them generalises.',
    );
  });

  it('commentary on a miss exists only for real cases', () => {
    const ids = new Set(workedExamples.filter(isRealCase).map((c) => c.id));
    expect(Object.keys(missNotes).length).toBe(5);
    for (const [id, note] of Object.entries(missNotes)) {
      expect(ids.has(id)).toBe(true);
      expect(note).toMatch(/^The method .{40,}\.$/);
    }
  });
});
