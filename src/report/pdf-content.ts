import { seedReference } from '@/framework/citation';
import { verdictBands } from '@/framework/verdict-bands';
import { ledgerFitFileName } from '@/schema/file-name';
import type { Report } from './build-report';
import { conditionRadarData, obstacleBarData, type Series } from './chart-data';

export type PdfBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'meta'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'verdict'; readonly label: string; readonly headline: string; readonly meaning: string }
  | { readonly kind: 'answer'; readonly question: string; readonly answer: string; readonly note?: string }
  | {
      readonly kind: 'charts';
      readonly radar: {
        readonly rows: ReturnType<typeof conditionRadarData>;
        readonly series: readonly Series[];
      };
      readonly obstacles: ReturnType<typeof obstacleBarData>;
    };

export interface PdfContent {
  readonly title: string;
  readonly provisional: boolean;
  readonly blocks: readonly PdfBlock[];
}

/**
 * What the PDF summary says, as plain blocks, from the same report as the result page. Empty optional
 * fields are left out rather than printed as blanks or "undefined".
 */
const score = (value: number | undefined) => (value === undefined ? 'not scored' : `${value}/100`);

export function pdfContent(report: Report, comparedWith: readonly Series[]): PdfContent {
  const { result } = report;
  const undetermined = report.band === 'undetermined';
  const series: Series[] = [
    { key: 'proposal', name: report.title, answers: report.answers },
    ...comparedWith,
  ];
  const compared =
    comparedWith.length > 0 ? comparedWith.map((s) => s.name).join(' and ') : 'no worked example';
  const meta: (readonly [string, string])[] = [
    ...report.proposal.rows,
    ['Method', `Ledger Fit method ${result.methodVersion}, after Yeung (2019)`],
  ];
  const blocks: PdfBlock[] = [
    { kind: 'meta', rows: meta },
    ...(report.proposal.description
      ? [{ kind: 'paragraph' as const, text: report.proposal.description }]
      : []),
    {
      kind: 'verdict',
      label: `${report.bandSymbol} ${report.bandLabel}${report.provisional && !undetermined ? ' (provisional)' : ''}`,
      headline: report.provisional && !undetermined ? `Provisional: ${report.headline}` : report.headline,
      meaning: report.meaning,
    },
    ...(undetermined
      ? [
          { kind: 'heading' as const, text: 'Answer these first' },
          {
            kind: 'bullets' as const,
            items: report.evidenceMissing.map((m) => `${m.shortName}: ${m.answer}`),
          },
        ]
      : []),
    ...(report.stoppedBy
      ? [
          {
            kind: 'paragraph' as const,
            text: `The pre-screen ended this assessment: “${report.stoppedBy.shortName}: ${report.stoppedBy.answer}” decides it. What it made unnecessary is not scored, not failed.`,
          },
        ]
      : []),
    { kind: 'heading', text: 'Summary' },
    { kind: 'paragraph', text: result.summary },
    {
      kind: 'paragraph',
      text: `Condition fit ${score(report.scores.fit)}; obstacle risk ${score(report.scores.risk)}. The radar compares the six conditions with ${compared}; the bars order the obstacles by severity.`,
    },
    {
      kind: 'charts',
      radar: { rows: conditionRadarData(series), series },
      obstacles: obstacleBarData(report.answers),
    },
    ...(undetermined
      ? []
      : [
          {
            kind: 'heading' as const,
            text: report.architecture.alreadyHasDesign
              ? 'The design it already has'
              : report.architecture.kind === 'fits'
                ? 'The design that fits'
                : 'What would serve better',
          },
          {
            kind: 'paragraph' as const,
            text: `${report.architecture.title}. ${report.architecture.summary}`,
          },
          { kind: 'paragraph' as const, text: report.architecture.why },
        ]),
    { kind: 'paragraph', text: `Core function: ${report.coreFunctionsText}` },
    { kind: 'heading', text: 'Reasons' },
    {
      kind: 'bullets',
      items: report.reasons.map((r) => {
        const notes =
          r.answers.length <= 3 ? r.answers.filter((a) => a.note).map((a) => ` Evidence: ${a.note}`) : [];
        return `${r.decisive ? 'Decided the verdict: ' : ''}${r.text} (Based on: ${r.answers.map((a) => `${a.shortName}: ${a.answer}`).join('; ')}.)${notes.join('')}`;
      }),
    },
    { kind: 'heading', text: 'Tensions' },
    {
      kind: 'bullets',
      items: report.tensions.map(
        (t) =>
          `${t.shortName}: ${t.answer}${t.inConflict ? ' (in conflict with what a ledger can give)' : ''}.`,
      ),
    },
    { kind: 'heading', text: 'How certain this is' },
    {
      kind: 'paragraph',
      text: `${report.confidence.label}. ${report.confidence.meaning} ${report.confidence.unknownPercent}% of the questions needed are “Don’t know” or unanswered.`,
    },
    ...(report.confidence.unknown.length > 0
      ? [
          {
            kind: 'bullets' as const,
            items: report.confidence.unknown.map(
              (u) =>
                `${u.shortName}: ${u.answer}${report.confidence.pivotal.some((pv) => pv.questionId === u.questionId) ? ' — could move the verdict' : ''}`,
            ),
          },
        ]
      : []),
    ...(undetermined
      ? []
      : [
          { kind: 'heading' as const, text: 'What would change the verdict' },
          {
            kind: 'bullets' as const,
            items: [
              ...report.suggestions.better.map((s) => `Up to ${s.bandLabel.toLowerCase()}: ${s.text}`),
              ...report.suggestions.worse.map(
                (s) => `Down to ${s.bandLabel.toLowerCase()} (a risk growing): ${s.text}`,
              ),
              ...[
                ...report.suggestions.betterIfFactsDiffered,
                ...report.suggestions.worseIfFactsDiffered,
              ].map((s) => `Only if the situation were different, ${s.bandLabel.toLowerCase()}: ${s.text}`),
            ].concat(
              report.suggestions.better.length + report.suggestions.worse.length === 0
                ? ['No small change of design or mitigation moves the verdict.']
                : [],
            ),
          },
        ]),
    ...(report.vendorQuestions.length > 0
      ? [
          { kind: 'heading' as const, text: 'Questions for the vendor' },
          {
            kind: 'bullets' as const,
            items: report.vendorQuestions.map(
              (q) =>
                `${q.ask} Ask for: ${q.evidence} (${q.about.shortName}: ${q.about.answer}. ${q.why} Source: ${q.source}.)`,
            ),
          },
        ]
      : []),
    { kind: 'heading', text: 'Regulatory checks' },
    ...(report.regulatory.noProfile
      ? [
          {
            kind: 'paragraph' as const,
            text: 'No setting with a regulatory profile was chosen for this proposal.',
          },
        ]
      : [
          ...(report.regulatory.nextSteps.length > 0
            ? [
                { kind: 'paragraph' as const, text: 'Next steps:', bold: true },
                { kind: 'bullets' as const, items: [...report.regulatory.nextSteps] },
              ]
            : []),
          ...report.regulatory.profiles.flatMap((p) => [
            { kind: 'paragraph' as const, text: `${p.name} (sources checked ${p.checkedOn})`, bold: true },
            {
              kind: 'bullets' as const,
              items: p.duties.map(
                (d) =>
                  `${d.name}: ${d.implications.length > 0 ? d.implications.join(' ') : d.summary} Ask: ${d.vendorQuestions.join(' ')} (${d.source}; ${d.date}.)`,
              ),
            },
          ]),
        ]),
    ...(report.hazardLog.length > 0
      ? [
          { kind: 'heading' as const, text: 'Draft hazard log (DCB0160)' },
          {
            kind: 'paragraph' as const,
            text: `${report.hazardLog[0]?.status}. Likelihood × severity on the 5×5 matrix.`,
          },
          {
            kind: 'bullets' as const,
            items: report.hazardLog.map(
              (r) =>
                `${r.hazard}: ${r.likelihood} × ${r.severity} = ${r.risk} (${r.riskLevel}). Cause: ${r.cause} Effect: ${r.effect} Controls: ${r.existingControls}. Owner: ${r.owner || 'not set'}.`,
            ),
          },
        ]
      : []),
    { kind: 'heading', text: 'Every answer' },
    ...report.answersByPage.flatMap((page) =>
      page.answers.map((a) => ({
        kind: 'answer' as const,
        question: a.shortName,
        answer: a.answer,
        ...(a.note ? { note: a.note } : {}),
      })),
    ),
    { kind: 'heading', text: 'Method' },
    {
      kind: 'paragraph',
      text: `The verdict (${verdictBands.map((b) => b.label.toLowerCase()).join(', ')}) is the worse of the band the two scores earn and every gate that applies, following the conditions, obstacles and tensions of ${seedReference.talk} See also ${seedReference.paper} A score never settles the question: the trade-offs need people to resolve them.`,
    },
  ];
  return { title: report.title, provisional: report.provisional, blocks };
}

/** `<proposal-title-slug>-ledger-fit-<yyyy-mm-dd>.pdf` */
export function pdfFileName(title: string, date: Date): string {
  return ledgerFitFileName(title, date, 'pdf', 'proposal');
}
