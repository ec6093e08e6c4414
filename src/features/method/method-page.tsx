import { Link } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { methodVersion } from '@/framework/citation';
import { methodSections } from '@/framework/method-text';

/** How the engine decides, from the same source as docs/method.md. */
export function MethodPage() {
  return (
    <>
      <PageHeading title="How Ledger Fit decides" caption={`Method version ${methodVersion}`}>
        How Ledger Fit decides
      </PageHeading>
      {methodSections.map((s) => (
        <section key={s.heading} aria-labelledby={`method-${s.heading}`}>
          <h2 id={`method-${s.heading}`}>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.list && (
            <ul>
              {s.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p>
        How the method fares against real projects:{' '}
        <Link href="/backtest">the backtest against real cases</Link>.
      </p>
    </>
  );
}
