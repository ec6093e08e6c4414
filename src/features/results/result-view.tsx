import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { VerdictTag } from '@/components/verdict-tag';
import type { Report } from '@/report/build-report';
import type { Answers } from '@/schema/assessment-schema';
import { ReasonsList } from './reasons-list';
import { ScoresTable } from './scores-table';
import { TensionsTable } from './tensions-table';
import { WhatWouldChange } from './what-would-change';

interface Props {
  report: Report;
  answers: Answers;
  /** Base URL of the assessment, so reasons can link to the answers to change; absent for examples. */
  changeBase?: string;
  /** Charts (and their controls), shown after the design advice. */
  charts?: ReactNode;
}

/** The result of one assessment: the verdict, its reasons and everything behind it. */
export function ResultView({ report, answers, changeBase, charts }: Props) {
  const { result } = report;
  return (
    <>
      <section className={`verdict-panel verdict-${result.band}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" className="visually-hidden">
          Verdict
        </h2>
        <p className="verdict-band">
          <VerdictTag band={result.band} provisional={result.provisional} />
        </p>
        <p className="verdict-headline">{report.headline}</p>
        <p>{report.meaning}</p>
      </section>
      {result.provisional && (
        <div className="banner" role="note">
          <h2>This result is provisional</h2>
          <p>{report.missing.length} questions are not answered yet:</p>
          <ul>
            {report.missing.map((m) => (
              <li key={m.questionId}>
                {changeBase ? (
                  <Link href={`${changeBase}/pages/${m.pageId}`}>{m.shortName}</Link>
                ) : (
                  m.shortName
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Summary</h2>
      <p>{result.summary}</p>
      <h2>{report.architecture.kind === 'fits' ? 'The design that fits' : 'What would serve better'}</h2>
      <p>
        <strong>{report.architecture.title}.</strong> {report.architecture.summary}
      </p>
      <p>{report.architecture.why}</p>
      <p>
        <strong>Core function (Yeung 2019, section 5):</strong> {report.coreFunctionsText}
      </p>
      {charts}
      <h2>Why</h2>
      <ReasonsList reasons={report.reasons} changeBase={changeBase} />
      <h2>How certain this is</h2>
      <p>
        <strong>{report.confidence.label}.</strong> {report.confidence.meaning}{' '}
        {report.confidence.unknownPercent}% of the questions needed are “Don’t know” or unanswered.
      </p>
      {report.confidence.pivotal.length > 0 && (
        <>
          <p>Find these out first: each could move the verdict.</p>
          <ul>
            {report.confidence.pivotal.map((p) => (
              <li key={p.questionId}>{p.shortName}</li>
            ))}
          </ul>
        </>
      )}
      <h2>What would change the verdict</h2>
      <WhatWouldChange suggestions={report.suggestions} />
      <h2>The scores</h2>
      <p>
        Condition fit <strong>{result.fitScore}</strong>/100 and obstacle risk{' '}
        <strong>{result.riskScore}</strong>/100. A score never settles the question alone: the gates above can
        only lower the band.
      </p>
      <ScoresTable
        caption="Condition fit: how well the six conditions are met"
        contributions={result.fitContributions}
        total={result.fitScore}
        answers={answers}
      />
      <ScoresTable
        caption="Obstacle risk: how severe the six obstacles are"
        contributions={result.riskContributions}
        total={result.riskScore}
        answers={answers}
      />
      <TensionsTable positions={result.tensions} />
    </>
  );
}
