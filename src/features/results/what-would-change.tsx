import type { Report } from '@/report/build-report';

/** The smallest answer changes that would move the verdict a band up, or down. */
export function WhatWouldChange({ suggestions }: { suggestions: Report['suggestions'] }) {
  const { better, worse } = suggestions;
  return (
    <div className="two-columns">
      <div>
        <h3>To move the verdict up</h3>
        {better.length === 0 ? (
          <p>Nothing: this is already the best band, or no small set of changes reaches the next one.</p>
        ) : (
          <ul>
            {better.map((s) => (
              <li key={s.text}>
                {s.text} <span className="muted">→ {s.bandLabel}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>What would move it down</h3>
        {worse.length === 0 ? (
          <p>Nothing: this is already the lowest band, or no small set of changes reaches it.</p>
        ) : (
          <ul>
            {worse.map((s) => (
              <li key={s.text}>
                {s.text} <span className="muted">→ {s.bandLabel}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
