import { seedReference } from '@/framework/citation';
import { type ShownVerdictId, verdictBands } from '@/framework/verdict-bands';
import { ledgerFitFileName } from '@/schema/file-name';
import type { Report } from './build-report';
import { conditionRadarData, obstacleBarData, type Series } from './chart-data';

export type ChartFigure =
  | {
      readonly chart: 'radar';
      readonly rows: ReturnType<typeof conditionRadarData>;
      readonly series: readonly Series[];
    }
  | { readonly chart: 'obstacles'; readonly data: ReturnType<typeof obstacleBarData> };

/** One block of a board paper; the PDF and Word renderers lay out exactly these and nothing else. */
export type PaperBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly string[];
      /** Relative column widths, summing to 1. */
      readonly widths: readonly number[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'verdict';
      readonly band: ShownVerdictId;
      readonly label: string;
      readonly headline: string;
      readonly confidence: string;
    }
  | { readonly kind: 'figures'; readonly figures: readonly Figure[] };

export interface Figure {
  readonly caption: string;
  /** The chart's data in words: what a screen reader reads instead of the drawing. */
  readonly alt: string;
  readonly drawing: ChartFigure;
}

export interface BoardPaper {
  /** The document's title (PDF Title, Word title): "<proposal>: Ledger Fit summary". */
  readonly documentTitle: string;
  readonly title: string;
  readonly subtitle: string;
  readonly provisional: boolean;
  /** Page 1: the executive summary a board reads first. */
  readonly summary: readonly PaperBlock[];
  /** Everything after page 1: charts, reasons with their evidence, vendor questions, the answers. */
  readonly body: readonly PaperBlock[];
}

const score = (value: number | undefined) => (value === undefined ? 'not scored' : `${value} out of 100`);
const cite = (a: { shortName: string; answer: string }) => `${a.shortName}: ${a.answer}`;

function radarAlt(rows: ReturnType<typeof conditionRadarData>, series: readonly Series[]): string {
  return `Radar chart of the six conditions, each rated from 0 (not met) to 4 (fully met). ${series
    .map(
      (s) =>
        `${s.name}: ${rows
          .map((r) => `${r.condition} ${typeof r[s.key] === 'number' ? r[s.key] : 'unknown'}`)
          .join(', ')}.`,
    )
    .join(' ')}`;
}

function obstaclesAlt(data: ReturnType<typeof obstacleBarData>): string {
  return `Bar chart of the six obstacles, most severe first, from 0 (negligible) to 4 (severe): ${data
    .map((d) => `${d.obstacle} ${d.severity === null ? 'not known' : `${d.severity} (${d.label})`}`)
    .join(', ')}.`;
}

/** Each note is printed beside the first reason that cites it; later reasons point back to it. */
function reasonRows(report: Report): string[][] {
  const shown = new Set<string>();
  return report.reasons.map((r) => {
    const notes = r.answers
      .filter((a) => a.note)
      .map((a) => {
        if (shown.has(a.questionId)) return `${a.shortName}: as noted above.`;
        shown.add(a.questionId);
        return `${a.shortName}: ${a.note}`;
      });
    return [
      `${r.decisive ? 'Decided the verdict. ' : ''}${r.text}`,
      r.answers.map(cite).join('; '),
      notes.join(' ') || 'None noted',
    ];
  });
}

function summaryPage(report: Report): PaperBlock[] {
  const undetermined = report.band === 'undetermined';
  const organisations = report.proposal.organisations || 'the organisation';
  const decided = [...report.reasons].sort((a, b) => Number(b.decisive) - Number(a.decisive)).slice(0, 3);
  const findOut = report.confidence.pivotal
    .slice(0, 3)
    .map((u) => `Find out “${u.shortName}” (now ${u.answer}): the answer could move the verdict.`);
  // Each chosen setting's own first steps, so a UK-and-US proposal shows both laws' duties.
  const perProfile = Math.max(1, Math.floor(4 / Math.max(1, report.regulatory.profiles.length)));
  const settingSteps = [
    ...new Set(
      report.regulatory.profiles.flatMap((p) =>
        [...new Set(p.duties.flatMap((d) => d.nextSteps.map((s) => s.text)))].slice(0, perProfile),
      ),
    ),
  ];
  const nextSteps = [
    ...(undetermined
      ? report.evidenceMissing.slice(0, 3).map((m) => `Answer ${m.shortName.toLowerCase()}.`)
      : []),
    ...findOut,
    ...settingSteps,
    ...(report.vendorQuestions.length > 0
      ? [
          `Put the ${report.vendorQuestions.length} questions for the vendor (in this paper) before any commitment.`,
        ]
      : []),
  ].slice(0, 7);
  const row = (label: string) => report.proposal.rows.find(([l]) => l === label)?.[1] ?? '';
  return [
    { kind: 'heading', level: 2, text: 'Decision sought' },
    {
      kind: 'paragraph',
      text: `Whether ${organisations} should rely on a distributed ledger (blockchain) for “${report.title}”.`,
    },
    { kind: 'heading', level: 2, text: 'Recommendation' },
    { kind: 'paragraph', text: report.recommendation, strong: true },
    {
      kind: 'verdict',
      band: report.band,
      label: `${report.bandSymbol} ${report.bandLabel}${report.provisional && !undetermined ? ' (provisional)' : ''}`,
      headline: report.headline,
      confidence: `Confidence: ${report.confidence.label.toLowerCase()}; ${report.confidence.unknownPercent}% of the questions needed are “Don’t know” or unanswered. Condition fit ${score(report.scores.fit)}; obstacle risk ${score(report.scores.risk)}.`,
    },
    ...(report.stoppedBy
      ? [
          {
            kind: 'paragraph' as const,
            text: `The pre-screen ended this assessment: “${cite(report.stoppedBy)}” decides it.`,
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: undetermined ? 'What is missing' : 'What decided it' },
    undetermined
      ? { kind: 'list', ordered: false, items: report.evidenceMissing.slice(0, 4).map(cite) }
      : { kind: 'list', ordered: true, items: decided.map((r) => r.text) },
    ...(undetermined
      ? []
      : [
          {
            kind: 'heading' as const,
            level: 2 as const,
            text: report.architecture.alreadyHasDesign
              ? 'The design it already has'
              : report.architecture.kind === 'fits'
                ? 'The design that fits'
                : 'The alternative that would serve better',
          },
          {
            kind: 'paragraph' as const,
            text: `${report.architecture.title}: ${report.architecture.summary}`,
          },
        ]),
    { kind: 'heading', level: 2, text: 'Top risks' },
    {
      kind: 'list',
      ordered: false,
      items:
        report.topRisks.length > 0
          ? report.topRisks.map(cite)
          : ['No obstacle is rated high or severe and no tension is in conflict with what a ledger gives.'],
    },
    { kind: 'heading', level: 2, text: 'Next steps' },
    {
      kind: 'list',
      ordered: false,
      items: nextSteps.length > 0 ? nextSteps : ['Take this summary to the decision-making body.'],
    },
    { kind: 'heading', level: 2, text: 'Sign-off' },
    {
      kind: 'table',
      caption: 'Sign-off',
      columns: ['Assessor', 'Reviewer', 'Date', 'Version'],
      widths: [0.3, 0.3, 0.2, 0.2],
      rows: [
        [row('Assessor'), '', row('Date of assessment'), `Draft (method ${report.result.methodVersion})`],
      ],
    },
  ];
}

function bodyBlocks(report: Report, comparedWith: readonly Series[]): PaperBlock[] {
  const undetermined = report.band === 'undetermined';
  const series: Series[] = [
    { key: 'proposal', name: report.title, answers: report.answers },
    ...comparedWith,
  ];
  const rows = conditionRadarData(series);
  const bars = obstacleBarData(report.answers);
  const compared =
    comparedWith.length > 0 ? comparedWith.map((s) => s.name).join(' and ') : 'no worked example';
  const changes = [
    ...report.suggestions.better.map((s) => `Up to ${s.bandLabel.toLowerCase()}: ${s.text}`),
    ...report.suggestions.worse.map(
      (s) => `Down to ${s.bandLabel.toLowerCase()} (a risk growing): ${s.text}`,
    ),
    ...[...report.suggestions.betterIfFactsDiffered, ...report.suggestions.worseIfFactsDiffered].map(
      (s) => `Only if the situation were different, ${s.bandLabel.toLowerCase()}: ${s.text}`,
    ),
  ];
  return [
    { kind: 'heading', level: 2, text: 'Charts' },
    {
      kind: 'paragraph',
      text: `The radar compares the six conditions with ${compared}; the bars order the obstacles by severity. Each chart's data is also given in words for screen readers.`,
    },
    {
      kind: 'figures',
      figures: [
        {
          caption: 'The six conditions (0 to 4)',
          alt: radarAlt(rows, series),
          drawing: { chart: 'radar', rows, series },
        },
        {
          caption: 'Obstacles, most severe first',
          alt: obstaclesAlt(bars),
          drawing: { chart: 'obstacles', data: bars },
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'The proposal' },
    {
      kind: 'table',
      caption: 'The proposal',
      columns: ['Field', 'Value'],
      widths: [0.3, 0.7],
      rows: [
        ['Title', report.title],
        ...report.proposal.rows.map(([l, v]) => [l, v]),
        ['Method', `Ledger Fit method ${report.result.methodVersion}, after Yeung (2019)`],
      ],
    },
    ...(report.proposal.description
      ? [{ kind: 'paragraph' as const, text: report.proposal.description }]
      : []),
    { kind: 'heading', level: 2, text: 'Reasons and the evidence behind them' },
    { kind: 'paragraph', text: report.result.summary },
    {
      kind: 'table',
      caption: 'Reasons and the evidence behind them',
      columns: ['Reason', 'Based on these answers', 'Evidence noted'],
      widths: [0.42, 0.3, 0.28],
      rows: reasonRows(report),
    },
    ...(undetermined
      ? []
      : [
          { kind: 'heading' as const, level: 2 as const, text: 'What would change the verdict' },
          {
            kind: 'list' as const,
            ordered: false,
            items:
              changes.length > 0 ? changes : ['No small change of design or mitigation moves the verdict.'],
          },
          { kind: 'paragraph' as const, text: report.architecture.why },
        ]),
    { kind: 'heading', level: 2, text: 'How certain this is' },
    {
      kind: 'paragraph',
      text: `${report.confidence.label}. ${report.confidence.meaning} ${report.confidence.unknownPercent}% of the questions needed are “Don’t know” or unanswered.`,
    },
    ...(report.confidence.unknown.length > 0
      ? [
          {
            kind: 'list' as const,
            ordered: false,
            items: report.confidence.unknown.map(
              (u) =>
                `${cite(u)}${report.confidence.pivotal.some((pv) => pv.questionId === u.questionId) ? ' (could move the verdict)' : ''}`,
            ),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: 'Core functions and tensions' },
    { kind: 'paragraph', text: report.coreFunctionsText },
    {
      kind: 'list',
      ordered: false,
      items: report.tensions.map(
        (t) => `${cite(t)}${t.inConflict ? ' (in conflict with what a ledger can give)' : ''}.`,
      ),
    },
    ...(report.workshop
      ? [
          { kind: 'heading' as const, level: 2 as const, text: 'How the workshop room rated it' },
          {
            kind: 'paragraph' as const,
            text: `Ratings given from phones in the workshop held ${report.workshop.heldOn}, each person anonymous and counted once; late and excluded votes are shown, not dropped. “Agreed” is the rating the room settled on, used in this assessment.`,
          },
          {
            kind: 'table' as const,
            caption: 'Workshop ratings',
            columns: ['Question', 'How the room rated it', 'Votes', 'Agreed'],
            widths: [0.26, 0.44, 0.12, 0.18],
            rows: report.workshop.rows.map((r) => [
              r.shortName,
              `${r.spread}${r.disagreement ? ' (the room disagreed: three or more scale points)' : ''}`,
              `${r.total}${r.late > 0 ? `, ${r.late} late` : ''}${r.excluded > 0 ? `, ${r.excluded} excluded` : ''}`,
              r.agreed,
            ]),
          },
        ]
      : []),
    ...(report.vendorQuestions.length > 0
      ? [
          { kind: 'heading' as const, level: 2 as const, text: 'Questions for the vendor' },
          {
            kind: 'table' as const,
            caption: 'Questions for the vendor',
            columns: ['Ask', 'Evidence to ask for', 'Why it is asked'],
            widths: [0.38, 0.34, 0.28],
            rows: report.vendorQuestions.map((q) => [
              q.ask,
              q.evidence,
              `${cite(q.about)}. ${q.why} (${q.source})`,
            ]),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: 'Regulatory checks' },
    ...(report.regulatory.noProfile
      ? [
          {
            kind: 'paragraph' as const,
            text: 'No setting with a regulatory profile was chosen for this proposal.',
          },
        ]
      : report.regulatory.profiles.flatMap((p) => [
          { kind: 'heading' as const, level: 3 as const, text: `${p.name} (sources checked ${p.checkedOn})` },
          {
            kind: 'table' as const,
            caption: `${p.name}: duties`,
            columns: ['Duty', 'What the answers imply', 'Ask', 'Source'],
            widths: [0.2, 0.36, 0.26, 0.18],
            rows: p.duties.map((d) => [
              d.name,
              d.implications.length > 0 ? d.implications.join(' ') : d.summary,
              d.vendorQuestions.join(' '),
              `${d.source}; ${d.date}`,
            ]),
          },
        ])),
    ...(report.hazardLog.length > 0
      ? [
          { kind: 'heading' as const, level: 2 as const, text: 'Draft hazard log (DCB0160)' },
          {
            kind: 'paragraph' as const,
            text: `${report.hazardLog[0]?.status}. Likelihood × severity on the 5×5 matrix.`,
          },
          {
            kind: 'table' as const,
            caption: 'Draft hazard log',
            columns: ['Hazard', 'Risk', 'Cause and effect', 'Controls', 'Owner'],
            widths: [0.2, 0.14, 0.34, 0.2, 0.12],
            rows: report.hazardLog.map((r) => [
              r.hazard,
              `${r.likelihood} × ${r.severity} = ${r.risk} (${r.riskLevel})`,
              `${r.cause} ${r.effect}`,
              r.existingControls,
              r.owner || 'Not set',
            ]),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: 'Appendix: every answer' },
    {
      kind: 'table',
      caption: 'Every answer',
      columns: ['Question', 'Answer', 'Note'],
      widths: [0.3, 0.25, 0.45],
      rows: report.answersByPage.flatMap((page) =>
        page.answers.map((a) => [a.shortName, a.answer, a.note ?? '']),
      ),
    },
    { kind: 'heading', level: 2, text: 'Method' },
    {
      kind: 'paragraph',
      text: `The verdict (${verdictBands.map((b) => b.label.toLowerCase()).join(', ')}) is the worse of the band the two scores earn and every gate that applies, following the conditions, obstacles and tensions of ${seedReference.talk} See also ${seedReference.paper} A score never settles the question: the trade-offs need people to resolve them.`,
    },
  ];
}

/**
 * The board paper of an assessment, as plain blocks from the same report as the result page: page 1 is
 * the executive summary, then the charts, the reasons with their evidence, vendor questions and the
 * answers. The PDF and the Word document both render this, so they cannot disagree.
 */
export function boardPaper(report: Report, comparedWith: readonly Series[]): BoardPaper {
  return {
    documentTitle: `${report.title}: Ledger Fit summary`,
    title: report.title,
    subtitle: 'Ledger Fit summary: does a distributed ledger (blockchain) fit this proposal?',
    provisional: report.provisional,
    summary: summaryPage(report),
    body: bodyBlocks(report, comparedWith),
  };
}

/** The footer every page of a board paper carries, PDF or Word. */
export const generatedLine = (generatedAt: Date) =>
  `Ledger Fit summary · generated ${generatedAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

/** Printed on every page while some questions are unanswered. */
export const provisionalMark = 'PROVISIONAL: some questions are not yet answered';

/** `<proposal-title-slug>-ledger-fit-<yyyy-mm-dd>.pdf` */
export function pdfFileName(title: string, date: Date): string {
  return ledgerFitFileName(title, date, 'pdf', 'proposal');
}

/** `<proposal-title-slug>-ledger-fit-<yyyy-mm-dd>.docx` */
export function wordFileName(title: string, date: Date): string {
  return ledgerFitFileName(title, date, 'docx', 'proposal');
}
