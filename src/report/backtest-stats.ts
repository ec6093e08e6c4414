/**
 * The statistics the backtest reports, as pure functions: a proportion with its Wilson score interval, balanced
 * accuracy over outcome classes, and Cohen's kappa for agreement between two encoders.
 */

/** z for a two-sided 95 % interval. */
const z95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson score interval for k successes in n trials (Wilson 1927). Chosen over the normal approximation because
 * it stays inside [0, 1] and behaves at small n and at 0 or n successes, which is where a backtest of a few dozen
 * cases lives. n = 0 gives the whole range: nothing is known.
 */
export function wilsonInterval(k: number, n: number, z = z95): Interval {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n)
    throw new RangeError(`wilsonInterval needs whole numbers 0 <= k <= n (got k=${k}, n=${n})`);
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** One scored case: which outcome class it belongs to, and whether the predictor got it right. */
export interface ScoredCase<C extends string> {
  readonly outcomeClass: C;
  readonly hit: boolean;
}

export interface ClassRecall<C extends string> {
  readonly outcomeClass: C;
  readonly hits: number;
  readonly n: number;
}

export interface BalancedAccuracy<C extends string> {
  /** Mean of the per-class hit rates over the classes present; undefined when no case is scored. */
  readonly value: number | undefined;
  readonly perClass: readonly ClassRecall<C>[];
}

/**
 * Balanced accuracy: the hit rate within each outcome class, averaged over the classes that occur. A rule that
 * always says the same thing scores 50 % with two classes however lopsided the cases are, which is why it stands
 * beside the raw count.
 */
export function balancedAccuracy<C extends string>(
  cases: readonly ScoredCase<C>[],
  classes: readonly C[],
): BalancedAccuracy<C> {
  const perClass = classes.map((outcomeClass) => {
    const inClass = cases.filter((c) => c.outcomeClass === outcomeClass);
    return { outcomeClass, hits: inClass.filter((c) => c.hit).length, n: inClass.length };
  });
  const present = perClass.filter((c) => c.n > 0);
  return {
    value: present.length === 0 ? undefined : present.reduce((s, c) => s + c.hits / c.n, 0) / present.length,
    perClass,
  };
}

export interface Kappa {
  readonly n: number;
  /** Share of pairs that agree. */
  readonly observed: number;
  /** Agreement expected by chance from each encoder's own spread of answers. */
  readonly expected: number;
  /**
   * (observed − expected) / (1 − expected); undefined when chance agreement is already total (both encoders used
   * one and the same category throughout), where kappa is not defined.
   */
  readonly kappa: number | undefined;
}

/** Cohen's kappa (1960) for two encoders' categorical answers to the same items (unweighted). */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): Kappa {
  const n = pairs.length;
  if (n === 0) return { n, observed: Number.NaN, expected: Number.NaN, kappa: undefined };
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const [a, b] of pairs) {
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, a] of countA) expected += (a / n) * ((countB.get(category) ?? 0) / n);
  return {
    n,
    observed,
    expected,
    kappa: expected === 1 ? undefined : (observed - expected) / (1 - expected),
  };
}

/** A share as a whole percentage for display: 0.667 → "67 %". */
export const percent = (x: number): string => `${Math.round(x * 100)} %`;
