import { seedReference } from '../../framework/citation';
import { questionnairePages } from '../../framework/pages';
import { proposalFields, settings } from '../../framework/proposal';
import { findQuestion } from '../../framework/questions';
import { verdictBands } from '../../framework/verdict-bands';
import { citeAnswer, type Report, type ReportSuggestion } from '../../report/build-report';
import type { Assessment } from '../../schema/assessment-schema';
import { ledgerFitFileName } from '../../schema/file-name';

export type PdfBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'meta'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'verdict'; readonly label: string; readonly headline: string; readonly meaning: string }
  | { readonly kind: 'answer'; readonly question: string; readonly answer: string; readonly note?: string }
  | { readonly kind: 'charts' };

export interface PdfContent {
  readonly title: string;
  readonly provisional: boolean;
  readonly blocks: readonly PdfBlock[];
}

const symbol = { notAFit: '✕', weakFit: '▽', conditionalFit: '◇', strongFit: '✓' } as const;

/**
 * What the PDF summary says, as plain blocks, from the same report as the result page. Empty optional
 * fields are left out rather than printed as blanks or "undefined".
 */
export function pdfContent(
  assessment: Assessment,
  report: Report,
  suggestions: { better: readonly ReportSuggestion[]; worse: readonly ReportSuggestion[] },
  comparedWith: string,
): PdfContent {
  const { result } = report;
  const p = assessment.proposal;
  const title = p.title.trim() || 'Untitled proposal';
  const setting = settings.find((s) => s.value === p.setting)?.label;
  const meta: [string, string][] = [
    [proposalFields.organisations.label, p.organisations],
    [proposalFields.assessor.label, p.assessor],
    [proposalFields.date.label, p.date],
    [proposalFields.setting.label, setting ?? ''],
    ['Method', `Ledger Fit method ${result.methodVersion}, after Yeung (2019)`],
  ];
  const blocks: PdfBlock[] = [
    { kind: 'meta', rows: meta.filter(([, v]) => v.trim() !== '') },
    ...(p.description.trim() ? [{ kind: 'paragraph' as const, text: p.description.trim() }] : []),
    {
      kind: 'verdict',
      label: `${symbol[result.band]} ${report.bandLabel}${result.provisional ? ' (provisional)' : ''}`,
      headline: report.headline,
      meaning: report.meaning,
    },
    { kind: 'heading', text: 'Summary' },
    { kind: 'paragraph', text: result.summary },
    {
      kind: 'paragraph',
      text: `Condition fit ${result.fitScore}/100; obstacle risk ${result.riskScore}/100. The radar compares the six conditions with ${comparedWith}; the bars order the obstacles by severity.`,
    },
    { kind: 'charts' },
    {
      kind: 'heading',
      text: report.architecture.kind === 'fits' ? 'The design that fits' : 'What would serve better',
    },
    { kind: 'paragraph', text: `${report.architecture.title}. ${report.architecture.summary}`, bold: false },
    { kind: 'paragraph', text: report.architecture.why },
    { kind: 'paragraph', text: `Core function: ${report.coreFunctionsText}` },
    { kind: 'heading', text: 'Reasons' },
    {
      kind: 'bullets',
      items: report.reasons.map(
        (r) => `${r.text} (Based on: ${r.answers.map((a) => `${a.shortName}: ${a.answer}`).join('; ')}.)`,
      ),
    },
    { kind: 'heading', text: 'Tensions' },
    {
      kind: 'bullets',
      items: result.tensions.map((t) => {
        const cited = citeAnswer(assessment.answers, t.tensionId);
        return `${cited.shortName}: ${cited.answer}${t.inConflict ? ' (in conflict with what a ledger can give)' : ''}.`;
      }),
    },
    { kind: 'heading', text: 'How certain this is' },
    {
      kind: 'paragraph',
      text: `${report.confidence.label}. ${report.confidence.meaning} ${Math.round(result.confidence.unknownShare * 100)}% of the questions needed are “Don’t know” or unanswered.`,
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
    { kind: 'heading', text: 'What would change the verdict' },
    {
      kind: 'bullets',
      items: [
        ...suggestions.better.map((s) => `Up to ${s.bandLabel.toLowerCase()}: ${s.text}`),
        ...suggestions.worse.map((s) => `Down to ${s.bandLabel.toLowerCase()}: ${s.text}`),
      ].concat(
        suggestions.better.length + suggestions.worse.length === 0
          ? ['No small set of answer changes moves the verdict.']
          : [],
      ),
    },
    { kind: 'heading', text: 'Every answer' },
    ...questionnairePages.flatMap((page) =>
      page.questionIds.map((id) => {
        const a = assessment.answers[id];
        const cited = citeAnswer(assessment.answers, id);
        const note = a?.note?.trim();
        return {
          kind: 'answer' as const,
          question: findQuestion(id)?.shortName ?? id,
          answer: cited.answer,
          ...(note ? { note } : {}),
        };
      }),
    ),
    { kind: 'heading', text: 'Method' },
    {
      kind: 'paragraph',
      text: `The verdict (${verdictBands.map((b) => b.label.toLowerCase()).join(', ')}) is the worse of the band the two scores earn and every gate that applies, following the conditions, obstacles and tensions of ${seedReference.talk} See also ${seedReference.paper} A score never settles the question: the trade-offs need people to resolve them.`,
    },
  ];
  return { title, provisional: result.provisional, blocks };
}

/** `<proposal-title-slug>-ledger-fit-<yyyy-mm-dd>.pdf` */
export function pdfFileName(title: string, date: Date): string {
  return ledgerFitFileName(title, date, 'pdf', 'proposal');
}
