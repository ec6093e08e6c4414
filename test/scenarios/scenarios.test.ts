import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { dischargeSummaries, dischargeSummariesFollowed, scenarios } from './scenarios';

describe('ten scenarios give the band and design docs/method.md defends', () => {
  it.each(scenarios.map((s) => [s.name, s]))('%s', (_name, s) => {
    const report = buildReport({ answers: s.answers });
    expect(report.band).toBe(s.band);
    if (s.band === 'undetermined') {
      expect(report.scores.fit).toBeUndefined();
      expect(report.evidenceMissing.length).toBeGreaterThan(0);
      return;
    }
    expect(report.architecture.id).toBe(s.design);
    expect(report.architecture.kind).toBe(s.kind);
  });
});

describe('the discharge-summary proposal, before and after following its own advice', () => {
  it('recommends hash anchoring, and once followed neither repeats it nor stays on pooling language', () => {
    const before = buildReport({ answers: dischargeSummaries });
    expect(before.band).toBe('weakFit');
    expect(before.reasons[0]?.text).toMatch(/^Record pooling is ruled out/);
    expect(before.architecture).toMatchObject({
      kind: 'alternative',
      title: 'Hash anchoring with off-chain storage',
    });
    // Condition 5 is a fact about discharge summaries: never offered as a lever.
    for (const s of before.suggestions.better) expect(s.text).not.toMatch(/C5/);

    const after = buildReport({ answers: dischargeSummariesFollowed });
    expect(
      after.architecture.kind === 'alternative' && after.architecture.title.startsWith('Hash anchoring'),
    ).toBe(false);
    expect(['conditionalFit', 'strongFit']).toContain(after.band);
    expect(after.architecture.alreadyHasDesign).toBe(true);
    for (const r of after.reasons) expect(r.text).not.toMatch(/record pooling/i);
    console.log(
      `discharge summaries: before ${before.bandLabel} (${before.architecture.title}; first reason: ${before.reasons[0]?.text.slice(0, 80)}…) → after ${after.bandLabel} (${after.architecture.alreadyHasDesign ? 'already has ' : ''}${after.architecture.title}; first reason: ${after.reasons[0]?.text.slice(0, 80)}…)`,
    );
  });
});
