import { describe, expect, it } from 'vitest';
import { bandCaps } from '../../src/engine/caps';
import { prescreenFailures } from '../../src/engine/prescreen';
import { conditionFitScore } from '../../src/engine/scores';
import { tensionPositions } from '../../src/engine/tensions';
import { conditions } from '../../src/framework/conditions';
import type { Answers } from '../../src/schema/assessment-schema';
import { changed, without } from './strong-fit-answers';

/** #25: survivors of the first mutation run on src/engine/caps.ts and scores.ts, each pinned by its case. */
const capIds = (answers: Answers) =>
  bandCaps(answers, prescreenFailures(answers), tensionPositions(answers)).map((c) => c.reason.id);

describe('the caps, where other caps or unknowns are about', () => {
  it('keeps condition 5 poorly met as a cap of its own beside a gate of another kind', () => {
    expect(capIds(changed({ 'prescreen.sharedStore': 'no', 'condition.nonConfidential': 1 }))).toEqual([
      'gate.prescreen.sharedStore',
      'cap.condition.nonConfidential',
    ]);
  });

  it('never caps on a condition that is not known', () => {
    for (const c of conditions) {
      expect(capIds(changed({ [c.id]: 'dontKnow' }))).toEqual([]);
      expect(capIds(without([c.id]))).toEqual([]);
    }
  });

  it('names identifiable data only for the privacy tension, not for tension 1', () => {
    const answers = changed({
      'tension.performanceVsSecurity': 0,
      'proposal.patientIdentifiable': 'yes',
      'proposal.onChainData': 'metadata',
      'condition.nonConfidential': 4,
    });
    const tension1 = bandCaps(answers, prescreenFailures(answers), tensionPositions(answers)).find(
      (c) => c.reason.id === 'cap.tension.performanceVsSecurity',
    );
    expect(tension1?.reason.questionIds).toEqual(['tension.performanceVsSecurity', 'proposal.onChainData']);
  });
});

describe('condition fit with nothing that carries weight known', () => {
  it('is 0, not a division of zero by zero', () => {
    // Track-and-trace alone, only condition 5 (weight 0 there) known.
    const answers = without(
      conditions.map((c) => c.id).filter((id) => id !== 'condition.nonConfidential'),
      changed({ 'coreFunction.recordPooling': 'no' }),
    );
    const fit = conditionFitScore(answers);
    expect(fit.score).toBe(0);
    expect(fit.contributions.map((c) => c.points)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
