import { describe, expect, it } from 'vitest';
import { balancedAccuracy, cohenKappa, percent, wilsonInterval } from '../../src/report/backtest-stats';

describe('the Wilson 95 % interval', () => {
  it.each([
    // k, n, low, high: Wilson score intervals at z = 1.96 (81/263 and 15/148 as in Newcombe 1998, Stat Med 17:857; 6/9 as in the fact-check, §4.1)
    [6, 9, 0.3542, 0.8794],
    [7, 9, 0.4526, 0.9368],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
  ])('gives %i of %i as %f–%f', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });

  it('is the whole range when nothing is counted, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });

  it('always contains the observed share and narrows as n grows', () => {
    for (const [k, n] of [
      [1, 3],
      [2, 5],
      [13, 20],
    ] as const) {
      const i = wilsonInterval(k, n);
      expect(i.low).toBeLessThanOrEqual(k / n);
      expect(i.high).toBeGreaterThanOrEqual(k / n);
    }
    const small = wilsonInterval(6, 9);
    const large = wilsonInterval(60, 90);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe('balanced accuracy', () => {
  const classes = ['up', 'down'] as const;
  const cases = (ups: boolean[], downs: boolean[]) => [
    ...ups.map((hit) => ({ outcomeClass: 'up' as const, hit })),
    ...downs.map((hit) => ({ outcomeClass: 'down' as const, hit })),
  ];

  it('gives a rule that always says the same thing 50 %, however lopsided the classes', () => {
    // "always down" is right on all 9 downs and wrong on the 1 up: 90 % raw, 50 % balanced.
    const result = balancedAccuracy(cases([false], Array(9).fill(true)), classes);
    expect(result.value).toBe(0.5);
    expect(result.perClass).toEqual([
      { outcomeClass: 'up', hits: 0, n: 1 },
      { outcomeClass: 'down', hits: 9, n: 9 },
    ]);
  });

  it('averages the per-class hit rates', () => {
    expect(balancedAccuracy(cases([true, false], [true, true, true, false]), classes).value).toBeCloseTo(
      (1 / 2 + 3 / 4) / 2,
    );
  });

  it('leaves out a class with no cases, and says nothing when nothing is scored', () => {
    expect(balancedAccuracy(cases([], [true, false]), classes).value).toBe(0.5);
    expect(balancedAccuracy([], classes).value).toBeUndefined();
  });
});

describe("Cohen's kappa", () => {
  const table = (a: number, b: number, c: number, d: number) => [
    ...Array<[string, string]>(a).fill(['yes', 'yes']),
    ...Array<[string, string]>(b).fill(['yes', 'no']),
    ...Array<[string, string]>(c).fill(['no', 'yes']),
    ...Array<[string, string]>(d).fill(['no', 'no']),
  ];

  it('matches a worked 2 × 2 example: 35 of 50 agree, 50 % by chance, kappa 0.4', () => {
    const k = cohenKappa(table(20, 5, 10, 15));
    expect(k.n).toBe(50);
    expect(k.observed).toBeCloseTo(0.7);
    expect(k.expected).toBeCloseTo(0.5);
    expect(k.kappa).toBeCloseTo(0.4);
  });

  it('matches a 3-category table worked by hand: po 0.70, pe 0.36, kappa 0.53', () => {
    const pairs: [string, string][] = [
      ...Array<[string, string]>(26).fill(['a', 'a']),
      ...Array<[string, string]>(4).fill(['a', 'b']),
      ...Array<[string, string]>(10).fill(['a', 'c']),
      ...Array<[string, string]>(4).fill(['b', 'a']),
      ...Array<[string, string]>(16).fill(['b', 'b']),
      ...Array<[string, string]>(12).fill(['c', 'a']),
      ...Array<[string, string]>(28).fill(['c', 'c']),
    ];
    const k = cohenKappa(pairs);
    expect(k.observed).toBeCloseTo(0.7, 5);
    expect(k.expected).toBeCloseTo((40 * 42 + 20 * 20 + 40 * 38) / 10000, 5);
    expect(k.kappa).toBeCloseTo((0.7 - 0.36) / (1 - 0.36), 5);
  });

  it('is 1 for identical answers, 0 or below for chance, and undefined when both used one category only', () => {
    expect(cohenKappa(table(5, 0, 0, 5)).kappa).toBe(1);
    expect(cohenKappa(table(5, 5, 5, 5)).kappa).toBeCloseTo(0);
    expect(cohenKappa(table(0, 5, 5, 0)).kappa).toBe(-1);
    expect(cohenKappa(table(8, 0, 0, 0)).kappa).toBeUndefined();
    expect(cohenKappa([]).kappa).toBeUndefined();
  });
});

describe('the edges of the statistics', () => {
  it('refuses each impossible count by itself, naming the counts', () => {
    expect(() => wilsonInterval(1, 4.5)).toThrow(
      'wilsonInterval needs whole numbers 0 <= k <= n (got k=1, n=4.5)',
    );
    expect(() => wilsonInterval(0, -1)).toThrow(RangeError);
    expect(wilsonInterval(4, 4).high).toBe(1);
  });

  it('a kappa of nothing: no pairs, no agreement figures', () => {
    expect(cohenKappa([])).toEqual({ n: 0, observed: Number.NaN, expected: Number.NaN, kappa: undefined });
  });

  it('a share as a whole percentage', () => {
    expect(percent(0.667)).toBe('67 %');
    expect(percent(0)).toBe('0 %');
    expect(percent(1)).toBe('100 %');
  });
});
