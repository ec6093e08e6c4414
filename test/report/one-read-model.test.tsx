import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultView } from '../../src/features/results/result-view';
import { workedExamples } from '../../src/framework/examples';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import { cliText } from '../../src/report/cli-text';
import { buildSlides } from '../../src/report/slides';
import { exampleToAssessment } from '../../src/schema/example-assessment';

const squash = (s: string) => s.replace(/\s+/g, ' ');
const paperText = (paper: ReturnType<typeof boardPaper>) =>
  squash(JSON.stringify([...paper.summary, ...paper.body].filter((b) => b.kind !== 'figures')));

describe('one read model', () => {
  it.each(workedExamples.map((e) => [e.title, e]))(
    '%s: the result page, PDF, slides and CLI show the same verdict, reasons and suggestions from one report',
    (_title, example) => {
      const report = buildReport(exampleToAssessment(example));
      const pdf = paperText(boardPaper(report, []));
      const slides = buildSlides(report);
      const cli = cliText(report);
      render(<ResultView report={report} answers={report.answers} />);
      const page = squash(document.body.textContent ?? '');

      for (const text of [pdf, cli, page]) expect(text).toContain(report.bandLabel);
      for (const text of [pdf, cli, page]) expect(text).toContain(squash(report.recommendation));
      const verdictSlide = slides.find((s) => s.kind === 'verdict');
      expect(verdictSlide).toMatchObject({ band: report.band, headline: report.headline });

      for (const reason of report.reasons) {
        expect(pdf).toContain(JSON.stringify(reason.text).slice(1, -1));
        expect(cli).toContain(reason.text);
        expect(page).toContain(reason.text);
      }
      const { better, worse } = report.suggestions;
      const changeSlide = slides.find((s) => s.kind === 'change');
      expect(changeSlide).toMatchObject({
        up: better.slice(0, 3).map((s) => s.text),
        down: worse.slice(0, 3).map((s) => s.text),
      });
      for (const s of [...better, ...worse]) {
        expect(pdf).toContain(s.text);
        expect(cli).toContain(s.text);
        expect(page).toContain(s.text);
      }
      // The design advice is given only with a band.
      if (report.band !== 'undetermined') {
        expect(screen.getAllByText(report.architecture.title, { exact: false }).length).toBeGreaterThan(0);
        expect(cli).toContain(report.architecture.title);
      } else expect(cli).toContain('Answer these first');
    },
  );
});

describe('plain words', () => {
  it('never says "seed" in any output a user sees', () => {
    for (const example of workedExamples) {
      const report = buildReport(exampleToAssessment(example));
      const text = [
        JSON.stringify(boardPaper(report, [])),
        cliText(report),
        JSON.stringify(buildSlides(report)),
      ].join(' ');
      expect(text).not.toMatch(/\bseed\b/i);
    }
  });
});
