import { useMemo } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { VerdictTag } from '@/components/verdict-tag';
import { isRealCase, workedExamples } from '@/framework/examples';
import { outcomeLabels } from '@/framework/examples/real-case';
import type { WorkedExample } from '@/framework/examples/worked-example';
import { buildReport, type Report } from '@/report/build-report';
import { exampleToAssessment } from '@/schema/example-assessment';

function ExampleCard({ example, report }: { example: WorkedExample; report: Report }) {
  return (
    <li className="card">
      <h3>
        <Link href={`/examples/${example.id}`}>{example.title}</Link>
      </h3>
      <p>
        <VerdictTag band={report.band} />{' '}
        <span className="muted">
          {example.outcome
            ? `What happened: ${outcomeLabels[example.outcome.class].toLowerCase()} (${example.outcome.date})`
            : example.basis === 'illustrative'
              ? 'Illustrative'
              : `Yeung 2019, §${example.basis.section}`}
        </span>
      </p>
      <p>{example.summary}</p>
      <h4 className="small-heading">Top reasons</h4>
      <ul>
        {report.reasons
          .filter((r) => r.kind !== 'uncertainty')
          .slice(0, 3)
          .map((r) => (
            <li key={r.id}>{r.text}</li>
          ))}
      </ul>
      <a className="download-link" href={`/files/examples/${example.id}.json`} download>
        Download {example.title} as a Ledger Fit file
      </a>
    </li>
  );
}

/** The worked-examples gallery, in two groups: Yeung's and illustrative examples, and real cases with their outcome. */
export function ExamplesPage() {
  const reports = useMemo(
    () => workedExamples.map((e) => ({ example: e, report: buildReport(exampleToAssessment(e)) })),
    [],
  );
  const illustrative = reports.filter((r) => !isRealCase(r.example));
  const real = reports.filter((r) => isRealCase(r.example));
  return (
    <>
      <PageHeading title="Worked examples">Worked examples</PageHeading>
      <p className="lead">
        Healthcare uses of a ledger, assessed with the same method you use: {illustrative.length} from Yeung’s
        2019 talk or illustrative, and {real.length} real projects answered from their public record beside
        what became of them (see <Link href="/backtest">the backtest</Link>).
      </p>
      <section aria-labelledby="illustrative-heading">
        <h2 id="illustrative-heading">From Yeung (2019) and illustrative</h2>
        <ul className="card-list">
          {illustrative.map(({ example, report }) => (
            <ExampleCard key={example.id} example={example} report={report} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="real-heading">
        <h2 id="real-heading">Real cases</h2>
        <ul className="card-list">
          {real.map(({ example, report }) => (
            <ExampleCard key={example.id} example={example} report={report} />
          ))}
        </ul>
      </section>
    </>
  );
}
