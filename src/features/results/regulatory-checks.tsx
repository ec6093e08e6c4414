import { Link } from 'wouter';
import type { ReportRegulatory } from '@/report/regulatory';

/** "Regulatory checks": each chosen setting's duties and what the answers imply (the next steps are the report's, above). */
export function RegulatoryChecks({
  regulatory,
  changeBase,
}: {
  regulatory: ReportRegulatory;
  changeBase?: string;
}) {
  return (
    <section aria-labelledby="regulatory-heading">
      <h2 id="regulatory-heading">Regulatory checks</h2>
      {regulatory.noProfile ? (
        <p>
          No setting with a regulatory profile is chosen.{' '}
          {changeBase ? (
            <Link href={`${changeBase}/pages/proposal`}>Choose the settings</Link>
          ) : (
            'Choose the settings'
          )}{' '}
          (UK, US, EU; several when partners span jurisdictions) to see the duties that apply.
        </p>
      ) : (
        regulatory.profiles.map((p) => (
          <section key={p.setting} aria-labelledby={`profile-${p.setting}`}>
            <h3 id={`profile-${p.setting}`}>{p.name}</h3>
            <p className="muted">Sources last checked {p.checkedOn}; re-check before relying on them.</p>
            {p.duties.map((d) => (
              <details key={d.id} className="duty" open={d.implications.length > 0}>
                <summary>
                  {d.name}
                  {d.implications.length > 0 ? ' — bears on this proposal' : ''}
                </summary>
                <p>{d.summary}</p>
                {d.implications.map((i) => (
                  <p key={i} className="warning-text">
                    {i}
                  </p>
                ))}
                <p>Questions for the vendor:</p>
                <ul>
                  {d.vendorQuestions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
                <p className="muted">
                  Source: {d.source} ({d.date}).
                </p>
              </details>
            ))}
          </section>
        ))
      )}
    </section>
  );
}
