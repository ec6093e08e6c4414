import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import { cliAssessmentSchema, cliJson } from '../../src/report/cli-output';
import { cliText } from '../../src/report/cli-text';
import { exampleToAssessment } from '../../src/schema/example-assessment';

const reportOf = (id: string) => buildReport(exampleToAssessment(findExample(id)!));
const blocksAfter = (id: string, heading: string) => {
  const blocks = boardPaper(reportOf(id), []).body as readonly { kind: string; text?: string }[];
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const end = blocks.findIndex(
    (b, i) => i > start && b.kind === 'heading' && (b as { level?: number }).level === 2,
  );
  return blocks.slice(start + 1, end);
};

describe('a setting whose duties none of the answers trigger', () => {
  // The medicine supply chain (US): no US duty is triggered. The paper printed "Law checked on ." and an empty
  // table, and the CLI a "Regulatory checks:" heading with nothing under it.
  it('the board paper says so, with no empty date and no empty table', () => {
    expect(reportOf('medicine-supply-chain').regulatory.profiles.map((p) => p.duties.length)).toEqual([0]);
    expect(blocksAfter('medicine-supply-chain', 'Regulatory checks')).toEqual([
      { kind: 'heading', level: 3, text: 'United States' },
      { kind: 'paragraph', text: 'None of this profile’s duties is triggered by these answers.' },
    ]);
  });

  it('the CLI says so under its heading', () => {
    const text = cliText(reportOf('medicine-supply-chain'));
    expect(text).toContain(
      'Regulatory checks:\n  - United States: none of this profile’s duties is triggered by these answers.',
    );
  });

  it('with duties shown, the paper gives the date the law was checked and a table of them', () => {
    const blocks = blocksAfter('case-estonia-ksi', 'Regulatory checks');
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'Law checked on 2 December 2026.' });
    expect(blocks[1]).toEqual({
      kind: 'heading',
      level: 3,
      text: reportOf('case-estonia-ksi').regulatory.profiles[0]!.name,
    });
    expect(blocks.at(-1)).toMatchObject({
      kind: 'table',
      caption: `${reportOf('case-estonia-ksi').regulatory.profiles[0]!.name}: duties`,
    });
    expect(cliText(reportOf('case-estonia-ksi'))).toContain(
      'Regulatory checks:\n  - European Union: GDPR, with EDPB Guidelines 02/2025 on blockchains',
    );
  });
});

describe('the CLI text', () => {
  it('leads with the verdict, recommendation, deciding fact, scores and the design it would serve better', () => {
    expect(cliText(reportOf('case-estonia-ksi')).split('\n').slice(0, 7)).toEqual([
      'Estonia e-Health with Guardtime KSI (real case)',
      'Verdict: Not a fit. A distributed ledger is not needed here.',
      'Recommendation: Do not adopt a distributed ledger for this; use a database with an append-only (Merkle) audit log instead.',
      'The deciding fact: How many organisations would write records to the shared store? One. One operator (the e-Health Foundation’s database) signs into the calendar. [coindesk.com 2016-03-03]',
      'Condition fit 100/100 · obstacle risk not scored · high confidence: 1 answer is unknown, but none of them, alone or all together at either extreme, could change the verdict.',
      'What would serve better: A database with an append-only (Merkle) audit log',
      'Next steps:',
    ]);
  });

  it('with no verdict: no scores, and the answers needed first', () => {
    const lines = cliText(reportOf('case-procredex')).split('\n');
    expect(lines[4]).toMatch(/^Condition fit not scored · obstacle risk not scored · low confidence: /);
    expect(lines[5]).toBe(
      'Answer these first: What goes on the ledger, O1 Adoption, O2 Interoperability, O3 Internal governance, O4 Data security, O5 Quality and safety, O6 Human factors',
    );
    expect(lines[7]).toBe(
      "  1. Find out: What would be stored on the ledger itself? (now don't know; needed before any verdict)",
    );
  });

  it('a design that fits is named so; a decisive reason is marked', () => {
    const text = cliText(reportOf('medicine-supply-chain'));
    expect(text).toContain('\nDesign that fits: A permissioned ledger among known partners\n');
    expect(text).toContain(
      '\nNext steps:\n  1. Put the 2 questions for the vendor (in this paper) before any commitment.\nReasons:\n  - [decided the verdict] On the scores alone',
    );
    expect(text).toContain(
      '\nDesign choices and mitigations that would move it up:\n  - O1 Adoption: High → Moderate → Strong fit\n',
    );
    expect(text).toContain('\nRisks that would move it down:\n');
    expect(text).toContain(
      '\nOnly if the situation were different:\n  - C1 Common interest: Largely met → Not met → Weak fit\n',
    );
    expect(text).toMatch(
      /\nQuestions for the vendor:\n {2}- Which organisations have committed to join, .* \(ask for: Letters of commitment/,
    );
  });
});

describe('the CLI JSON', () => {
  it('with no verdict: "notEnoughAnswers", no score band, no design, the answers needed first', () => {
    const report = reportOf('case-procredex');
    const json = cliJson('x', report);
    expect(cliAssessmentSchema.safeParse(json).success).toBe(true);
    expect(json.band).toBe('notEnoughAnswers');
    expect('scoreBand' in json).toBe(false);
    expect('design' in json).toBe(false);
    expect(json.answerFirst).toEqual(report.evidenceMissing.map((m) => m.questionId));
    expect(json.scores).toEqual({});
  });

  it('with a verdict: the band shown, the score band apart, the design, the decision’s own sentences', () => {
    const report = reportOf('case-estonia-ksi');
    const json = cliJson('estonia', report);
    expect(cliAssessmentSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({
      id: 'estonia',
      band: 'notAFit',
      scoreBand: 'strongFit',
      bandLabel: 'Not a fit',
      provisional: false,
      scores: { fit: 100 },
      recommendation: { kind: 'doNotAdopt' },
      design: {
        kind: 'alternative',
        id: 'databaseWithAuditLog',
        title: 'A database with an append-only (Merkle) audit log',
      },
      answerFirst: [],
    });
    expect(json.decidingFact.text).toBe(report.decision.decidingFact.text);
    expect(json.decidingFact.answers).toEqual([
      { questionId: 'proposal.writerCount', name: 'Organisations writing records', answer: 'One' },
    ]);
    expect(json.nextSteps.map((s) => s.id)).toEqual(report.decision.nextSteps.map((s) => s.id));
    expect(json.sentences.map((s) => s.id)).toEqual(report.decision.sentences.map((s) => s.id));
    expect(json.reasons.filter((r) => r.decisive).map((r) => r.id)).toHaveLength(2);
    expect(json.confidence).toEqual({
      level: 'high',
      label: 'High confidence',
      meaning: report.decision.confidence.meaning,
      couldMoveTheVerdict: [],
    });
  });
});
