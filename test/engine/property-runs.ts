/**
 * How many random cases a property check tries: `n`, or at most PROPERTY_RUNS when that is set.
 * `npm run mutate` sets it (vitest.mutate.config.ts): each surviving mutant re-runs every test that reaches it,
 * and a few hundred full assessments per property made one engine run take hours on a 2-core machine. Fewer
 * cases can only let a mutant survive, never kill one wrongly, so the score it gives is a lower bound.
 */
export function propertyRuns(n: number): number {
  const cap = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(n, cap) : n;
}
