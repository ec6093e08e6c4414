import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { BacktestPage } from '../../src/features/backtest/backtest-page';
import { isRealCase, workedExamples } from '../../src/framework/examples';
import { realCases } from '../../src/framework/examples/real-cases';
import { researchedCases } from '../../src/framework/examples/real-cases-researched';
import { dontKnow } from '../../src/framework/scales';
import {
  backtest,
  backtestRow,
  designScores,
  fitHit,
  fitScores,
  resultOf,
  stanceOf,
} from '../../src/report/backtest';
import { backtestMarkdown, comparedWith, share } from '../../src/report/backtest-markdown';
import { buildReport } from '../../src/report/build-report';
import { answerDistance, nearestCases } from '../../src/report/nearest-cases';
import { wustGervais } from '../../src/report/wust-gervais';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { validateAssessment } from '../../src/schema/validate-assessment';
import { dischargeSummaries } from '../scenarios/scenarios';

const byId = (id: string) => {
  const c = realCases.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('the real cases', () => {
  it('are the twelve of shared/cases.md and twelve researched ones, with unique ids', () => {
    expect(realCases).toHaveLength(24);
    expect(researchedCases).toHaveLength(12);
    expect(new Set(realCases.map((c) => c.id)).size).toBe(24);
  });

  it.each(realCases.map((c) => [c.id, c]))('%s is a valid assessment with a sourced outcome', (_id, c) => {
    const assessment = exampleToAssessment(c);
    expect(validateAssessment(assessment)).toEqual({ ok: true, data: assessment });
    for (const a of Object.values(c.answers)) {
      expect(a.rationale.length).toBeGreaterThan(10);
      // A documented answer names its document; only "Don't know" may say "not documented".
      if (a.value !== dontKnow) expect(a.source).not.toEqual({ document: 'not documented' });
    }
    expect(c.outcome?.sources.length).toBeGreaterThan(0);
    expect(c.outcome?.date).toMatch(/\d{4}/);
  });

  it('dates every source of a researched case’s answers, so it can be checked against the pitch', () => {
    for (const c of researchedCases)
      for (const a of Object.values(c.answers))
        if (a.value !== dontKnow)
          expect(a.source, `${c.id}: ${a.rationale}`).toMatchObject({
            document: expect.stringMatching(/20\d\d/),
          });
  });

  it('carry the fact-check’s corrections (§2): Patientory permissioned, Solve.Care unknown, Estonia’s logs', () => {
    const patientory = byId('case-patientory');
    expect(JSON.stringify(patientory.answers)).not.toMatch(/public chain|permissionless\)/);
    expect(patientory.answers['prescreen.trustedOperator']?.value).toBe('yes');
    expect(patientory.outcome?.class).not.toBe('dormant');
    expect(byId('case-solve-care').outcome?.class).toBe('unknown');
    expect(byId('case-estonia-ksi').summary).toMatch(/activity-log hashes|activity logs/);
    expect(byId('case-mediledger-dscsa').outcome?.what).toMatch(/Product Verification System.*2019.*EPCIS/);
    expect(byId('case-illinois-licences').outcome?.date).toMatch(/2018-02/);
    expect(byId('case-mediledger-dscsa').answers['prescreen.appendOnly']?.value).toBe('yes');
  });

  it('are written to public/files/examples like the other worked examples', async () => {
    const { generatedFiles } = await import('../../scripts/generated-files');
    const files = generatedFiles();
    for (const c of realCases) expect(files.has(`public/files/examples/${c.id}.json`)).toBe(true);
  });
});

describe('the counting rules', () => {
  it('count a hit only for backing what went into production or warning against what did not', () => {
    expect(fitHit('backs', 'production')).toBe(true);
    expect(fitHit('warns', 'failed')).toBe(true);
    expect(fitHit('backs', 'failed')).toBe(false);
    expect(fitHit('warns', 'production')).toBe(false);
    expect(fitHit('cannotSay', 'production')).toBe(false);
    expect(stanceOf('conditionalFit')).toBe('backs');
    expect(stanceOf('weakFit')).toBe('warns');
    expect(stanceOf('undetermined')).toBe('cannotSay');
    expect(resultOf('pivot')).toBe('failed');
    expect(resultOf('unknown')).toBe('unknown');
  });

  it('match the engine case by case and count only a band with a known outcome', () => {
    for (const r of backtest().rows) {
      const c = byId(r.id);
      expect(r.band).toBe(buildReport(exampleToAssessment(c)).band);
      expect(r.counted).toBe(r.band !== 'undetermined' && c.outcome?.class !== 'unknown');
      expect(r.agrees).toBe(r.counted && fitHit(r.stance, r.result));
      expect(r.designCounted).toBe(r.band !== 'undetermined' && c.outcome?.design !== undefined);
      if (r.designCounted) expect(r.designAgrees).toBe(r.methodDesign === c.outcome?.design?.architecture);
    }
  });

  it('score every rule on the same cases, and the fixed rules exactly as their definition says', () => {
    const { rows, fit, design } = backtest();
    const counted = rows.filter((r) => r.counted);
    const [method, warn, back, wg] = fit;
    for (const s of fit) expect(s.n).toBe(counted.length);
    expect(method?.hits).toBe(counted.filter((r) => r.agrees).length);
    expect(warn?.hits).toBe(counted.filter((r) => r.result === 'failed').length);
    expect(back?.hits).toBe(counted.filter((r) => r.result === 'production').length);
    expect(wg?.hits).toBe(
      counted.filter((r) => fitHit(r.wustGervais.backsLedger ? 'backs' : 'warns', r.result)).length,
    );
    // A rule that always says one thing has balanced accuracy 50 % whenever both classes occur.
    expect(warn?.balanced.value).toBe(0.5);
    expect(back?.balanced.value).toBe(0.5);
    const designCounted = rows.filter((r) => r.designCounted);
    for (const s of design) expect(s.n).toBe(designCounted.length);
    expect(design[0]?.hits).toBe(designCounted.filter((r) => r.designAgrees).length);
    expect(design[2]?.hits).toBe(
      designCounted.filter((r) => r.ranAs?.architecture === 'permissionedLedger').length,
    );
  });

  it('turn a wrong outcome into a miss: moving a counted hit to the other class lowers the count by one', () => {
    const hit = backtest().rows.find((r) => r.counted && r.agrees);
    if (!hit) throw new Error('no counted hit');
    const c = byId(hit.id);
    const flipped = {
      ...c,
      outcome: {
        ...c.outcome!,
        class: hit.result === 'production' ? ('dormant' as const) : ('production' as const),
      },
    };
    const rows = realCases.map((x) => (x.id === c.id ? backtestRow(flipped) : backtestRow(x)));
    expect(fitScores(rows)[0]?.hits).toBe((fitScores(backtest().rows)[0]?.hits ?? 0) - 1);
    expect(designScores(rows)[0]?.n).toBe(designScores(backtest().rows)[0]?.n);
  });
});

describe('the Wüst–Gervais baseline', () => {
  it('ends at the gate each case’s answers reach, in the tree’s order', () => {
    const gate = (id: string) => wustGervais(exampleToAssessment(byId(id)).answers);
    expect(gate('case-estonia-ksi')).toMatchObject({ backsLedger: false, design: 'centralDatabase' });
    expect(gate('case-illinois-licences')).toMatchObject({ backsLedger: false, design: 'trustedRegistry' });
    expect(gate('case-akiri')).toMatchObject({ backsLedger: false, design: 'ownDatabase' });
    expect(gate('case-robomed')).toMatchObject({ backsLedger: true, design: 'permissionless' });
    expect(gate('case-mediledger-contracts')).toMatchObject({
      backsLedger: true,
      design: 'permissionedLedger',
    });
  });

  it('lets "Don\'t know" pass every gate, and stops at "writers trust one another"', () => {
    expect(wustGervais({})).toMatchObject({ backsLedger: true, design: 'permissionedLedger' });
    expect(wustGervais({ 'prescreen.tamperEvidentLog': { value: 'no' } })).toMatchObject({
      backsLedger: false,
      design: 'sharedDatabase',
    });
  });
});

describe('docs/backtest.md', () => {
  const md = backtestMarkdown();

  it('opens with both measures’ figures and the baselines, before the rules and the case table', () => {
    const a = md.indexOf('### Measure (a)');
    const b = md.indexOf('### Measure (b)');
    const rules = md.indexOf('## How the backtest counts');
    const cases = md.indexOf('## Every case');
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(rules);
    expect(rules).toBeLessThan(cases);
    for (const s of backtest().fit) expect(md.slice(a, b)).toContain(`| ${s.label} | ${share(s)} |`);
    expect(md).toContain(comparedWith(backtest().fit, 'alwaysWarn'));
  });

  it('lists every counted miss under the commentary, which never changes the count', () => {
    const commentary = md.slice(
      md.indexOf('## Commentary on the misses'),
      md.indexOf('## Encoding reliability'),
    );
    for (const r of backtest().rows.filter((x) => x.counted && !x.agrees))
      expect(commentary).toContain(r.title);
  });
});

describe('the backtest page', () => {
  it('shows the same figures for both measures, the kappa table and every case', () => {
    const { rows, fit, design } = backtest();
    const location = memoryLocation({ path: '/backtest' });
    render(
      <Router hook={location.hook}>
        <BacktestPage />
      </Router>,
    );
    const fitTable = screen.getByRole('table', { name: /Fit against outcome/ });
    for (const s of fit) {
      const row = within(fitTable).getByRole('row', { name: (n) => n.startsWith(s.label) });
      expect(row).toHaveTextContent(share(s));
    }
    const designTable = screen.getByRole('table', { name: /Design named against design that ran/ });
    for (const s of design)
      expect(within(designTable).getByRole('row', { name: (n) => n.startsWith(s.label) })).toHaveTextContent(
        share(s),
      );
    expect(screen.getByRole('table', { name: /question by question/ })).toBeInTheDocument();
    for (const r of rows)
      expect(screen.getByRole('link', { name: r.title })).toHaveAttribute('href', `/examples/${r.id}`);
  });
});

describe('nearest real cases', () => {
  it('returns real cases only, deterministically, nearest first', () => {
    const first = nearestCases(dischargeSummaries);
    expect(first.length).toBeGreaterThan(0);
    expect(nearestCases(dischargeSummaries)).toEqual(first);
    const realIds = new Set(workedExamples.filter(isRealCase).map((e) => e.id));
    for (const c of first) expect(realIds.has(c.id)).toBe(true);
    for (let i = 1; i < first.length; i++)
      expect(first[i]!.distance).toBeGreaterThanOrEqual(first[i - 1]!.distance);
  });

  it('finds a case nearest to itself, at distance 0', () => {
    const patientory = byId('case-patientory');
    const answers = exampleToAssessment(patientory).answers;
    expect(answerDistance(answers, answers).distance).toBe(0);
    expect(nearestCases(answers)[0]?.id).toBe('case-patientory');
  });
});
