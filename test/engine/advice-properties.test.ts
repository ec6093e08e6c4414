import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlreadyHashAnchoring } from '../../src/engine/alternatives';
import { assess } from '../../src/engine/assess';
import { bandIndex } from '../../src/engine/bands';
import { whatWouldChange } from '../../src/engine/what-would-change';
import { roleOf } from '../../src/framework/question-roles';
import { buildReport } from '../../src/report/build-report';
import type { Answers } from '../../src/schema/assessment-schema';
import { anyAnswers, mostlyKnownAnswers } from './answers-fixtures';

/** What following "hash anchoring" means for the answers: only hashes on-chain, nothing identifiable, no pooling. */
const followHashAnchoring = (answers: Answers): Answers => ({
  ...answers,
  'proposal.onChainData': { value: 'hashesOnly' },
  'proposal.patientIdentifiable': { value: 'no' },
  'coreFunction.recordPooling': { value: 'no' },
  'coreFunction.trackAndTrace': { value: 'yes' },
});
const runs = { numRuns: 1000 };

describe('advice that stays consistent when followed', () => {
  it('following "hash anchoring would serve better" never brings the same advice back, nor a worse band', () => {
    let followed = 0;
    fc.assert(
      fc.property(mostlyKnownAnswers, (answers) => {
        const before = assess(answers);
        if (!before.evidence.sufficient) return;
        if (
          before.architecture.kind !== 'alternative' ||
          before.architecture.architecture !== 'hashAnchoring'
        )
          return;
        followed++;
        const after = assess(followHashAnchoring(answers));
        expect(
          after.architecture.kind === 'alternative' && after.architecture.architecture === 'hashAnchoring',
        ).toBe(false);
        expect(bandIndex(after.band)).toBeGreaterThanOrEqual(bandIndex(before.band));
      }),
      { numRuns: 3000 },
    );
    // The property must have been exercised, not skipped.
    expect(followed).toBeGreaterThan(50);
  });

  it('never recommends the design the proposal already has', () => {
    // Generated already hash anchoring (hashes only on the ledger, no pooling, tracking not ruled out), rather
    // than filtered from random answers, where it held in about 1 run in 14.
    const alreadyHashAnchoring = fc.tuple(mostlyKnownAnswers, fc.constantFrom('yes', 'dontKnow')).map(
      ([answers, tracking]): Answers => ({
        ...answers,
        'proposal.onChainData': { value: 'hashesOnly' },
        'coreFunction.recordPooling': { value: 'no' },
        'coreFunction.trackAndTrace': { value: tracking },
      }),
    );
    fc.assert(
      fc.property(alreadyHashAnchoring, (answers) => {
        expect(isAlreadyHashAnchoring(answers)).toBe(true);
        const { architecture } = assess(answers);
        expect(architecture.kind === 'alternative' && architecture.architecture === 'hashAnchoring').toBe(
          false,
        );
      }),
      runs,
    );
  });

  it('shows first the reason that set the band, or that too little is known to give one', () => {
    fc.assert(
      fc.property(mostlyKnownAnswers, (answers) => {
        const result = assess(answers);
        const first = result.reasons[0];
        expect(first?.decisive).toBe(true);
        expect(result.reasons.filter((r) => r.decisive).length).toBeGreaterThan(0);
        if (!result.evidence.sufficient) {
          expect(first?.id).toBe('evidence.insufficient');
          expect(result.reasons.filter((r) => r.decisive)).toHaveLength(1);
          return;
        }
        const setting = result.caps.filter((c) => c.band === result.band);
        if (setting.length > 0) expect(setting.map((c) => c.reason.id)).toContain(first?.id);
        else expect(first?.id).toBe('score.band');
      }),
      runs,
    );
  });

  it('never says record pooling is ruled out for a proposal that does not pool', () => {
    let checked = 0;
    fc.assert(
      fc.property(mostlyKnownAnswers, (answers) => {
        if (answers['coreFunction.recordPooling']?.value !== 'no') return;
        checked++;
        for (const r of assess(answers).reasons) expect(r.text).not.toMatch(/Record pooling is ruled out/);
      }),
      runs,
    );
    // The property must have been exercised, not skipped (it holds in about 4 runs in 10).
    expect(checked).toBeGreaterThan(runs.numRuns / 5);
  });
});

describe('no band without evidence', () => {
  it('gives no band, no suggestions and no score from nothing known', () => {
    // Random answers leave too little known in only about 1 run in 16: here the conditions and the pre-screen
    // are left unanswered, so too little is known in about 2 runs in 3 (a gate from known facts can still set a
    // band).
    const conditionsUnknown = anyAnswers.map(
      (answers): Answers =>
        Object.fromEntries(
          Object.entries(answers).filter(([id]) => !/^(condition|prescreen)\./.test(id)),
        ) as Answers,
    );
    let checked = 0;
    fc.assert(
      fc.property(conditionsUnknown, (answers) => {
        if (assess(answers).evidence.sufficient) return;
        checked++;
        const report = buildReport({ answers });
        expect(report.band).toBe('undetermined');
        expect(report.suggestions.better).toEqual([]);
        expect(report.evidenceMissing.length).toBeGreaterThan(0);
        expect(report.scores).toEqual({});
      }),
      // buildReport on every run: fewer runs than the engine-only properties, each one exercised.
      { numRuns: 300 },
    );
    // The property must have been exercised, not skipped.
    expect(checked).toBeGreaterThan(60);
  }, 180_000);

  it('with every answer "Don’t know", and with one condition fully met, says "Not enough answers yet"', () => {
    const unknown = buildReport({
      answers: Object.fromEntries(
        buildReport({ answers: {} })
          .answersByPage.flatMap((p) => p.answers)
          .map((a) => [a.questionId, { value: 'dontKnow' }]),
      ),
    });
    expect(unknown.band).toBe('undetermined');
    expect(unknown.scores).toEqual({});
    const one = buildReport({ answers: { 'condition.commonInterest': { value: 4 } } });
    expect(one.band).toBe('undetermined');
    expect(one.bandLabel).toBe('Not enough answers yet');
  });
});

describe('what would change', () => {
  it('leads with levers and mitigations: facts only in their own list', () => {
    fc.assert(
      fc.property(mostlyKnownAnswers, (answers) => {
        for (const s of whatWouldChange(answers, 'better', ['lever', 'risk']))
          for (const c of s.changes) expect(roleOf(c.questionId)).not.toBe('fact');
      }),
      { numRuns: 200 },
    );
  });

  it('offers the smallest step: no change in a suggestion can be made smaller and still reach the band', () => {
    fc.assert(
      fc.property(mostlyKnownAnswers, (answers) => {
        const current = bandIndex(assess(answers).band);
        for (const s of whatWouldChange(answers, 'better')) {
          for (const [i, change] of s.changes.entries()) {
            const from = answers[change.questionId]?.value;
            const to = change.to;
            if (typeof from !== 'number' || typeof to !== 'number') continue;
            const step = to > from ? -1 : 1;
            if (to + step === from) continue;
            const smaller = s.changes.map((c, j) => (j === i ? { ...c, to: to + step } : c));
            const next = { ...answers };
            for (const c of smaller) next[c.questionId] = { value: c.to };
            expect(bandIndex(assess(next).band)).toBeLessThanOrEqual(current);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
