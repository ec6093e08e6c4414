import {
  type Backtest,
  backtest,
  confusion,
  designClasses,
  designTitle,
  fitClasses,
  missedMeasures,
  type PredictorScore,
  type Result,
  type Stance,
} from './backtest';
import { type Kappa, percent } from './backtest-stats';
import {
  backtestLimits,
  backtestRules,
  designClassLabels,
  measureSummaries,
  missNotes,
  resultLabels,
  stanceLabels,
} from './backtest-text';
import { type EncodingAgreement, encodingAgreement } from './encoding-agreement';

/** The headline before issue #23 (docs/backtest.md as it stood; the fact-check §4.1 computed its baseline). */
export const headlineBefore = {
  agreed: 6,
  counted: 9,
  alwaysWarn: 7,
  cases: 12,
  source: 'docs/backtest.md before issue #23; shared/factcheck-2026-12.md §4.1',
} as const;

export const share = (s: PredictorScore<string>): string =>
  s.n === 0 ? '—' : `${s.hits} of ${s.n} (${percent(s.hits / s.n)})`;
export const interval = (s: PredictorScore<string>): string =>
  s.n === 0 ? '—' : `${percent(s.interval.low)}–${percent(s.interval.high)}`;
export const balanced = (s: PredictorScore<string>): string =>
  s.balanced.value === undefined ? '—' : percent(s.balanced.value);
export const classRecall = (s: PredictorScore<string>, cls: string): string => {
  const c = s.balanced.perClass.find((x) => x.outcomeClass === cls);
  return !c || c.n === 0 ? '—' : `${c.hits} of ${c.n}`;
};
export const kappaText = (k: Kappa): string =>
  k.n === 0 ? '—' : k.kappa === undefined ? 'undefined (one category only)' : k.kappa.toFixed(2);

/** Whether the method beats a baseline on a measure, said plainly from the counts and balanced accuracy. */
export function comparedWith(
  scores: readonly PredictorScore<string>[],
  baseline: 'alwaysWarn' | 'alwaysBack',
): string {
  const method = scores.find((s) => s.id === 'method');
  const other = scores.find((s) => s.id === baseline);
  if (!method || !other || method.n === 0) return 'No case is counted, so there is nothing to compare.';
  const name = other.label.toLowerCase();
  const count =
    method.hits > other.hits
      ? `The method gets more right than “${name}” (${method.hits} against ${other.hits} of ${method.n})`
      : method.hits === other.hits
        ? `The method gets no more right than “${name}” (${method.hits} each of ${method.n})`
        : `The method gets fewer right than “${name}” (${method.hits} against ${other.hits} of ${method.n})`;
  const mb = method.balanced.value ?? 0;
  const ob = other.balanced.value ?? 0;
  const ba =
    mb > ob
      ? `its balanced accuracy is higher (${percent(mb)} against ${percent(ob)})`
      : mb === ob
        ? `its balanced accuracy is the same (${percent(mb)})`
        : `its balanced accuracy is lower (${percent(mb)} against ${percent(ob)})`;
  const overlap =
    method.interval.low <= other.interval.high && other.interval.low <= method.interval.high
      ? 'and the intervals overlap: these cases cannot tell the two apart.'
      : 'and the intervals do not overlap.';
  return `${count}; ${ba}; ${overlap}`;
}

function scoreTable(
  scores: readonly PredictorScore<string>[],
  classes: readonly string[],
  classLabel: (c: string) => string,
): string[] {
  return [
    `| Rule | Right | Wilson 95 % | Balanced accuracy | ${classes.map((c) => `Right when: ${classLabel(c)}`).join(' | ')} |`,
    `| --- | --- | --- | --- | ${classes.map(() => '---').join(' | ')} |`,
    ...scores.map(
      (s) =>
        `| ${s.label} | ${share(s)} | ${interval(s)} | ${balanced(s)} | ${classes.map((c) => classRecall(s, c)).join(' | ')} |`,
    ),
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function encodingSection(agreement: EncodingAgreement): string[] {
  const firstMethod = agreement.fitFirst.find((s) => s.id === 'method');
  const secondMethod = agreement.fitSecond.find((s) => s.id === 'method');
  const sameBand = agreement.comparisons.filter((c) => c.firstBand === c.secondBand).length;
  return [
    '## Encoding reliability: a second, independent encoding',
    '',
    `Another reader encoded the original ${agreement.cases} cases from the public record without seeing these answers (src/framework/examples/second-encoding.json, written ${agreement.writtenAt.slice(0, 16).replace('T', ' ')} UTC). Agreement is Cohen’s kappa over the ${agreement.cases} cases for each question; “Don’t know” counts as an answer. Kappa near 0 means no better than chance; 1 means identical. With ${agreement.cases} cases each kappa is itself very uncertain.`,
    '',
    `- All answers pooled: agreement ${percent(agreement.pooled.observed)}, kappa ${kappaText(agreement.pooled)} (${agreement.pooled.n} answer pairs). Where both gave an answer other than “Don’t know”: agreement ${percent(agreement.pooledBothAnswered.observed)}, kappa ${kappaText(agreement.pooledBothAnswered)} (${agreement.pooledBothAnswered.n} pairs).`,
    `- The band the method gives: the same in ${sameBand} of ${agreement.cases} cases, kappa ${kappaText(agreement.bands)}.`,
    `- Measure (a) on these cases: ${firstMethod ? share(firstMethod) : '—'} from the first encoding, ${secondMethod ? share(secondMethod) : '—'} from the second (same outcomes).`,
    '',
    '| Question | Cases | Agreement | Kappa | Both answered | Agreement there | Kappa there |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...agreement.perQuestion.map(
      (q) =>
        `| ${q.shortName} | ${q.n} | ${percent(q.observed)} | ${kappaText(q)} | ${q.bothAnswered.n} | ${q.bothAnswered.n ? percent(q.bothAnswered.observed) : '—'} | ${kappaText(q.bothAnswered)} |`,
    ),
    '',
    '### The band from each encoding',
    '',
    '| Case | First encoding | Second encoding |',
    '| --- | --- | --- |',
    ...agreement.comparisons.map((c) => `| ${c.title} | ${c.firstBandLabel} | ${c.secondBandLabel} |`),
    '',
    `### Every disagreement (${agreement.disagreements.length})`,
    '',
    '| Case | Question | First | Second | The second encoder’s reason |',
    '| --- | --- | --- | --- | --- |',
    ...agreement.disagreements.map(
      (d) => `| ${d.caseTitle} | ${d.shortName} | ${d.first} | ${d.second} | ${cell(d.secondRationale)} |`,
    ),
    '',
  ];
}

/** The backtest as Markdown for docs/backtest.md (written by `npm run generate`, kept in step by a test). */
export function backtestMarkdown(
  result: Backtest = backtest(),
  agreement: EncodingAgreement = encodingAgreement(),
): string {
  const { rows, fit, design, fitOriginal } = result;
  const table = confusion(rows);
  const results: Result[] = ['production', 'failed', 'unknown'];
  const fitN = fit[0]?.n ?? 0;
  const designN = design[0]?.n ?? 0;
  const originalMethod = fitOriginal.find((s) => s.id === 'method');
  const originalWarn = fitOriginal.find((s) => s.id === 'alwaysWarn');
  const misses = rows.filter((r) => (r.counted && !r.agrees) || (r.designCounted && !r.designAgrees));
  const lines = [
    `# Backtest: the method against ${rows.length} real projects`,
    '',
    'Generated from `src/framework/examples/real-cases.ts`, `real-cases-researched.ts` and the engine by `npm run generate`; the app’s backtest page shows the same figures.',
    '',
    '## The figures, with the baselines',
    '',
    `### Measure (a): fit against outcome (${fitN} cases counted)`,
    '',
    measureSummaries.fit,
    '',
    ...scoreTable(fit, fitClasses, (c) => resultLabels[c as Result].toLowerCase()),
    '',
    `Against “always warn”: ${comparedWith(fit, 'alwaysWarn')}`,
    '',
    `Against “always back”: ${comparedWith(fit, 'alwaysBack')}`,
    '',
    `### Measure (b): architecture (${designN} cases counted)`,
    '',
    measureSummaries.design,
    '',
    ...scoreTable(design, designClasses, (c) => designClassLabels[c as 'ledger' | 'noLedger'].toLowerCase()),
    '',
    `Against “always warn”: ${comparedWith(design, 'alwaysWarn')}`,
    '',
    '### Before and after issue #23',
    '',
    `- Before: the method agreed in ${headlineBefore.agreed} of ${headlineBefore.counted} (${headlineBefore.cases} cases), shown without a baseline; “always warn” would have scored ${headlineBefore.alwaysWarn} of ${headlineBefore.counted} (${headlineBefore.source}).`,
    `- The original twelve, outcomes and answers corrected: the method ${originalMethod ? share(originalMethod) : '—'}; “always warn” ${originalWarn ? share(originalWarn) : '—'}.`,
    `- All ${rows.length} cases: the method ${fit[0] ? share(fit[0]) : '—'}; “always warn” ${fit[1] ? share(fit[1]) : '—'}.`,
    '',
    '## How the backtest counts',
    '',
    'The rules, applied to every case alike; the code in src/report/backtest.ts follows them.',
    '',
    ...backtestRules.flatMap((r) => [`### ${r.heading}`, '', ...r.paragraphs.flatMap((p) => [p, '']), '']),
    '## Every case',
    '',
    '| Case | Verdict | Design the method names | What happened | Outcome | (a) | What ran or followed | (b) | Wüst–Gervais |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.title}${r.original ? '' : ' †'} | ${r.bandLabel} | ${r.design || '—'} | ${cell(r.what)} (${r.date}; ${cell(r.sources.join('; '))}) | ${r.outcomeLabel} | ${r.counted ? (r.agrees ? 'agrees' : '**miss**') : 'not counted'} | ${r.ranAs ? `${designTitle(r.ranAs.architecture)}: ${cell(r.ranAs.what)}` : '—'} | ${r.designCounted ? (r.designAgrees ? 'agrees' : '**miss**') : 'not counted'} | ${r.wustGervais.backsLedger ? 'backs' : 'warns'} (${r.wustGervais.gate}) |`,
    ),
    '',
    '† researched for issue #23: answers committed before the outcome was looked up.',
    '',
    '## The method’s stance against the outcome (number of cases)',
    '',
    `| | ${results.map((r) => resultLabels[r]).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    ...(Object.keys(table) as Stance[]).map(
      (s) => `| ${stanceLabels[s]} | ${results.map((r) => table[s][r]).join(' | ')} |`,
    ),
    '',
    '## Commentary on the misses (it does not change the count)',
    '',
    ...misses.map(
      (r) =>
        `- **${r.title}**, a miss on ${missedMeasures(r)} (${r.bandLabel}; ${r.outcomeLabel.toLowerCase()}${r.designCounted && !r.designAgrees ? `; ran as ${designTitle(r.ranAs?.architecture).toLowerCase()}` : ''}): ${missNotes[r.id] ?? 'No commentary: the miss stands as counted.'}`,
    ),
    '',
    ...encodingSection(agreement),
    '## What this does not claim',
    '',
    ...backtestLimits.map((l) => `- ${l}`),
    '',
  ];
  return lines.join('\n');
}
