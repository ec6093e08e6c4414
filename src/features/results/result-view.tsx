import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { VerdictTag } from '@/components/verdict-tag';
import type { CitedAnswer, Report } from '@/report/build-report';
import type { Answers } from '@/schema/assessment-schema';
import { type HazardEdit, HazardLogTable } from './hazard-log-table';
import { NearestCases } from './nearest-cases';
import { NextSteps } from './next-steps';
import { ReasonsList } from './reasons-list';
import { RegulatoryChecks } from './regulatory-checks';
import { ScoresTable } from './scores-table';
import { TensionsTable } from './tensions-table';
import { VendorQuestions } from './vendor-questions';
import { WhatWouldChange } from './what-would-change';

interface Props {
  report: Report;
  answers: Answers;
  /** Base URL of the assessment, so reasons can link to the answers to change; absent for examples. */
  changeBase?: string;
  /** Charts (and their controls), shown after the design advice. */
  charts?: ReactNode;
  onHazardEdit?: (hazardId: string, edit: HazardEdit | undefined) => void;
}

const fmt = (score: number | undefined) => (score === undefined ? 'not scored' : `${score}/100`);

/** The result of one assessment: the verdict, its reasons and everything behind it. */
export function ResultView({ report, answers, changeBase, charts, onHazardEdit }: Props) {
  const undetermined = report.band === 'undetermined';
  const answerLink = (a: CitedAnswer) =>
    changeBase ? <Link href={`${changeBase}/pages/${a.pageId}`}>{a.shortName}</Link> : a.shortName;
  return (
    <>
      <section className={`verdict-panel verdict-${report.band}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" className="visually-hidden">
          Verdict
        </h2>
        <p className="verdict-band">
          <VerdictTag band={report.band} provisional={report.provisional && !undetermined} />
        </p>
        <p className="verdict-headline">
          {report.provisional && !undetermined ? `Provisional: ${report.headline}` : report.headline}
        </p>
        <p>{report.meaning}</p>
        <p>
          <strong>Recommendation:</strong> {report.recommendation}
        </p>
        <p>
          <strong>The deciding fact:</strong> {report.decision.decidingFact.text}
        </p>
        {undetermined && (
          <>
            <p>
              <strong>Answer these first</strong> ({report.evidenceMissing.length}):
            </p>
            <ul>
              {report.evidenceMissing.map((m) => (
                <li key={m.questionId}>
                  {answerLink(m)}: {m.answer}
                </li>
              ))}
            </ul>
          </>
        )}
        {report.provisional && !undetermined && (
          <p>
            {report.missing.length} question{report.missing.length === 1 ? ' is' : 's are'} not answered yet;{' '}
            {report.confidence.label.toLowerCase()}.
          </p>
        )}
      </section>
      {report.stoppedBy && (
        <div className="inset" role="note">
          <p>
            <strong>The pre-screen ended this assessment.</strong> “{report.stoppedBy.shortName}:{' '}
            {report.stoppedBy.answer}” decides it. The conditions, obstacles and tensions were not needed:
            what was left unanswered is not scored, not failed.
            {changeBase && (
              <>
                {' '}
                <Link href={`${changeBase}/stopped`}>Continue the full assessment anyway</Link>
              </>
            )}
          </p>
        </div>
      )}
      {report.provisional && !undetermined && (
        <details className="missing-list">
          <summary>The {report.missing.length} unanswered questions</summary>
          <ul>
            {report.missing.map((m) => (
              <li key={m.questionId}>{answerLink(m)}</li>
            ))}
          </ul>
        </details>
      )}
      <NextSteps steps={report.decision.nextSteps} />
      <h2>Summary</h2>
      <p>{report.summary}</p>
      {!undetermined && (
        <>
          <h2>
            {report.architecture.alreadyHasDesign
              ? 'The design it already has'
              : report.architecture.kind === 'fits'
                ? 'The design that fits'
                : 'What would serve better'}
          </h2>
          <p>
            <strong>{report.architecture.title}.</strong> {report.architecture.summary}
          </p>
          <p>{report.architecture.why}</p>
        </>
      )}
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
      {!undetermined && (
        <>
          <h2>What would change the verdict</h2>
          <WhatWouldChange suggestions={report.suggestions} band={report.band} />
        </>
      )}
      <VendorQuestions questions={report.vendorQuestions} />
      <RegulatoryChecks regulatory={report.regulatory} changeBase={changeBase} />
      <NearestCases cases={report.nearestCases} />
      <HazardLogTable rows={report.hazardLog} title={report.title} onEdit={onHazardEdit} />
      <h2>The scores</h2>
      <p>
        Condition fit <strong>{fmt(report.scores.fit)}</strong> and obstacle risk{' '}
        <strong>{fmt(report.scores.risk)}</strong>. A score never settles the question alone: the gates above
        can only lower the band, and a score is left out (not shown as 0) when nothing it counts is known.
      </p>
      <ScoresTable
        caption="Condition fit: how well the six conditions are met"
        contributions={report.contributions.fit}
        total={report.scores.fit}
        answers={answers}
      />
      <ScoresTable
        caption="Obstacle risk: how severe the six obstacles are"
        contributions={report.contributions.risk}
        total={report.scores.risk}
        answers={answers}
      />
      <TensionsTable rows={report.tensions} />
    </>
  );
}
