import type { Report, ReportSuggestion } from '@/report/build-report';

function SuggestionList({ items, none }: { items: readonly ReportSuggestion[]; none: string }) {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {items.map((s) => (
        <li key={s.text}>
          {s.text} <span className="muted">→ {s.bandLabel}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The smallest changes that would move the verdict a band: design choices and mitigations first; facts
 * about the situation apart, since a manager cannot change them, only find they were different.
 */
export function WhatWouldChange({
  suggestions,
  band,
}: {
  suggestions: Report['suggestions'];
  band: Report['band'];
}) {
  const { better, worse, betterIfFactsDiffered, worseIfFactsDiffered } = suggestions;
  // Said only of the best band itself: under any other band, "already the best" would be false.
  const noneUp =
    band === 'strongFit'
      ? 'None: a strong fit is already the best band.'
      : 'No small change of design or mitigation alone reaches the next band.';
  const noneDown =
    band === 'notAFit'
      ? 'None: not a fit is already the lowest band.'
      : 'No obstacle growing worse alone would lower the band.';
  return (
    <>
      <div className="two-columns">
        <div>
          <h3>Design choices and mitigations that would move it up</h3>
          <SuggestionList items={better} none={noneUp} />
        </div>
        <div>
          <h3>Risks that would move it down</h3>
          <SuggestionList items={worse} none={noneDown} />
        </div>
      </div>
      {betterIfFactsDiffered.length + worseIfFactsDiffered.length > 0 && (
        <>
          <h3>Only if the situation were different</h3>
          <p>
            These are facts about the use, not choices: they matter if the facts turn out other than answered.
          </p>
          <ul>
            {betterIfFactsDiffered.map((s) => (
              <li key={`up-${s.text}`}>
                {s.text} <span className="muted">→ {s.bandLabel}</span>
              </li>
            ))}
            {worseIfFactsDiffered.map((s) => (
              <li key={`down-${s.text}`}>
                {s.text} <span className="muted">→ {s.bandLabel}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
