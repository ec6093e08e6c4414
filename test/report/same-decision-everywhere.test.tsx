import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultView } from '../../src/features/results/result-view';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import { cliJson } from '../../src/report/cli-output';
import { cliText } from '../../src/report/cli-text';
import { buildSlides } from '../../src/report/slides';
import { everyCase } from '../fixtures/every-case';

const squash = (s: string) => s.replace(/\s+/g, ' ');
afterEach(cleanup);

describe('the same decision everywhere (page, board paper, slides, CLI text and JSON)', () => {
  it.each(everyCase)('%s', (_title, assessment) => {
    const report = buildReport(assessment);
    const { decision } = report;
    const paper = squash(JSON.stringify([...boardPaper(report, []).summary]));
    const slides = buildSlides(report);
    const text = squash(cliText(report));
    const json = cliJson(assessment.id, report);
    render(<ResultView report={report} answers={report.answers} />);
    const page = squash(document.body.textContent ?? '');
    const inJson = (s: string) => JSON.stringify(s).slice(1, -1);

    for (const out of [page, text]) {
      expect(out).toContain(decision.verdict.label);
      expect(out).toContain(squash(decision.recommendation.text));
      for (const step of decision.nextSteps) expect(out).toContain(squash(step.text));
    }
    expect(paper).toContain(inJson(decision.verdict.label));
    expect(paper).toContain(inJson(decision.recommendation.text));
    for (const step of decision.nextSteps) expect(paper).toContain(inJson(step.text));
    expect(paper).toContain(inJson(decision.decidingFact.text));

    const verdict = slides.find((s) => s.kind === 'verdict');
    expect(verdict).toMatchObject({
      band: decision.verdict.id,
      recommendation: decision.recommendation.text,
    });
    const steps = slides.find((s) => s.kind === 'regulatory');
    expect(steps).toMatchObject({ nextSteps: decision.nextSteps.map((s) => s.text) });
    for (const s of slides) expect(JSON.stringify(s)).not.toMatch(/\bbelow\b/);

    expect(json.band).toBe(decision.verdict.id === 'undetermined' ? 'notEnoughAnswers' : decision.verdict.id);
    expect(json.recommendation).toEqual(decision.recommendation);
    expect(json.nextSteps.map((s) => s.text)).toEqual(decision.nextSteps.map((s) => s.text));
    // The same next steps under the same recommendation: no adoption step under a "no" or "not yet".
    if (!decision.admitsAdoption) expect(decision.nextSteps.every((s) => s.phase !== 'adopting')).toBe(true);
  });
});
