import { describe, expect, it } from 'vitest';
import { architectures } from '../../src/framework/alternatives';
import { realCases } from '../../src/framework/examples/real-cases';
import {
  answersOf,
  type BacktestRow,
  backtest,
  backtestRow,
  confusion,
  designClassOf,
  designScores,
  designTitle,
  fitHit,
  fitScores,
  missedMeasures,
  predictorLabels,
  resultOf,
  stanceOf,
} from '../../src/report/backtest';
import { wilsonInterval } from '../../src/report/backtest-stats';
import { buildReport } from '../../src/report/build-report';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** The backtest's counting, DOM-free: each rule's hits on made-up rows whose right answers are known. */
const row = (r: Partial<BacktestRow>): BacktestRow =>
  ({
    stance: 'backs',
    result: 'production',
    counted: true,
    agrees: true,
    designCounted: false,
    designAgrees: false,
    methodDesign: undefined,
    ranAs: undefined,
    wustGervais: { backsLedger: true, design: 'permissionedLedger', gate: '' },
    ...r,
  }) as BacktestRow;

describe('the counting rules, one by one', () => {
  it('stance, result, hit and design class', () => {
    expect(stanceOf('strongFit')).toBe('backs');
    expect(stanceOf('conditionalFit')).toBe('backs');
    expect(stanceOf('weakFit')).toBe('warns');
    expect(stanceOf('notAFit')).toBe('warns');
    expect(stanceOf('undetermined')).toBe('cannotSay');
    expect(resultOf('production')).toBe('production');
    expect(resultOf('unknown')).toBe('unknown');
    expect(resultOf('pivot')).toBe('failed');
    expect(fitHit('cannotSay', 'failed')).toBe(false);
    expect(fitHit('warns', 'unknown')).toBe(false);
    expect(designClassOf('permissionedLedger')).toBe('ledger');
    expect(designClassOf('hashAnchoring')).toBe('ledger');
    expect(designClassOf('sharedDatabase')).toBe('noLedger');
    expect(designTitle(undefined)).toBe('—');
    expect(designTitle('permissionless')).toBe('A permissionless blockchain');
    expect(designTitle('sharedDatabase')).toBe(architectures.sharedDatabase.title);
  });

  it('which measures a case misses on', () => {
    expect(
      missedMeasures(row({ counted: true, agrees: false, designCounted: true, designAgrees: false })),
    ).toBe('(a) and (b)');
    expect(missedMeasures(row({ counted: true, agrees: false }))).toBe('(a)');
    expect(
      missedMeasures(row({ counted: false, agrees: false, designCounted: true, designAgrees: false })),
    ).toBe('(b)');
    expect(
      missedMeasures(row({ counted: true, agrees: true, designCounted: true, designAgrees: true })),
    ).toBe('');
    expect(
      missedMeasures(row({ counted: false, agrees: false, designCounted: false, designAgrees: false })),
    ).toBe('');
  });

  it('the confusion table counts each case once, by stance and outcome', () => {
    const table = confusion([
      row({ stance: 'backs', result: 'production' }),
      row({ stance: 'backs', result: 'production' }),
      row({ stance: 'warns', result: 'failed' }),
      row({ stance: 'cannotSay', result: 'unknown' }),
    ]);
    expect(table).toEqual({
      backs: { production: 2, failed: 0, unknown: 0 },
      warns: { production: 0, failed: 1, unknown: 0 },
      cannotSay: { production: 0, failed: 0, unknown: 1 },
    });
  });
});

describe('each rule scored on the same counted cases', () => {
  const rows = [
    row({ stance: 'backs', result: 'production' }),
    row({
      stance: 'warns',
      result: 'failed',
      wustGervais: { backsLedger: false, design: 'sharedDatabase', gate: '' },
    }),
    row({ stance: 'backs', result: 'failed' }),
    row({
      stance: 'warns',
      result: 'failed',
      wustGervais: { backsLedger: false, design: 'ownDatabase', gate: '' },
    }),
    row({ stance: 'cannotSay', result: 'production', counted: false }),
  ];

  it('measure (a): hits, n, interval and balanced accuracy', () => {
    const [method, warn, back, wg] = fitScores(rows);
    expect(method).toMatchObject({ id: 'method', label: 'The method (Ledger Fit)', hits: 3, n: 4 });
    expect(method!.interval).toEqual(wilsonInterval(3, 4));
    // production 1 of 1, failed 2 of 3.
    expect(method!.balanced.value).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(warn).toMatchObject({ id: 'alwaysWarn', label: 'Always warn against a ledger', hits: 3, n: 4 });
    expect(back).toMatchObject({ id: 'alwaysBack', label: 'Always back a ledger', hits: 1, n: 4 });
    expect(wg).toMatchObject({
      id: 'wustGervais',
      label: 'Wüst–Gervais gates on the same answers',
      hits: 3,
      n: 4,
    });
    expect(warn!.balanced.value).toBe(0.5);
    expect(predictorLabels.method).toBe('The method (Ledger Fit)');
  });

  it('measure (b): each rule’s design against what ran, classed ledger or not', () => {
    const ran = (architecture: string) => ({ architecture, what: '' }) as BacktestRow['ranAs'];
    const designRows = [
      row({
        designCounted: true,
        methodDesign: 'sharedDatabase',
        ranAs: ran('sharedDatabase'),
        wustGervais: { backsLedger: false, design: 'sharedDatabase', gate: '' },
      }),
      row({ designCounted: true, methodDesign: 'hashAnchoring', ranAs: ran('permissionedLedger') }),
      row({
        designCounted: true,
        methodDesign: 'permissionedLedger',
        ranAs: ran('permissionedLedger'),
        wustGervais: { backsLedger: true, design: 'permissionless', gate: '' },
      }),
      row({ designCounted: false, methodDesign: 'sharedDatabase', ranAs: ran('sharedDatabase') }),
    ];
    const [method, warn, back, wg] = designScores(designRows);
    expect(method).toMatchObject({ hits: 2, n: 3 });
    expect(warn).toMatchObject({ hits: 1, n: 3 });
    expect(back).toMatchObject({ hits: 2, n: 3 });
    expect(wg).toMatchObject({ hits: 2, n: 3 });
    expect(method!.balanced.perClass.map((c) => [c.outcomeClass, c.hits, c.n])).toEqual([
      ['ledger', 1, 2],
      ['noLedger', 1, 1],
    ]);
  });
});

describe('the backtest of the real cases', () => {
  it('one row a case, the original twelve marked, scored on the original twelve alone as well', () => {
    const bt = backtest();
    expect(bt.rows).toHaveLength(realCases.length);
    expect(bt.rows.filter((r) => r.original).map((r) => r.id)).toEqual(
      realCases.slice(0, 12).map((c) => c.id),
    );
    const originalCounted = bt.rows.filter((r) => r.original && r.counted);
    for (const s of bt.fitOriginal) expect(s.n).toBe(originalCounted.length);
    expect(bt.fitOriginal[0]!.hits).toBe(originalCounted.filter((r) => r.agrees).length);
    expect(bt.fitOriginal[0]!.n).toBeLessThan(bt.fit[0]!.n);
  });

  it('a row carries the case, the report’s band and design, and what happened', () => {
    for (const c of realCases) {
      const r = backtestRow(c);
      const report = buildReport(exampleToAssessment(c));
      expect(r.title).toBe(c.title.replace(' (real case)', ''));
      expect(r.title).not.toContain('(real case)');
      expect(r.band).toBe(report.band);
      expect(r.bandLabel).toBe(report.bandLabel);
      expect(r.outcome).toBe(c.outcome?.class ?? 'unknown');
      expect(r.what).toBe(c.outcome?.what ?? '');
      expect(r.date).toBe(c.outcome?.date ?? '');
      expect(r.sources).toEqual(c.outcome?.sources ?? []);
      expect(r.ranAs).toEqual(
        c.outcome?.design && { architecture: c.outcome.design.architecture, what: c.outcome.design.what },
      );
      if (report.band === 'undetermined') {
        expect(r.design).toBe('');
        expect(r.methodDesign).toBeUndefined();
      } else {
        expect(r.design).toBe(
          `${report.architecture.kind === 'fits' ? 'fits' : 'serves better'}: ${report.architecture.title}`,
        );
        expect(architectures[r.methodDesign!].title).toBe(report.architecture.title);
      }
      expect(answersOf(c)).toEqual(exampleToAssessment(c).answers);
    }
    const rows = realCases.map(backtestRow);
    expect(rows.some((r) => r.design.startsWith('fits: '))).toBe(true);
    expect(rows.some((r) => r.design.startsWith('serves better: '))).toBe(true);
    expect(rows.some((r) => r.band === 'undetermined')).toBe(true);
    expect(rows.some((r) => r.designCounted && !r.designAgrees)).toBe(true);
    expect(rows.some((r) => r.designCounted && r.designAgrees)).toBe(true);
  });
});
