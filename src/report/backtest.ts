import { outcomeLabels } from '@/framework/examples/real-case';
import { realCases } from '@/framework/examples/real-cases';
import type { OutcomeClass, WorkedExample } from '@/framework/examples/worked-example';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { exampleToAssessment } from '@/schema/example-assessment';
import { buildReport } from './build-report';

export type Stance = 'backs' | 'warns' | 'cannotSay';
export type Result = 'production' | 'failed' | 'unknown';

export interface BacktestRow {
  readonly id: string;
  readonly title: string;
  readonly band: ShownVerdictId;
  readonly bandLabel: string;
  /** The design that fits or the alternative named, or '' when no band is given. */
  readonly design: string;
  readonly stance: Stance;
  readonly outcome: OutcomeClass;
  readonly outcomeLabel: string;
  readonly what: string;
  readonly date: string;
  readonly result: Result;
  /** Counted in the agreement figure: a band was given and the outcome is known. */
  readonly counted: boolean;
  readonly agrees: boolean;
}

const stanceOf = (band: ShownVerdictId): Stance =>
  band === 'undetermined'
    ? 'cannotSay'
    : band === 'strongFit' || band === 'conditionalFit'
      ? 'backs'
      : 'warns';
const resultOf = (outcome: OutcomeClass): Result =>
  outcome === 'production' ? 'production' : outcome === 'unknown' ? 'unknown' : 'failed';

function rowFor(c: WorkedExample): BacktestRow {
  const report = buildReport(exampleToAssessment(c));
  const outcome = c.outcome?.class ?? 'unknown';
  const stance = stanceOf(report.band);
  const result = resultOf(outcome);
  const counted = stance !== 'cannotSay' && result !== 'unknown';
  return {
    id: c.id,
    title: c.title.replace(' (real case)', ''),
    band: report.band,
    bandLabel: report.bandLabel,
    design:
      report.band === 'undetermined'
        ? ''
        : `${report.architecture.kind === 'fits' ? 'fits' : 'serves better'}: ${report.architecture.title}`,
    stance,
    outcome,
    outcomeLabel: outcomeLabels[outcome],
    what: c.outcome?.what ?? '',
    date: c.outcome?.date ?? '',
    result,
    counted,
    agrees:
      counted &&
      ((stance === 'backs' && result === 'production') || (stance === 'warns' && result === 'failed')),
  };
}

/** The method applied to every real case, beside what happened. Pure: the page and docs/backtest.md render it. */
export function backtest(): { rows: BacktestRow[]; agreed: number; counted: number } {
  const rows = realCases.map(rowFor);
  return { rows, agreed: rows.filter((r) => r.agrees).length, counted: rows.filter((r) => r.counted).length };
}

/** Counts for the confusion table: the method's stance (rows) against the outcome (columns). */
export function confusion(rows: readonly BacktestRow[]): Record<Stance, Record<Result, number>> {
  const empty = () => ({ production: 0, failed: 0, unknown: 0 });
  const table: Record<Stance, Record<Result, number>> = {
    backs: empty(),
    warns: empty(),
    cannotSay: empty(),
  };
  for (const r of rows) table[r.stance][r.result]++;
  return table;
}

/** Why each miss happened, in words: from the outcome's own record, never a weight changed to hide it. */
export const missExplanations: Record<string, string> = {
  'case-estonia-ksi':
    'Counted as a miss, though what succeeded is what the method names: one operator signing hashes into an append-only, Merkle-linked calendar. The method says no ledger network is needed; critics dispute that KSI is a blockchain at all.',
  'case-mediledger-dscsa':
    'The method backs hash anchoring here, conditionally (adoption and governance rated high). The pilot did what it set out to do and ended; the network went on to a different product (Contracts & Chargebacks). Fit is not the only thing that decides whether a pilot scales.',
  'case-ibm-dscsa':
    'A conditional fit with adoption and governance high: the report praised the pilot, but no production network followed. A one-vendor network among competitors is exactly the governance gap the conditional verdict names.',
  'case-patientory':
    'The method says a trusted registry run by the company would do; the company kept its own permissioned ledger and launched an app on it in 2023.',
  'case-nhs-vaccine-fridges':
    'The method says one writer needs only a database with an audit log; the supplier anchored its readings in a public ledger service and the hospitals used it.',
};

export const backtestLimits = [
  'Twelve cases are an illustration, not a validation: no hit rate from them generalises.',
  'Outcomes are decided by more than fit: funding, regulatory deadlines, rival standards and markets.',
  'Answers come from public records written by the projects and the press; what was not documented is “Don’t know”, so several cases cannot be scored at all.',
  'Cases whose outcome is unknown are shown but not counted.',
];

export function answersOf(c: WorkedExample): Answers {
  return exampleToAssessment(c).answers;
}

const stanceLabels: Record<Stance, string> = {
  backs: 'Backs a ledger (strong or conditional fit)',
  warns: 'Warns against it (weak fit or not a fit)',
  cannotSay: 'Not enough answers in the public record',
};
const resultLabels: Record<Result, string> = {
  production: 'In production',
  failed: 'Ended, dormant or pivoted',
  unknown: 'Outcome unknown',
};
export const backtestLabels = { stance: stanceLabels, result: resultLabels };

/** The backtest as Markdown for docs/backtest.md (written by `npm run generate`, kept in step by a test). */
export function backtestMarkdown(): string {
  const { rows, agreed, counted } = backtest();
  const table = confusion(rows);
  const results: Result[] = ['production', 'failed', 'unknown'];
  const lines = [
    '# Backtest: the method against twelve real projects',
    '',
    'Generated from `src/framework/examples/real-cases.ts` and the engine by `npm run generate`; the app’s backtest page shows the same table.',
    '',
    `The method agrees with the outcome in **${agreed} of ${counted}** cases where it gives a band and the outcome is known (backs a ledger and it is in production, or warns and it ended, went dormant or pivoted).`,
    '',
    '| Case | Verdict | Design | What happened | Outcome | Counted | Agrees |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.title} | ${r.bandLabel} | ${r.design || '—'} | ${r.what} (${r.date}) | ${r.outcomeLabel} | ${r.counted ? 'yes' : 'no'} | ${r.counted ? (r.agrees ? 'yes' : '**no**') : '—'} |`,
    ),
    '',
    '## The method’s stance against the outcome',
    '',
    `| | ${results.map((r) => resultLabels[r]).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    ...(Object.keys(table) as Stance[]).map(
      (s) => `| ${stanceLabels[s]} | ${results.map((r) => table[s][r]).join(' | ')} |`,
    ),
    '',
    '## The misses, in words',
    '',
    ...rows
      .filter((r) => r.counted && !r.agrees)
      .map(
        (r) =>
          `- **${r.title}** (${r.bandLabel}, ${r.outcomeLabel.toLowerCase()}): ${missExplanations[r.id] ?? 'Not yet explained.'}`,
      ),
    '',
    '## What this does not claim',
    '',
    ...backtestLimits.map((l) => `- ${l}`),
    '',
  ];
  return `${lines.join('\n')}`;
}
