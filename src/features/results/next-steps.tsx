import type { NextStep } from '@/report/decision';

/** The next steps the recommendation admits, as the report decided them (the same list every output shows). */
export function NextSteps({ steps }: { steps: readonly NextStep[] }) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading">Next steps</h2>
      <ol className="next-steps">
        {steps.map((s) => (
          <li key={s.id}>{s.text}</li>
        ))}
      </ol>
    </section>
  );
}
