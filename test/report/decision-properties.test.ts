import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extremeFill } from '../../src/engine/confidence';
import { shownVerdictOf } from '../../src/engine/shown-verdict';
import { conditions } from '../../src/framework/conditions';
import { ledgerFacts } from '../../src/framework/ledger-facts';
import { obstacles } from '../../src/framework/obstacles';
import { findQuestion, type QuestionId } from '../../src/framework/questions';
import { regulatoryProfiles } from '../../src/framework/regulatory-profiles';
import { tensions } from '../../src/framework/tensions';
import { buildReport, type Report } from '../../src/report/build-report';
import type { Answers, Assessment } from '../../src/schema/assessment-schema';
import { mostlyKnownAnswers, passingPrescreen } from '../engine/answers-fixtures';
import { anyAssessment } from '../schema/assessment-arbitrary';

/**
 * The words against the decision, over random assessments (issue #21): a sentence that contradicts the
 * recommendation, quotes a score that was not given, or claims an answer could move the verdict when it
 * cannot, is what a vendor looks for first.
 */
const runs = 2000;

/** Passes the pre-screen with conditions and obstacles mostly favourable: pilots and go-aheads are common. */
const promisingAnswers: fc.Arbitrary<Answers> = fc
  .record({
    conditions: fc.array(fc.constantFrom<number | 'dontKnow'>(2, 3, 4, 4, 'dontKnow'), {
      minLength: 6,
      maxLength: 6,
    }),
    obstacles: fc.array(fc.constantFrom<number | 'dontKnow'>(0, 1, 2, 3, 'dontKnow'), {
      minLength: 6,
      maxLength: 6,
    }),
    tensions: fc.array(fc.constantFrom<number | 'dontKnow'>(1, 2, 3, 4), { minLength: 3, maxLength: 3 }),
    pooling: fc.constantFrom('yes', 'no'),
  })
  .map(({ conditions: c, obstacles: o, tensions: t, pooling }) => {
    const answers: Answers = Object.fromEntries(
      Object.entries({ ...passingPrescreen, 'coreFunction.recordPooling': pooling }).map(([id, value]) => [
        id,
        { value },
      ]),
    );
    for (const [i, q] of conditions.entries()) answers[q.id] = { value: c[i] ?? 'dontKnow' };
    for (const [i, q] of obstacles.entries()) answers[q.id] = { value: o[i] ?? 'dontKnow' };
    for (const [i, q] of tensions.entries()) answers[q.id] = { value: t[i] ?? 'dontKnow' };
    return answers;
  });

// Fully random (many unknowns: "not enough answers" often), mostly known (bands and gates), and promising
// (pilots and go-aheads), so every branch of the recommendation is exercised.
const withAnswers = (answers: fc.Arbitrary<Answers>) =>
  fc.tuple(anyAssessment, answers).map(([a, list]) => ({ ...a, answers: list }));
const assessments: fc.Arbitrary<Assessment> = fc.oneof(
  { weight: 2, arbitrary: anyAssessment },
  { weight: 1, arbitrary: withAnswers(mostlyKnownAnswers) },
  { weight: 1, arbitrary: withAnswers(promisingAnswers) },
);

const stepSpecs = new Map(
  regulatoryProfiles.flatMap((p) =>
    p.duties.flatMap((d) => d.steps.map((s) => [s.id, { duty: d, step: s }] as const)),
  ),
);

const allText = (report: Report) => [
  ...report.decision.sentences.map((s) => s.text),
  ...report.reasons.map((r) => r.text),
  report.summary,
  report.architecture.why,
  report.recommendation,
];

const moves = (answers: Answers, id: QuestionId, shown: string) =>
  (findQuestion(id)?.options ?? []).some(
    (o) => shownVerdictOf({ ...answers, [id]: { ...answers[id], value: o.value } }) !== shown,
  );

describe('the decision behind every sentence (fast-check, 2,000 random assessments)', () => {
  it('never contradicts itself', () => {
    const seen = {
      noAdoption: 0,
      undetermined: 0,
      admitsAdoption: 0,
      notScored: 0,
      pivotal: 0,
      belowHigh: 0,
      steps: 0,
    };
    fc.assert(
      fc.property(assessments, (assessment) => {
        const report = buildReport(assessment);
        const { decision, answers } = { decision: report.decision, answers: assessment.answers };
        const shown = decision.verdict.id;
        expect(shown).toBe(shownVerdictOf(answers));

        // 1. No adoption step under not a fit, weak fit or not enough answers.
        if (['notAFit', 'weakFit', 'undetermined'].includes(shown)) {
          seen.noAdoption++;
          if (shown === 'undetermined') seen.undetermined++;
          expect(decision.admitsAdoption).toBe(false);
          expect(decision.nextSteps.filter((s) => s.phase === 'adopting')).toEqual([]);
        } else {
          seen.admitsAdoption++;
          expect(decision.nextSteps.some((s) => s.phase === 'closing')).toBe(false);
        }

        // 2. No duty-driven step whose trigger is false.
        const facts = ledgerFacts(assessment.proposal.settings ?? [], answers, {
          ...(assessment.proposal.ledgerHolds ? { ledgerHolds: assessment.proposal.ledgerHolds } : {}),
          ...(assessment.proposal.directCare ? { directCare: assessment.proposal.directCare } : {}),
        });
        for (const s of decision.nextSteps) {
          const spec = stepSpecs.get(s.id);
          if (!spec) continue;
          seen.steps++;
          expect(spec.step.appliesWhen.holds(facts), s.id).toBe(true);
          expect(spec.duty.appliesWhen.holds(facts), spec.duty.id).toBe(true);
        }

        // 3. No score quoted when not scored.
        const text = allText(report).join('\n');
        if (report.scores.fit === undefined) expect(text).not.toMatch(/condition fit \d/i);
        if (report.scores.risk === undefined) expect(text).not.toMatch(/obstacle risk \d/i);
        if (report.scores.fit === undefined || report.scores.risk === undefined) seen.notScored++;
        if (shown === 'undetermined') expect(text).not.toMatch(/\d\/100/);

        // 4. Every "could move / change the verdict" claim is true of that one answer.
        const pivotal = report.confidence.pivotal.map((p) => p.questionId as QuestionId);
        for (const id of pivotal) expect(moves(answers, id, shown), id).toBe(true);
        seen.pivotal += pivotal.length > 0 ? 1 : 0;
        const claimed = [
          ...report.reasons.filter((r) => /could move the verdict/.test(r.text)).flatMap((r) => r.answers),
          ...report.vendorQuestions.filter((q) => /could move the verdict/.test(q.why)).map((q) => q.about),
          ...decision.nextSteps
            .filter((s) => /could change the verdict/.test(s.text))
            .flatMap((s) => s.answers),
        ].map((a) => a.questionId);
        for (const id of claimed) expect(pivotal, id).toContain(id);

        // 5. Confidence below high only when some unknown can move the verdict, alone or all together.
        const unknown = report.confidence.unknown.map((u) => u.questionId as QuestionId);
        if (decision.confidence.level !== 'high') {
          seen.belowHigh++;
          const together = (['best', 'worst'] as const).some(
            (e) => shownVerdictOf(extremeFill(answers, unknown, e)) !== shown,
          );
          expect(pivotal.length > 0 || together).toBe(true);
        } else expect(pivotal).toEqual([]);
      }),
      { numRuns: runs },
    );
    console.info('decision properties: conditional runs', seen);
    // The conditional properties ran often enough to mean something. Each floor is about half the rate seen
    // (two clean-clone CI runs: no adoption 1,555-1,567 of 2,000, not enough answers 106-115, adoption admitted
    // 433-445, not scored 108-115, pivotal 485-512, below high 496-521, steps 3,675-3,787), so random cases
    // never fail it: a floor at the rate itself (below high > 500) failed one CI run with 496.
    expect(seen.noAdoption).toBeGreaterThan(runs / 4);
    expect(seen.undetermined).toBeGreaterThan(runs / 40);
    expect(seen.admitsAdoption).toBeGreaterThan(runs / 10);
    expect(seen.notScored).toBeGreaterThan(runs / 40);
    expect(seen.pivotal).toBeGreaterThan(runs / 8);
    expect(seen.belowHigh).toBeGreaterThan(runs / 8);
    expect(seen.steps).toBeGreaterThan(runs);
  }, 1_200_000);
});
