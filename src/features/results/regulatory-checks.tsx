import { Link } from 'wouter';
import { modalityLabel } from '@/framework/regulatory-profiles';
import { type ReportRegulatory, reviewDueOn } from '@/report/regulatory';

/** "Regulatory checks": each chosen setting's duties and what the answers imply (the next steps are the report's, above). */
export function RegulatoryChecks({
  regulatory,
  changeBase,
  today,
}: {
  regulatory: ReportRegulatory;
  changeBase?: string;
  /** ISO date to judge staleness against; today's when not given. */
  today?: string;
}) {
  // The page knows today's date; the report's own flag is used when it was given one (tests, exports).
  const due =
    regulatory.reviewDue.length > 0
      ? regulatory.reviewDue
      : reviewDueOn(regulatory, today ?? new Date().toISOString().slice(0, 10));
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
        <>
          {/* The date is that of the duties shown: none shown, no date ("Law checked on ;" before). */}
          {regulatory.lawCheckedOn !== '' && (
            <p>
              Law checked on {regulatory.lawCheckedOn}; re-check before relying on it.
              {due.length > 0 && (
                <strong className="warning-text block">
                  Not reviewed for twelve months or more: {due.join('; ')}.
                </strong>
              )}
            </p>
          )}
          {regulatory.profiles.map((p) => (
            <section key={p.setting} aria-labelledby={`profile-${p.setting}`}>
              <h3 id={`profile-${p.setting}`}>{p.name}</h3>
              {p.scopeNote && <p className="muted">{p.scopeNote}</p>}
              {p.duties.length === 0 && <p>None of this profile’s duties is triggered by these answers.</p>}
              {p.duties.map((d) => (
                <details key={d.id} className="duty" open={d.implications.length > 0}>
                  <summary>
                    {d.name} <span className="muted">({modalityLabel[d.modality].toLowerCase()})</span>
                    {d.implications.length > 0 ? ' — bears on this proposal' : ''}
                    {due.includes(d.name) ? ' — due for review' : ''}
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
                  <p>Sources:</p>
                  <ul>
                    {d.sources.map((src) => (
                      <li key={`${src.url}${src.quote}`}>
                        <a href={src.url}>{src.title}</a> ({src.published}; checked {src.checkedOn}): “
                        {src.quote}”
                      </li>
                    ))}
                  </ul>
                  {d.unverified.length > 0 && <p className="muted">Unverified: {d.unverified.join(' ')}</p>}
                </details>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
