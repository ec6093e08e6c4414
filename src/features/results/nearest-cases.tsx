import { Link } from 'wouter';
import type { NearCase } from '@/report/nearest-cases';

/** "Beside real projects": the nearest real cases by answers, with what happened to them. */
export function NearestCases({ cases }: { cases: readonly NearCase[] }) {
  if (cases.length === 0) return null;
  return (
    <section aria-labelledby="nearest-heading">
      <h2 id="nearest-heading">Beside real projects</h2>
      <p>
        The real projects whose answers are nearest to this proposal’s, and what became of them. Outcomes are
        decided by more than fit: see <Link href="/backtest">the backtest</Link>.
      </p>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <Link href={`/examples/${c.id}`}>{c.title}</Link>: <strong>{c.outcome}</strong>. {c.what}{' '}
            <span className="muted">
              (answers {Math.round((1 - c.distance) * 100)}% alike over {c.compared} questions both know)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
