import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { BacktestPage } from '../../src/features/backtest/backtest-page';
import { isRealCase, workedExamples } from '../../src/framework/examples';
import { realCases } from '../../src/framework/examples/real-cases';
import { backtest, missExplanations } from '../../src/report/backtest';
import { buildReport } from '../../src/report/build-report';
import { answerDistance, nearestCases } from '../../src/report/nearest-cases';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { validateAssessment } from '../../src/schema/validate-assessment';
import { dischargeSummaries } from '../scenarios/scenarios';

describe('the real cases', () => {
  it('are twenty-four, each a valid assessment that scores, every answer with a rationale and a source', () => {
    expect(realCases).toHaveLength(24);
    for (const c of realCases) {
      const assessment = exampleToAssessment(c);
      expect(validateAssessment(assessment)).toEqual({ ok: true, data: assessment });
      expect(buildReport(assessment).bandLabel).toBeTruthy();
      for (const a of Object.values(c.answers)) {
        expect(a.rationale.length).toBeGreaterThan(10);
        expect(a.source).toBeTruthy();
      }
      expect(c.outcome?.sources.length).toBeGreaterThan(0);
    }
  });

  it('are written to public/files/examples like the other worked examples', async () => {
    const { generatedFiles } = await import('../../scripts/generated-files');
    for (const c of realCases) expect(generatedFiles().has(`public/files/examples/${c.id}.json`)).toBe(true);
  });
});

describe('the backtest', () => {
  it('matches the engine case by case, and counts only cases with a band and a known outcome', () => {
    const { rows, agreed, counted } = backtest();
    for (const r of rows) {
      const c = realCases.find((x) => x.id === r.id)!;
      expect(r.band).toBe(buildReport(exampleToAssessment(c)).band);
      expect(r.counted).toBe(r.band !== 'undetermined' && c.outcome?.class !== 'unknown');
    }
    expect(counted).toBe(rows.filter((r) => r.counted).length);
    expect(agreed).toBeLessThanOrEqual(counted);
    // Every miss is explained in words.
    for (const r of rows.filter((x) => x.counted && !x.agrees)) expect(missExplanations[r.id]).toBeTruthy();
  });

  it('shows the same figure and every case on the page', () => {
    const { rows, agreed, counted } = backtest();
    const location = memoryLocation({ path: '/backtest' });
    render(
      <Router hook={location.hook}>
        <BacktestPage />
      </Router>,
    );
    expect(document.body.textContent).toContain(`${agreed} of ${counted}`);
    for (const r of rows)
      expect(screen.getByRole('link', { name: r.title })).toHaveAttribute('href', `/examples/${r.id}`);
    expect(screen.getByRole('table', { name: /stance against the outcome/ })).toBeInTheDocument();
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
    const patientory = realCases.find((c) => c.id === 'case-patientory')!;
    const answers = exampleToAssessment(patientory).answers;
    expect(answerDistance(answers, answers).distance).toBe(0);
    expect(nearestCases(answers)[0]?.id).toBe('case-patientory');
  });
});
