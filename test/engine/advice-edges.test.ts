import { describe, expect, it } from 'vitest';
import { adviseArchitecture } from '../../src/engine/alternatives';
import { assess } from '../../src/engine/assess';
import { decide } from '../../src/engine/decide';
import { whatWouldChange } from '../../src/engine/what-would-change';
import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import type { Answers } from '../../src/schema/assessment-schema';
import { changed, without } from './strong-fit-answers';

/** #25: survivors of the first mutation run on alternatives.ts, reasons.ts and what-would-change.ts. */
const advice = (answers: Answers) => adviseArchitecture(decide(answers), answers);

describe('the advice at the edges', () => {
  it('names the design that fits from a conditional fit, not only a strong one', () => {
    const answers = changed({ 'obstacle.adoption': 4 });
    expect(decide(answers).band).toBe('conditionalFit');
    expect(advice(answers)).toMatchObject({ kind: 'fits', architecture: 'permissionedLedger' });
  });

  it("gives a hash-anchoring proposal the gate's own alternative when that is not hash anchoring", () => {
    expect(
      advice(changed({ 'coreFunction.recordPooling': 'no', 'prescreen.trustedOperator': 'yes' })),
    ).toMatchObject({
      kind: 'alternative',
      architecture: 'trustedRegistry',
    });
  });

  it('quotes the condition fit when some conditions are known, even if not all', () => {
    const answers = without(
      ['condition.governanceIncentives'],
      changed({
        'condition.commonInterest': 1,
        'condition.semanticInteroperability': 1,
        'condition.longitudinalRecord': 1,
        'condition.validityCheck': 2,
        'condition.nonConfidential': 2,
      }),
    );
    // Known: 1, 1, 1, 2, 2 of 4 each: 7 / 20 = 35.
    expect(advice(answers).why).toContain(
      'on the scores (condition fit 35/100, obstacle risk 0/100) it is a weak fit.',
    );
  });
});

describe('the reasons at the edges', () => {
  it('say the risk is not scored when no obstacle is known, and cite only the conditions', () => {
    const result = assess(
      without(
        obstacles.map((o) => o.id),
        changed({ 'prescreen.sharedStore': 'no' }),
      ),
    );
    expect(result.reasons.find((r) => r.id === 'score.band')).toMatchObject({
      text: expect.stringContaining('(condition fit 100/100, obstacle risk not scored)'),
      questionIds: conditions.map((c) => c.id),
    });
  });

  it('cite the one answer behind each strength and each risk', () => {
    const result = assess(changed({ 'obstacle.humanFactors': 3 }));
    expect(result.reasons.find((r) => r.id === 'strength.condition.commonInterest')?.questionIds).toEqual([
      'condition.commonInterest',
    ]);
    expect(result.reasons.find((r) => r.id === 'risk.obstacle.humanFactors')?.questionIds).toEqual([
      'obstacle.humanFactors',
    ]);
  });
});

describe('what would change the verdict up from not a fit', () => {
  it('offers either core function back', () => {
    expect(
      whatWouldChange(changed({ 'coreFunction.trackAndTrace': 'no', 'coreFunction.recordPooling': 'no' })),
    ).toEqual([
      { changes: [{ questionId: 'coreFunction.trackAndTrace', from: 'no', to: 'yes' }], band: 'strongFit' },
      { changes: [{ questionId: 'coreFunction.recordPooling', from: 'no', to: 'yes' }], band: 'strongFit' },
    ]);
  });
});
