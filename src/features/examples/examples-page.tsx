import { useMemo } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { VerdictTag } from '@/components/verdict-tag';
import { workedExamples } from '@/framework/examples';
import { buildReport } from '@/report/build-report';
import { exampleToAssessment } from '@/schema/example-assessment';

/** The worked-examples gallery: each example with the verdict the engine computes and its top reasons. */
export function ExamplesPage() {
  const reports = useMemo(
    () => workedExamples.map((e) => ({ example: e, report: buildReport(exampleToAssessment(e)) })),
    [],
  );
  return (
    <>
      <PageHeading title="Worked examples">Worked examples</PageHeading>
      <p className="lead">
        Five healthcare uses of a ledger, assessed with the same method you use. The first four come from
        Yeung’s 2019 talk; answers the talk is silent on are marked <em>illustrative</em>.
      </p>
      <ul className="card-list">
        {reports.map(({ example, report }) => (
          <li key={example.id} className="card">
            <h2>
              <Link href={`/examples/${example.id}`}>{example.title}</Link>
            </h2>
            <p>
              <VerdictTag band={report.band} />{' '}
              <span className="muted">
                {example.basis === 'illustrative' ? 'Illustrative' : `Yeung 2019, §${example.basis.section}`}
              </span>
            </p>
            <p>{example.summary}</p>
            <h3 className="small-heading">Top reasons</h3>
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
        ))}
      </ul>
    </>
  );
}
