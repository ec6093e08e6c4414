import { useEffect, useState } from 'react';

const sectionOf = (kind: string) =>
  kind === 'condition'
    ? 'Conditions'
    : kind === 'obstacles'
      ? 'Obstacles'
      : kind === 'tensions'
        ? 'Tensions'
        : ['verdict', 'regulatory', 'change', 'openQuestions'].includes(kind)
          ? 'Verdict and next steps'
          : 'Introduction';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * A countdown per section of the deck (introduction, conditions, obstacles, tensions, verdict): it starts
 * again whenever the deck enters another section, and shows the time over once the box is used up.
 */
export function SectionTimebox({ slideKind }: { slideKind: string }) {
  const section = sectionOf(slideKind);
  const [minutes, setMinutes] = useState(10);
  const [started, setStarted] = useState({ section, at: Date.now() });
  const [now, setNow] = useState(Date.now());
  // Entering another section restarts its countdown (state derived during render, as React advises).
  if (started.section !== section) setStarted({ section, at: now });
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = minutes * 60 - Math.floor((now - started.at) / 1000);
  return (
    <div className="timebox">
      <p className={left < 0 ? 'timebox-over' : ''}>
        {section}: <strong>{left >= 0 ? `${clock(left)} left` : `${clock(-left)} over`}</strong>
      </p>
      <label>
        Minutes for each section{' '}
        <input
          type="number"
          min={1}
          max={120}
          value={minutes}
          onChange={(e) => setMinutes(Math.max(1, Math.min(120, Number(e.target.value) || 1)))}
        />
      </label>
    </div>
  );
}
