import { type ArchitectureId, architectures } from '@/framework/alternatives';
import { outcomeLabels } from '@/framework/examples/real-case';
import { realCases } from '@/framework/examples/real-cases';
import type { OutcomeClass, WorkedExample } from '@/framework/examples/worked-example';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import type { Answers } from '@/schema/assessment-schema';
import { exampleToAssessment } from '@/schema/example-assessment';
import {
  type BalancedAccuracy,
  balancedAccuracy,
  type Interval,
  type ScoredCase,
  wilsonInterval,
} from './backtest-stats';
import { buildReport } from './build-report';
import { type WustGervaisLeaf, wustGervais } from './wust-gervais';

export type Stance = 'backs' | 'warns' | 'cannotSay';
export type Result = 'production' | 'failed' | 'unknown';
/** For the architecture measure: did a ledger design run (or follow), or a design without a ledger? */
export type DesignClass = 'ledger' | 'noLedger';

const ledgerDesigns: readonly ArchitectureId[] = ['permissionedLedger', 'hashAnchoring'];
export const designClassOf = (id: ArchitectureId): DesignClass =>
  ledgerDesigns.includes(id) ? 'ledger' : 'noLedger';

export interface BacktestRow {
  readonly id: string;
  readonly title: string;
  /** One of the twelve cases of shared/cases.md (the rest were researched for issue #23). */
  readonly original: boolean;
  readonly band: ShownVerdictId;
  readonly bandLabel: string;
  readonly stance: Stance;
  /** The design the method names (fits or serves better); undefined when it gives no band. */
  readonly methodDesign: ArchitectureId | undefined;
  /** "fits: …" or "serves better: …", or '' when no band is given. */
  readonly design: string;
  readonly outcome: OutcomeClass;
  readonly outcomeLabel: string;
  readonly what: string;
  readonly date: string;
  readonly sources: readonly string[];
  readonly result: Result;
  /** The design that ran or followed, where documented. */
  readonly ranAs: { readonly architecture: ArchitectureId; readonly what: string } | undefined;
  readonly wustGervais: WustGervaisLeaf;
  /** Measure (a) counts it: the method gives a band and the outcome is known. */
  readonly counted: boolean;
  readonly agrees: boolean;
  /** Measure (b) counts it: the method names a design and what ran (or followed) is documented. */
  readonly designCounted: boolean;
  readonly designAgrees: boolean;
}

export const stanceOf = (band: ShownVerdictId): Stance =>
  band === 'undetermined'
    ? 'cannotSay'
    : band === 'strongFit' || band === 'conditionalFit'
      ? 'backs'
      : 'warns';
export const resultOf = (outcome: OutcomeClass): Result =>
  outcome === 'production' ? 'production' : outcome === 'unknown' ? 'unknown' : 'failed';
/** Measure (a)'s rule: backing a ledger that went into production, or warning against one that did not. */
export const fitHit = (stance: Stance, result: Result): boolean =>
  (stance === 'backs' && result === 'production') || (stance === 'warns' && result === 'failed');

/** The report names a design by its title (one table of designs, so the title identifies it). */
function architectureIdOf(title: string): ArchitectureId {
  const found = (Object.keys(architectures) as ArchitectureId[]).find(
    (id) => architectures[id].title === title,
  );
  if (!found) throw new Error(`No design is titled "${title}"`);
  return found;
}

const firstTwelve = new Set(realCases.slice(0, 12).map((c) => c.id));

export function backtestRow(c: WorkedExample): BacktestRow {
  const assessment = exampleToAssessment(c);
  const report = buildReport(assessment);
  const outcome = c.outcome?.class ?? 'unknown';
  const stance = stanceOf(report.band);
  const result = resultOf(outcome);
  const counted = stance !== 'cannotSay' && result !== 'unknown';
  const methodDesign =
    report.band === 'undetermined' ? undefined : architectureIdOf(report.architecture.title);
  const ranAs = c.outcome?.design;
  const designCounted = methodDesign !== undefined && ranAs !== undefined;
  return {
    id: c.id,
    title: c.title.replace(' (real case)', ''),
    original: firstTwelve.has(c.id),
    band: report.band,
    bandLabel: report.bandLabel,
    stance,
    methodDesign,
    design:
      methodDesign === undefined
        ? ''
        : `${report.architecture.kind === 'fits' ? 'fits' : 'serves better'}: ${report.architecture.title}`,
    outcome,
    outcomeLabel: outcomeLabels[outcome],
    what: c.outcome?.what ?? '',
    date: c.outcome?.date ?? '',
    sources: c.outcome?.sources ?? [],
    result,
    ranAs: ranAs && { architecture: ranAs.architecture, what: ranAs.what },
    wustGervais: wustGervais(assessment.answers),
    counted,
    agrees: counted && fitHit(stance, result),
    designCounted,
    designAgrees: designCounted && methodDesign === ranAs.architecture,
  };
}

/** A rule scored on the cases a measure counts: its hits, the Wilson 95 % interval and balanced accuracy. */
export interface PredictorScore<C extends string> {
  readonly id: PredictorId;
  readonly label: string;
  readonly hits: number;
  readonly n: number;
  readonly interval: Interval;
  readonly balanced: BalancedAccuracy<C>;
}

export type PredictorId = 'method' | 'alwaysWarn' | 'alwaysBack' | 'wustGervais';
export const predictorLabels: Record<PredictorId, string> = {
  method: 'The method (Ledger Fit)',
  alwaysWarn: 'Always warn against a ledger',
  alwaysBack: 'Always back a ledger',
  wustGervais: 'Wüst–Gervais gates on the same answers',
};
const predictorIds: readonly PredictorId[] = ['method', 'alwaysWarn', 'alwaysBack', 'wustGervais'];

function score<C extends string>(
  id: PredictorId,
  cases: readonly ScoredCase<C>[],
  classes: readonly C[],
): PredictorScore<C> {
  const hits = cases.filter((c) => c.hit).length;
  return {
    id,
    label: predictorLabels[id],
    hits,
    n: cases.length,
    interval: wilsonInterval(hits, cases.length),
    balanced: balancedAccuracy(cases, classes),
  };
}

export const fitClasses: readonly Exclude<Result, 'unknown'>[] = ['production', 'failed'];
export const designClasses: readonly DesignClass[] = ['ledger', 'noLedger'];

/** Measure (a) for every rule, on exactly the cases the method counts (so every rule has the same n). */
export function fitScores(rows: readonly BacktestRow[]): PredictorScore<Exclude<Result, 'unknown'>>[] {
  const counted = rows.filter((r) => r.counted);
  const stanceBy: Record<PredictorId, (r: BacktestRow) => Stance> = {
    method: (r) => r.stance,
    alwaysWarn: () => 'warns',
    alwaysBack: () => 'backs',
    wustGervais: (r) => (r.wustGervais.backsLedger ? 'backs' : 'warns'),
  };
  return predictorIds.map((id) =>
    score(
      id,
      counted.map((r) => ({
        outcomeClass: r.result as Exclude<Result, 'unknown'>,
        hit: fitHit(stanceBy[id](r), r.result),
      })),
      fitClasses,
    ),
  );
}

/**
 * Measure (b) for every rule, on the cases where the method names a design and what ran is documented. "Always
 * warn" names the method's default alternative (an ordinary shared database), "always back" a permissioned
 * ledger; Wüst–Gervais name the design of their leaf (a permissionless chain matches none of the seven).
 */
export function designScores(rows: readonly BacktestRow[]): PredictorScore<DesignClass>[] {
  const counted = rows.filter((r) => r.designCounted);
  const designBy: Record<PredictorId, (r: BacktestRow) => ArchitectureId | 'permissionless' | undefined> = {
    method: (r) => r.methodDesign,
    alwaysWarn: () => 'sharedDatabase',
    alwaysBack: () => 'permissionedLedger',
    wustGervais: (r) => r.wustGervais.design,
  };
  return predictorIds.map((id) =>
    score(
      id,
      counted.map((r) => {
        const ran = (r.ranAs as NonNullable<BacktestRow['ranAs']>).architecture;
        return { outcomeClass: designClassOf(ran), hit: designBy[id](r) === ran };
      }),
      designClasses,
    ),
  );
}

export interface Backtest {
  readonly rows: BacktestRow[];
  readonly fit: PredictorScore<Exclude<Result, 'unknown'>>[];
  readonly design: PredictorScore<DesignClass>[];
  /** The method's measure (a) on the original twelve alone (for the before/after). */
  readonly fitOriginal: PredictorScore<Exclude<Result, 'unknown'>>[];
}

/** The method applied to every real case, beside what happened. Pure: the page and docs/backtest.md render it. */
export function backtest(cases: readonly WorkedExample[] = realCases): Backtest {
  const rows = cases.map(backtestRow);
  return {
    rows,
    fit: fitScores(rows),
    design: designScores(rows),
    fitOriginal: fitScores(rows.filter((r) => r.original)),
  };
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

export function answersOf(c: WorkedExample): Answers {
  return exampleToAssessment(c).answers;
}

export const designTitle = (id: ArchitectureId | 'permissionless' | undefined): string =>
  id === undefined ? '—' : id === 'permissionless' ? 'A permissionless blockchain' : architectures[id].title;

/** Which measures a case misses on, for the commentary: "(a)", "(b)" or "(a) and (b)"; '' for none. */
export function missedMeasures(r: BacktestRow): string {
  const a = r.counted && !r.agrees;
  const b = r.designCounted && !r.designAgrees;
  return a && b ? '(a) and (b)' : a ? '(a)' : b ? '(b)' : '';
}
