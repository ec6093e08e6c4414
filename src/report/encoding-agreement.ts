import { realCases } from '@/framework/examples/real-cases';
import secondEncodingFile from '@/framework/examples/second-encoding.json';
import type { WorkedExample } from '@/framework/examples/worked-example';
import type { AnswerValue } from '@/framework/question';
import { allQuestions, type QuestionId } from '@/framework/questions';
import { dontKnow } from '@/framework/scales';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import { type BacktestRow, backtestRow, fitScores, type PredictorScore, type Result } from './backtest';
import { cohenKappa, type Kappa } from './backtest-stats';

/**
 * Encoding reliability: a second, independent encoding of the original twelve cases (written by another reader
 * of the public record who saw neither these answers nor the outcomes' classes; kept verbatim in
 * src/framework/examples/second-encoding.json), compared question by question with Cohen's kappa.
 */

interface SecondAnswer {
  readonly value: AnswerValue;
  readonly rationale: string;
  readonly source: string;
}
interface SecondCase {
  readonly name: string;
  readonly answers: Readonly<Record<string, SecondAnswer>>;
}
export interface SecondEncoding {
  readonly encoder: string;
  readonly writtenAt: string;
  readonly method: string;
  readonly done: boolean;
  readonly cases: readonly SecondCase[];
}

/** The second encoder named cases in words; this pairs each name (by its opening) with the case's id. */
const caseIdByName: readonly (readonly [string, string])[] = [
  ['Estonia e-Health', 'case-estonia-ksi'],
  ['MediLedger DSCSA', 'case-mediledger-dscsa'],
  ['MediLedger Contracts', 'case-mediledger-contracts'],
  ['IBM, KPMG', 'case-ibm-dscsa'],
  ['MedRec', 'case-medrec'],
  ['ProCredEx', 'case-procredex'],
  ['Illinois Blockchain', 'case-illinois-licences'],
  ['Patientory', 'case-patientory'],
  ['Nebula Genomics', 'case-nebula-genomics'],
  ['Solve.Care', 'case-solve-care'],
  ['Gem Health', 'case-gem-health'],
  ['Avaneer Health', 'case-avaneer'],
];

/** Checks the file's shape; a problem names the case and question, and nothing is scored from a bad file. */
export function parseSecondEncoding(
  data: unknown,
): { ok: true; data: SecondEncoding } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const file = data as Partial<SecondEncoding> | null;
  if (!file || typeof file !== 'object' || !Array.isArray(file.cases))
    return { ok: false, problems: ['The file has no list of cases.'] };
  if (file.done !== true) problems.push('The file does not say "done": true.');
  for (const c of file.cases) {
    if (!caseIdByName.some(([prefix]) => c.name?.startsWith(prefix)))
      problems.push(`No case matches the name "${c.name}".`);
    for (const q of allQuestions) {
      const value = c.answers?.[q.id]?.value;
      const allowed = [dontKnow, ...q.options.map((o) => o.value)] as AnswerValue[];
      if (!allowed.includes(value as AnswerValue))
        problems.push(`${c.name}: ${q.id} is ${JSON.stringify(value)}, not on the question’s scale.`);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, data: file as SecondEncoding };
}

const parsed = parseSecondEncoding(secondEncodingFile);
if (!parsed.ok) throw new Error(`second-encoding.json: ${parsed.problems.join(' ')}`);
export const secondEncoding: SecondEncoding = parsed.data;

function caseIdOf(name: string): string {
  const found = caseIdByName.find(([prefix]) => name.startsWith(prefix));
  if (!found) throw new Error(`No case matches "${name}"`);
  return found[1];
}

/** The second encoding of a case as a worked example, with the first's outcome (outcomes are not encoded). */
export function asSecondExample(c: SecondCase, first: WorkedExample): WorkedExample {
  return {
    ...first,
    answers: Object.fromEntries(
      allQuestions.map((q) => {
        const a = c.answers[q.id] as SecondAnswer;
        return [q.id, { value: a.value, rationale: a.rationale, source: { document: a.source } }];
      }),
    ),
  };
}

export interface QuestionAgreement extends Kappa {
  readonly questionId: QuestionId;
  readonly shortName: string;
  /** The same, on the cases where both encoders gave an answer other than "Don't know". */
  readonly bothAnswered: Kappa;
}

export interface Disagreement {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly questionId: QuestionId;
  readonly shortName: string;
  readonly first: string;
  readonly second: string;
  readonly secondRationale: string;
}

export interface CaseComparison {
  readonly caseId: string;
  readonly title: string;
  readonly firstBand: ShownVerdictId;
  readonly firstBandLabel: string;
  readonly secondBand: ShownVerdictId;
  readonly secondBandLabel: string;
  readonly firstRow: BacktestRow;
  readonly secondRow: BacktestRow;
}

export interface EncodingAgreement {
  readonly writtenAt: string;
  readonly cases: number;
  readonly perQuestion: readonly QuestionAgreement[];
  /** Every answer of every shared case pooled (a "Don't know" is a category like any other). */
  readonly pooled: Kappa;
  /** Pooled over the pairs where both encoders gave an answer other than "Don't know". */
  readonly pooledBothAnswered: Kappa;
  readonly bands: Kappa;
  readonly disagreements: readonly Disagreement[];
  readonly comparisons: readonly CaseComparison[];
  /** Measure (a) on these cases from each encoding's answers (same outcomes). */
  readonly fitFirst: PredictorScore<Exclude<Result, 'unknown'>>[];
  readonly fitSecond: PredictorScore<Exclude<Result, 'unknown'>>[];
}

const show = (v: AnswerValue | undefined): string =>
  v === undefined || v === dontKnow ? 'Don’t know' : String(v);

export function encodingAgreement(
  encoding: SecondEncoding = secondEncoding,
  cases: readonly WorkedExample[] = realCases,
): EncodingAgreement {
  const shared = encoding.cases.map((c) => {
    const first = cases.find((x) => x.id === caseIdOf(c.name));
    if (!first) throw new Error(`No real case ${caseIdOf(c.name)}`);
    return { second: c, first };
  });
  const answerText = (v: AnswerValue | undefined) => String(v ?? dontKnow);
  const perQuestion = allQuestions.map((q) => {
    const pairs = shared.map(
      ({ first, second }) =>
        [answerText(first.answers[q.id]?.value), answerText(second.answers[q.id]?.value)] as const,
    );
    return {
      questionId: q.id,
      shortName: q.shortName,
      ...cohenKappa(pairs),
      bothAnswered: cohenKappa(pairs.filter(([a, b]) => a !== dontKnow && b !== dontKnow)),
    };
  });
  const pooledPairs = shared.flatMap(({ first, second }) =>
    allQuestions.map(
      (q) => [answerText(first.answers[q.id]?.value), answerText(second.answers[q.id]?.value)] as const,
    ),
  );
  const pooled = cohenKappa(pooledPairs);
  const disagreements = shared.flatMap(({ first, second }) =>
    allQuestions
      .filter((q) => answerText(first.answers[q.id]?.value) !== answerText(second.answers[q.id]?.value))
      .map((q) => ({
        caseId: first.id,
        caseTitle: first.title.replace(' (real case)', ''),
        questionId: q.id,
        shortName: q.shortName,
        first: show(first.answers[q.id]?.value),
        second: show(second.answers[q.id]?.value),
        secondRationale: second.answers[q.id]?.rationale ?? '',
      })),
  );
  const comparisons = shared.map(({ first, second }) => {
    const firstRow = backtestRow(first);
    const secondRow = backtestRow(asSecondExample(second, first));
    return {
      caseId: first.id,
      title: firstRow.title,
      firstBand: firstRow.band,
      firstBandLabel: firstRow.bandLabel,
      secondBand: secondRow.band,
      secondBandLabel: secondRow.bandLabel,
      firstRow,
      secondRow,
    };
  });
  return {
    writtenAt: encoding.writtenAt,
    cases: shared.length,
    perQuestion,
    pooled,
    pooledBothAnswered: cohenKappa(pooledPairs.filter(([a, b]) => a !== dontKnow && b !== dontKnow)),
    bands: cohenKappa(comparisons.map((c) => [c.firstBand, c.secondBand])),
    disagreements,
    comparisons,
    fitFirst: fitScores(comparisons.map((c) => c.firstRow)),
    fitSecond: fitScores(comparisons.map((c) => c.secondRow)),
  };
}
