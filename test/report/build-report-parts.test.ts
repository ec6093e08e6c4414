import { describe, expect, it } from 'vitest';
import { conditions } from '../../src/framework/conditions';
import { findExample } from '../../src/framework/examples';
import { obstacles } from '../../src/framework/obstacles';
import { buildReport, describeSuggestion } from '../../src/report/build-report';
import type { Answers, Assessment } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { passingPrescreen } from '../engine/answers-fixtures';

/** Past the pre-screen, each condition and obstacle rated as given, in the method's order; then `extra`. */
function scored(c: number[], o: number[], extra: Record<string, string | number> = {}): Answers {
  const answers: Answers = Object.fromEntries(
    Object.entries({ ...passingPrescreen, ...extra }).map(([id, value]) => [id, { value }]),
  );
  conditions.forEach((q, i) => {
    answers[q.id] = { value: c[i]! };
  });
  obstacles.forEach((q, i) => {
    answers[q.id] = { value: o[i]! };
  });
  return answers;
}

/** C2 poorly met, C6 not met; adoption severe, interoperability and data security high, the rest lower. */
const strained = scored([2, 1, 3, 3, 3, 0], [4, 3, 2, 3, 1, 0]);

const proposal = {
  title: '  Discharge ledger ',
  organisations: ' Trust A, Trust B ',
  assessor: 'J. Smith',
  date: '2026-11-26',
  description: ' Shares summaries. ',
  settings: ['ukNhs', 'us'],
  directCare: 'no',
} as unknown as Assessment['proposal'];

describe('the questions for the vendor', () => {
  it('one per weak condition and high or severe obstacle, with why, in the method’s order', () => {
    expect(
      buildReport({ answers: strained }).vendorQuestions.map((q) => [q.about.questionId, q.why]),
    ).toEqual([
      ['condition.semanticInteroperability', 'Condition 2 is poorly met.'],
      ['condition.governanceIncentives', 'Condition 6 is not met.'],
      ['obstacle.adoption', 'Obstacle 1 is rated severe.'],
      ['obstacle.interoperability', 'Obstacle 2 is rated high.'],
      ['obstacle.dataSecurity', 'Obstacle 4 is rated high.'],
    ]);
  });

  it('a partly met condition and a moderate obstacle raise none', () => {
    expect(buildReport({ answers: scored([2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2]) }).vendorQuestions).toEqual(
      [],
    );
  });

  it('a condition that carries no weight for the function relied on raises none', () => {
    // Track and trace only: C5 (non-confidential data) weighs nothing, so its "not met" asks nothing.
    const answers = scored([3, 3, 3, 3, 0, 3], [1, 1, 1, 1, 1, 1], { 'coreFunction.recordPooling': 'no' });
    expect(buildReport({ answers }).vendorQuestions.map((q) => q.about.questionId)).not.toContain(
      'condition.nonConfidential',
    );
    expect(
      buildReport({ answers: scored([3, 3, 3, 3, 0, 3], [1, 1, 1, 1, 1, 1]) }).vendorQuestions.map(
        (q) => q.about.questionId,
      ),
    ).toContain('condition.nonConfidential');
  });

  it('a tension in conflict, and an unknown that could move the verdict (asked first)', () => {
    const answers = scored([3, 3, 3, 3, 3, 3], [1, 1, 1, 1, 1, 1], {
      'tension.socialVsComputationalTrust': 0,
    });
    expect(buildReport({ answers }).vendorQuestions.map((q) => [q.about.questionId, q.why])).toEqual([
      ['tension.socialVsComputationalTrust', 'The position taken conflicts with what a ledger gives.'],
    ]);
    const report = buildReport(exampleToAssessment(findExample('patient-records')!));
    expect(report.vendorQuestions[0]).toMatchObject({
      about: { questionId: 'prescreen.trustedOperator' },
      why: 'Not known yet, and the answer could move the verdict.',
    });
  });

  it('with too little known, each answer needed before a verdict, once', () => {
    const report = buildReport(exampleToAssessment(findExample('case-procredex')!));
    const needed = report.vendorQuestions.filter((q) => q.why === 'Needed before any verdict can be given.');
    expect(needed.map((q) => q.about.questionId)).toEqual(
      report.evidenceMissing
        .map((m) => m.questionId)
        .filter((id) => !report.confidence.pivotal.some((p) => p.questionId === id)),
    );
    expect(needed.length).toBeGreaterThan(0);
    const ids = report.vendorQuestions.map((q) => q.about.questionId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the report’s other parts', () => {
  it('the top risks: at most three, severe before high, then tensions in conflict', () => {
    expect(buildReport({ answers: strained }).topRisks.map((t) => t.questionId)).toEqual([
      'obstacle.adoption',
      'obstacle.interoperability',
      'obstacle.dataSecurity',
    ]);
    const one = scored([3, 3, 3, 3, 3, 3], [2, 2, 3, 2, 2, 2], { 'tension.socialVsComputationalTrust': 0 });
    expect(buildReport({ answers: one }).topRisks.map((t) => t.questionId)).toEqual([
      'obstacle.governance',
      'tension.socialVsComputationalTrust',
    ]);
    expect(buildReport({ answers: scored([3, 3, 3, 3, 3, 3], [2, 2, 2, 2, 2, 2]) }).topRisks).toEqual([]);
  });

  it('the proposal’s rows in the reader’s words, trimmed, empty fields left out; its title and text trimmed', () => {
    const report = buildReport({ answers: strained, proposal });
    expect(report.title).toBe('Discharge ledger');
    expect(report.proposal.rows).toEqual([
      ['Organisation or organisations', 'Trust A, Trust B'],
      ['Assessor', 'J. Smith'],
      ['Date of assessment', '26 November 2026'],
      ['Settings', 'UK NHS, United States'],
      ['Would it be used in the direct care of patients?', 'No'],
    ]);
    expect(report.proposal.organisations).toBe('Trust A, Trust B');
    expect(report.proposal.description).toBe('Shares summaries.');
    const bare = buildReport({ answers: strained });
    expect([bare.title, bare.proposal]).toEqual([
      'This proposal',
      { rows: [], organisations: '', description: '' },
    ]);
  });

  it('a draft hazard log only for the NHS where the product may be used in direct care', () => {
    expect(buildReport({ answers: strained, proposal }).hazardLog).toEqual([]);
    const direct = { ...proposal, directCare: 'yes' } as Assessment['proposal'];
    expect(buildReport({ answers: strained, proposal: direct }).hazardLog.length).toBeGreaterThan(0);
    const us = { ...proposal, settings: ['us'], directCare: 'yes' } as unknown as Assessment['proposal'];
    expect(buildReport({ answers: strained, proposal: us }).hazardLog).toEqual([]);
  });

  it('which core functions it relies on, in one sentence', () => {
    const text = (track: string, pool: string) =>
      buildReport({
        answers: {
          'coreFunction.trackAndTrace': { value: track },
          'coreFunction.recordPooling': { value: pool },
        },
      }).coreFunctionsText;
    expect(text('yes', 'yes')).toBe('It relies on verified, auditable track-and-trace and record pooling.');
    expect(text('yes', 'no')).toBe(
      'It relies on verified, auditable track-and-trace. It does not rely on record pooling.',
    );
    expect(text('no', 'dontKnow')).toBe(
      'It does not rely on verified, auditable track-and-trace. Whether it relies on record pooling is not known yet.',
    );
  });

  it('with too little known: no design advised, no suggestions, no scores', () => {
    const report = buildReport(exampleToAssessment(findExample('case-procredex')!));
    expect(report.band).toBe('undetermined');
    expect(report.architecture.why).toBe('No design is advised until enough is known to give a verdict.');
    expect(report.suggestions).toEqual({
      better: [],
      worse: [],
      betterIfFactsDiffered: [],
      worseIfFactsDiffered: [],
    });
    expect(report.scores).toEqual({});
  });

  it('the share of needed answers unknown, in whole per cent, and what is still unanswered', () => {
    const report = buildReport({ answers: strained });
    expect(report.confidence.unknownPercent).toBe(12);
    expect(report.missing.map((m) => m.questionId)).toEqual([
      'tension.performanceVsSecurity',
      'tension.privacyVsTransparency',
      'tension.socialVsComputationalTrust',
    ]);
  });

  it('a suggestion names each change as short name: from → to, joined by "; and"', () => {
    expect(
      describeSuggestion({
        band: 'conditionalFit',
        changes: [
          { questionId: 'condition.governanceIncentives', from: 0, to: 1 },
          { questionId: 'obstacle.adoption', from: 4, to: 2 },
        ],
      }),
    ).toEqual({
      text: 'C6 Governance and incentives: Not met → Poorly met; and O1 Adoption: Severe → Moderate',
      band: 'conditionalFit',
      bandLabel: 'Conditional fit',
    });
  });
});
