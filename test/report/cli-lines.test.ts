import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { buildReport, type Report } from '../../src/report/build-report';
import {
  cliAssessmentSchema,
  cliJson,
  cliOutputJsonSchema,
  cliOutputSchema,
} from '../../src/report/cli-output';
import { cliText } from '../../src/report/cli-text';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** What `npm run assess` prints, line by line, and its JSON: both from the report's one decision. */
const reportOf = (id: string): Report => buildReport(exampleToAssessment(findExample(id)!));
const base = reportOf('patient-records');
const answer = (questionId: string, shortName: string, ans: string) => ({
  questionId,
  shortName,
  name: shortName,
  answer: ans,
  plain: '',
  pageId: 'p',
});
const s = (text: string, bandLabel: string) => ({ text, bandLabel, band: 'strongFit' });

describe('the CLI’s plain text', () => {
  const report = {
    ...base,
    title: 'Consent ledger',
    scores: { fit: 62, risk: undefined },
    decision: {
      ...base.decision,
      verdict: {
        ...base.decision.verdict,
        id: 'weakFit',
        label: 'Weak fit',
        headline: 'Risky.',
        provisional: true,
      },
      recommendation: { kind: 'pilot', text: 'Pilot it.' },
      decidingFact: { ...base.decision.decidingFact, text: 'Adoption is severe.' },
      confidence: { ...base.decision.confidence, label: 'Medium confidence', meaning: 'Could move.' },
      nextSteps: [{ text: 'Ask the vendor.' }, { text: 'Decide.' }],
    },
    architecture: { ...base.architecture, alreadyHasDesign: false, kind: 'alternative', title: 'A registry' },
    reasons: [
      {
        decisive: true,
        text: 'R1.',
        answers: [answer('a', 'O1 Adoption', 'Severe'), answer('b', 'C1 Common', 'Met')],
      },
      { decisive: false, text: 'R2.', answers: [] },
    ],
    suggestions: {
      better: [s('Agree an operator.', 'Conditional fit')],
      worse: [s('Adoption fails.', 'Not a fit')],
      betterIfFactsDiffered: [s('One writer.', 'Strong fit')],
      worseIfFactsDiffered: [s('Records on chain.', 'Not a fit')],
    },
    vendorQuestions: [{ ask: 'Who runs it?', evidence: 'A contract' }],
    regulatory: {
      ...base.regulatory,
      noProfile: false,
      profiles: [
        {
          name: 'England',
          duties: [
            { name: 'UK GDPR', implications: ['Personal data.', 'Erasure.'] },
            { name: 'DSPT', implications: [] },
          ],
        },
        { name: 'United States', duties: [] },
      ],
    },
    missing: [answer('c', 'O2 Interoperability', ''), answer('d', 'T1 Speed', '')],
  } as unknown as Report;

  it('every line, in order', () => {
    expect(cliText(report).split('\n')).toEqual([
      'Consent ledger — PROVISIONAL',
      'Verdict: Weak fit. Risky.',
      'Recommendation: Pilot it.',
      'The deciding fact: Adoption is severe.',
      'Condition fit 62/100 · obstacle risk not scored · medium confidence: Could move.',
      'What would serve better: A registry',
      'Next steps:',
      '  1. Ask the vendor.',
      '  2. Decide.',
      'Reasons:',
      '  - [decided the verdict] R1. (based on: O1 Adoption: Severe; C1 Common: Met)',
      '  - R2. (based on: )',
      'Design choices and mitigations that would move it up:',
      '  - Agree an operator. → Conditional fit',
      'Risks that would move it down:',
      '  - Adoption fails. → Not a fit',
      'Only if the situation were different:',
      '  - One writer. → Strong fit',
      '  - Records on chain. → Not a fit',
      'Questions for the vendor:',
      '  - Who runs it? (ask for: A contract)',
      'Regulatory checks:',
      '  - England: UK GDPR — Personal data. Erasure.',
      '  - England: DSPT',
      '  - United States: none of this profile’s duties is triggered by these answers.',
      'Not yet answered: O2 Interoperability, T1 Speed',
    ]);
  });

  it('leaves out what is empty, and names the design as it stands', () => {
    const lean = {
      ...report,
      scores: { fit: undefined, risk: 40 },
      decision: { ...report.decision, verdict: { ...report.decision.verdict, provisional: false } },
      architecture: { ...report.architecture, kind: 'fits', title: 'A ledger' },
      suggestions: { better: [], worse: [], betterIfFactsDiffered: [], worseIfFactsDiffered: [] },
      vendorQuestions: [],
      regulatory: { ...report.regulatory, noProfile: true },
      missing: [],
    } as unknown as Report;
    const lines = cliText(lean).split('\n');
    expect(lines[0]).toBe('Consent ledger');
    expect(lines[4]).toBe('Condition fit not scored · obstacle risk 40/100 · medium confidence: Could move.');
    expect(lines[5]).toBe('Design that fits: A ledger');
    expect(lines.at(-1)).toBe('  - R2. (based on: )');
    expect(lines).toHaveLength(12);
    const has = cliText({
      ...lean,
      architecture: { ...lean.architecture, alreadyHasDesign: true },
    } as Report);
    expect(has.split('\n')[5]).toBe('The design it already has: A ledger');
  });

  it('with no verdict: the answers to give first, instead of a design', () => {
    const none = buildReport({ answers: {} });
    const line = cliText(none).split('\n')[5];
    expect(line).toBe(`Answer these first: ${none.evidenceMissing.map((m) => m.shortName).join(', ')}`);
    expect(none.evidenceMissing.length).toBeGreaterThan(1);
  });
});

describe('the CLI’s JSON', () => {
  it('carries the report’s decision, design and sentences', () => {
    for (const id of ['patient-records', 'medicine-supply-chain', 'case-estonia-ksi']) {
      const report = reportOf(id);
      const json = cliJson('a1', report);
      const d = report.decision;
      const ref = (a: { questionId: string; name: string; answer: string }) => ({
        questionId: a.questionId,
        name: a.name,
        answer: a.answer,
      });
      expect(json).toEqual({
        id: 'a1',
        title: report.title,
        methodVersion: report.methodVersion,
        band: d.verdict.id,
        bandLabel: d.verdict.label,
        headline: d.verdict.headline,
        provisional: d.verdict.provisional,
        ...(d.scoreBand ? { scoreBand: d.scoreBand } : {}),
        scores: report.scores,
        recommendation: d.recommendation,
        decidingFact: {
          id: d.decidingFact.id,
          text: d.decidingFact.text,
          rule: d.decidingFact.rule,
          answers: d.decidingFact.answers.map(ref),
        },
        confidence: {
          level: d.confidence.level,
          label: d.confidence.label,
          meaning: d.confidence.meaning,
          couldMoveTheVerdict: report.confidence.pivotal.map((p) => p.questionId),
        },
        design: {
          kind: report.architecture.kind,
          id: report.architecture.id,
          title: report.architecture.title,
          why: report.architecture.why,
        },
        answerFirst: report.evidenceMissing.map((m) => m.questionId),
        nextSteps: d.nextSteps.map((x) => ({ id: x.id, text: x.text, phase: x.phase, rule: x.rule })),
        reasons: report.reasons.map((r) => ({
          id: r.id,
          kind: r.kind,
          decisive: r.decisive,
          text: r.text,
          answers: r.answers.map(ref),
        })),
        whatWouldChange: {
          better: report.suggestions.better,
          worse: report.suggestions.worse,
          betterIfFactsDiffered: report.suggestions.betterIfFactsDiffered,
          worseIfFactsDiffered: report.suggestions.worseIfFactsDiffered,
        },
        sentences: d.sentences.map((x) => ({
          id: x.id,
          text: x.text,
          rule: x.rule,
          answers: x.answers.map(ref),
        })),
      });
      expect(cliAssessmentSchema.safeParse(json).success).toBe(true);
      expect(Object.keys(json.decidingFact)).toEqual(['id', 'text', 'rule', 'answers']);
    }
    expect(cliJson('x', base).scoreBand).toBeDefined();
    expect(cliJson('x', base).reasons.some((r) => r.answers.length > 0)).toBe(true);
  });

  it('with no verdict: "notEnoughAnswers", no score band, no design', () => {
    const json = cliJson('none', buildReport({ answers: {} }));
    expect(json.band).toBe('notEnoughAnswers');
    expect('scoreBand' in json).toBe(false);
    expect('design' in json).toBe(false);
    expect(json.answerFirst.length).toBeGreaterThan(0);
    expect(cliOutputSchema.safeParse([json]).success).toBe(true);
  });

  it('the schema refuses what the CLI never prints', () => {
    const json = cliJson('a1', base);
    const refused = (changes: object) => cliAssessmentSchema.safeParse({ ...json, ...changes }).success;
    expect(refused({ band: 'undetermined' })).toBe(false);
    expect(refused({ scoreBand: 'notEnoughAnswers' })).toBe(false);
    expect(refused({ recommendation: { kind: 'maybe', text: '' } })).toBe(false);
    expect(refused({ confidence: { ...json.confidence, level: 'certain' } })).toBe(false);
    expect(refused({ design: { ...json.design, kind: 'other' } })).toBe(false);
    expect(refused({ nextSteps: [{ ...json.nextSteps[0], phase: 'later' }] })).toBe(false);
    expect(refused({ title: 1 })).toBe(false);
    expect(refused({ reasons: [{ ...json.reasons[0], decisive: 'yes' }] })).toBe(false);
    expect(
      refused({
        whatWouldChange: { ...json.whatWouldChange, better: [{ text: 'x', band: 'best', bandLabel: '' }] },
      }),
    ).toBe(false);
    expect(
      refused({ decidingFact: { ...json.decidingFact, answers: [{ questionId: 'q', name: 'n' }] } }),
    ).toBe(false);
    expect(cliOutputSchema.safeParse(json).success).toBe(false);
  });

  it('the published JSON Schema', () => {
    const schema = cliOutputJsonSchema() as Record<string, unknown> & {
      items: { properties: Record<string, unknown>; required: string[] };
    };
    expect(schema.$id).toBe('ledger-fit-cli-output.v1.schema.json');
    expect(schema.title).toBe('Ledger Fit CLI output (npm run assess -- FILE --format json)');
    expect(schema.description).toMatch(
      /^One entry per assessment in the file\. `band` is the verdict shown: "notEnoughAnswers"/,
    );
    expect(schema.type).toBe('array');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.items.required).toContain('band');
    expect(schema.items.required).not.toContain('scoreBand');
    expect(schema.items.required).not.toContain('design');
    expect(Object.keys(schema.items.properties)).toContain('whatWouldChange');
  });
});

describe('the CLI’s JSON of what would change it', () => {
  it('each kind of suggestion as the report has it', () => {
    const suggestions = {
      better: [s('Agree an operator.', 'Conditional fit')],
      worse: [s('Adoption fails.', 'Not a fit')],
      betterIfFactsDiffered: [s('One writer.', 'Strong fit')],
      worseIfFactsDiffered: [s('Records on chain.', 'Not a fit')],
    } as unknown as Report['suggestions'];
    expect(cliJson('a', { ...base, suggestions }).whatWouldChange).toEqual(suggestions);
  });
});
