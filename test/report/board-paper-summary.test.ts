import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import {
  boardPaper,
  generatedLine,
  pdfFileName,
  provisionalMark,
  wordFileName,
} from '../../src/report/board-paper';
import { summaryPage } from '../../src/report/board-paper-summary';
import { buildReport, type Report } from '../../src/report/build-report';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** Page 1 of the board paper, the page a board reads first: every block, in order, in the board's words. */
const reportOf = (id: string): Report => buildReport(exampleToAssessment(findExample(id)!));

function expectedPage(report: Report) {
  const d = report.decision;
  const a = report.architecture;
  const score = (v: number | undefined) => (v === undefined ? 'not scored' : `${v} out of 100`);
  return [
    { kind: 'heading', level: 2, text: 'Decision sought' },
    expect.objectContaining({ kind: 'paragraph' }),
    { kind: 'heading', level: 2, text: 'Recommendation' },
    { kind: 'paragraph', text: d.recommendation.text, strong: true },
    {
      kind: 'verdict',
      band: d.verdict.id,
      label: `${d.verdict.symbol} ${d.verdict.label}`,
      headline: d.verdict.headline,
      confidence: `${d.confidence.label}: ${d.confidence.meaning} Condition fit ${score(report.scores.fit)}; obstacle risk ${score(report.scores.risk)}.`,
    },
    { kind: 'heading', level: 2, text: 'The deciding fact' },
    { kind: 'paragraph', text: d.decidingFact.text },
    { kind: 'heading', level: 2, text: 'What decided it' },
    {
      kind: 'list',
      ordered: true,
      items: report.reasons
        .filter((r) => r.decisive)
        .slice(0, 1)
        .map((r) => r.text),
    },
    {
      kind: 'heading',
      level: 2,
      text: a.alreadyHasDesign
        ? 'The design it already has'
        : a.kind === 'fits'
          ? 'The design that fits'
          : 'The alternative that would serve better',
    },
    { kind: 'paragraph', text: `${a.title}: ${a.summary}` },
    { kind: 'heading', level: 2, text: 'Top risks' },
    {
      kind: 'list',
      ordered: false,
      items:
        report.topRisks.length > 0
          ? report.topRisks.map((r) => r.plain)
          : // Its words are pinned case by case in 'the line under Top risks when none is listed'.
            [expect.any(String)],
    },
    { kind: 'heading', level: 2, text: 'Next steps' },
    { kind: 'list', ordered: false, items: d.nextSteps.map((s) => s.text) },
    { kind: 'heading', level: 2, text: 'Sign-off' },
    {
      kind: 'table',
      caption: 'Sign-off',
      columns: ['Assessor', 'Reviewer', 'Date', 'Version'],
      widths: [0.3, 0.3, 0.2, 0.2],
      rows: [
        [
          report.proposal.rows.find(([l]) => l === 'Assessor')?.[1],
          '',
          report.proposal.rows.find(([l]) => l === 'Date of assessment')?.[1],
          `Draft (method ${report.methodVersion})`,
        ],
      ],
    },
  ];
}

describe('page 1 of the board paper', () => {
  it('a decided verdict: the recommendation, the band, what decided it, the design, risks, steps, sign-off', () => {
    for (const id of [
      'patient-records',
      'medicine-supply-chain',
      'case-estonia-ksi',
      'professional-credentials',
    ]) {
      const report = reportOf(id);
      expect(report.decision.verdict.id).not.toBe('undetermined');
      expect(report.decision.verdict.provisional).toBe(false);
      expect(summaryPage(report)).toEqual(expectedPage(report));
    }
    // The mapped lists are not all empty: some paper has risks, steps and an assessor to show.
    const reports = ['patient-records', 'medicine-supply-chain'].map(reportOf);
    expect(reports.some((r) => r.topRisks.length > 0)).toBe(true);
    expect(reports.every((r) => r.decision.nextSteps.length > 0)).toBe(true);
    expect(reports.some((r) => r.reasons.some((x) => x.decisive))).toBe(true);
  });

  it('the design heading follows the design: fits, already has it, or an alternative', () => {
    const report = reportOf('patient-records');
    const heading = (architecture: Partial<Report['architecture']>) =>
      summaryPage({ ...report, architecture: { ...report.architecture, ...architecture } }).find(
        (b) => b.kind === 'heading' && /design|alternative/.test(b.text),
      );
    expect(heading({ kind: 'fits', alreadyHasDesign: false })).toMatchObject({
      text: 'The design that fits',
    });
    expect(heading({ kind: 'fits', alreadyHasDesign: true })).toMatchObject({
      text: 'The design it already has',
    });
    expect(
      heading({ kind: 'alternative', alreadyHasDesign: false } as Partial<Report['architecture']>),
    ).toMatchObject({
      text: 'The alternative that would serve better',
    });
  });

  it('says so when there are no top risks and no next steps, and a provisional band is marked', () => {
    const report = reportOf('patient-records');
    const page = summaryPage({
      ...report,
      topRisks: [],
      decision: {
        ...report.decision,
        nextSteps: [],
        verdict: { ...report.decision.verdict, provisional: true },
      },
    });
    expect(page).toContainEqual({
      kind: 'list',
      ordered: false,
      items: ['No obstacle is rated high or severe and no tension is in conflict with what a ledger gives.'],
    });
    expect(page).toContainEqual({
      kind: 'list',
      ordered: false,
      items: ['Take this summary to the decision-making body.'],
    });
    const v = report.decision.verdict;
    expect(page.find((b) => b.kind === 'verdict')).toMatchObject({
      label: `${v.symbol} ${v.label} (provisional)`,
    });
  });

  it('quotes only the scores that were given', () => {
    const report = reportOf('patient-records');
    const confidence = (fit: number | undefined, risk: number | undefined) =>
      (
        summaryPage({ ...report, scores: { ...report.scores, fit, risk } }).find(
          (b) => b.kind === 'verdict',
        ) as {
          confidence: string;
        }
      ).confidence;
    const lead = `${report.decision.confidence.label}: ${report.decision.confidence.meaning}`;
    expect(confidence(undefined, undefined)).toBe(`${lead} No score is given.`);
    expect(confidence(62, undefined)).toBe(`${lead} Condition fit 62 out of 100; obstacle risk not scored.`);
    expect(confidence(undefined, 40)).toBe(`${lead} Condition fit not scored; obstacle risk 40 out of 100.`);
  });

  it('with too few answers: what is missing (six lines, the last naming the rest), and no design', () => {
    const report = buildReport({ answers: {} });
    expect(report.decision.verdict.id).toBe('undetermined');
    const page = summaryPage(report);
    const at = page.findIndex((b) => b.kind === 'heading' && b.text === 'What is missing');
    expect(at).toBeGreaterThan(0);
    expect(report.evidenceMissing.length).toBeGreaterThan(6);
    expect(page[at + 1]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        ...report.evidenceMissing.slice(0, 5).map((m) => m.plain),
        `Also not known: ${report.evidenceMissing
          .slice(5)
          .map((m) => m.name)
          .join('; ')}.`,
      ],
    });
    expect(page.some((b) => b.kind === 'heading' && b.text === 'What decided it')).toBe(false);
    expect(page.some((b) => b.kind === 'heading' && /design|alternative/.test(b.text))).toBe(false);
    expect(page.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toEqual([
      'Decision sought',
      'paragraph',
      'Recommendation',
      'paragraph',
      'verdict',
      'The deciding fact',
      'paragraph',
      'What is missing',
      'list',
      'Top risks',
      'list',
      'Next steps',
      'list',
      'Sign-off',
      'table',
    ]);
  });

  it('the decision sought, with and without organisations', () => {
    const report = reportOf('patient-records');
    const sought = (organisations: string) =>
      (
        summaryPage({
          ...report,
          title: 'Consent ledger',
          proposal: { ...report.proposal, organisations },
        })[1] as {
          text: string;
        }
      ).text;
    expect(sought('')).toBe('Whether to rely on a distributed ledger (blockchain) for “Consent ledger”.');
    expect(sought(' Trust A, Trust B. ')).toBe(
      'Whether to rely on a distributed ledger (blockchain) for “Consent ledger”. Organisations involved: Trust A, Trust B.',
    );
    expect(sought('A.B')).toMatch(/Organisations involved: A\.B\.$/);
  });
});

describe('the paper’s frame', () => {
  it('the titles, the provisional flag, the footer and the file names', () => {
    const report = reportOf('patient-records');
    const paper = boardPaper(report, []);
    expect(paper.documentTitle).toBe(`${report.title}: Ledger Fit summary`);
    expect(paper.title).toBe(report.title);
    expect(paper.subtitle).toBe(
      'Ledger Fit summary: does a distributed ledger (blockchain) fit this proposal?',
    );
    expect(paper.provisional).toBe(report.provisional);
    expect(paper.summary).toEqual(summaryPage(report));
    expect(boardPaper(buildReport({ answers: {} }), []).provisional).toBe(true);
    expect(generatedLine(new Date('2026-12-03T07:05:00Z'))).toBe(
      'Ledger Fit summary · generated 3 December 2026 at 07:05 UTC',
    );
    expect(provisionalMark).toBe('PROVISIONAL: some questions are not yet answered');
    const day = new Date('2026-12-03T10:00:00Z');
    expect(pdfFileName('Consent ledger', day)).toBe('consent-ledger-ledger-fit-2026-12-03.pdf');
    expect(wordFileName('Consent ledger', day)).toBe('consent-ledger-ledger-fit-2026-12-03.docx');
    expect(pdfFileName('', day)).toBe('proposal-ledger-fit-2026-12-03.pdf');
    expect(wordFileName('', day)).toBe('proposal-ledger-fit-2026-12-03.docx');
  });
});

describe('page 1 from what decided, not from the first reason', () => {
  it('what decided it is the decisive reason even when another comes first', () => {
    const report = reportOf('patient-records');
    const reasons = [
      { ...report.reasons[0]!, decisive: false, text: 'A limit that did not decide.' },
      { ...report.reasons[0]!, decisive: true, text: 'The one that decided.' },
    ];
    expect(summaryPage({ ...report, reasons })).toContainEqual({
      kind: 'list',
      ordered: true,
      items: ['The one that decided.'],
    });
  });

  it('with no proposal, the sign-off cells are empty, not made up', () => {
    const sign = summaryPage(buildReport({ answers: {} })).at(-1) as unknown as { rows: string[][] };
    expect(sign.rows[0]!.slice(0, 3)).toEqual(['', '', '']);
  });
});

describe('the line under Top risks when none is listed', () => {
  const line = (id: string) => {
    const report = reportOf(id);
    expect(report.topRisks).toEqual([]);
    const page = summaryPage(report);
    const at = page.findIndex((b) => b.kind === 'heading' && b.text === 'Top risks');
    return page[at + 1];
  };
  const items = (text: string) => ({ kind: 'list', ordered: false, items: [text] });

  it('with every obstacle and tension rated: none is high, severe or in conflict', () => {
    expect(line('hash-anchored-audit-trail')).toEqual(
      items('No obstacle is rated high or severe and no tension is in conflict with what a ledger gives.'),
    );
  });

  it('with obstacles and tensions still needed and not known: counts them, never "no obstacle is high"', () => {
    expect(line('case-procredex')).toEqual(
      items('No risk can be named yet: 6 of the six obstacles and 3 of the three tensions are not known.'),
    );
  });

  it('with a ledger ruled out before them: says they are not needed, rated or not', () => {
    expect(line('case-estonia-ksi')).toEqual(
      items('No obstacle or tension is rated: none is needed once a ledger is ruled out.'),
    );
    expect(line('case-nhs-vaccine-fridges')).toEqual(
      items(
        'None of the obstacles and tensions rated is high or severe or in conflict with what a ledger gives; the others are not needed once a ledger is ruled out.',
      ),
    );
  });

  it('with some rated and one still needed: names the one, in the singular', () => {
    const answers = { ...exampleToAssessment(findExample('hash-anchored-audit-trail')!).answers };
    delete answers['obstacle.adoption'];
    const report = buildReport({ answers });
    const page = summaryPage(report);
    const at = page.findIndex((b) => b.kind === 'heading' && b.text === 'Top risks');
    expect(page[at + 1]).toEqual(
      items(
        'None of the obstacles and tensions rated is high or severe or in conflict with what a ledger gives, but 1 of the six obstacles is not known yet.',
      ),
    );
  });
});

describe('what is missing, on page 1 of a paper with no verdict', () => {
  const missingList = (report: Report) => {
    const page = summaryPage(report);
    return page[page.findIndex((b) => b.kind === 'heading' && b.text === 'What is missing') + 1];
  };

  it('names every answer the deciding fact counts: the sixth line names the rest', () => {
    const report = reportOf('case-procredex');
    expect(report.evidenceMissing).toHaveLength(7);
    expect(report.decision.decidingFact.text).toContain('and 4 more are not');
    expect(missingList(report)).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        'What goes on the ledger: not known',
        'Adoption: not known',
        'Interoperability: not known',
        'Internal governance: not known',
        'Data security: not known',
        'Also not known: Quality and safety; Human factors.',
      ],
    });
  });

  it('lists six or fewer one a line', () => {
    const report = reportOf('case-procredex');
    const six = { ...report, evidenceMissing: report.evidenceMissing.slice(0, 6) };
    expect(missingList(six)).toEqual({
      kind: 'list',
      ordered: false,
      items: report.evidenceMissing.slice(0, 6).map((m) => m.plain),
    });
  });
});
