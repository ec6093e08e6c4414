import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { bandFromScores } from '../../src/engine/bands';
import { conditions } from '../../src/framework/conditions';
import { confidenceThresholds, minimumEvidence, scoreThresholds } from '../../src/framework/method-numbers';
import { obstacles } from '../../src/framework/obstacles';
import { dontKnow } from '../../src/framework/scales';
import type { Answers } from '../../src/schema/assessment-schema';
import { strongFitAnswers } from './strong-fit-answers';

/**
 * The numbers the verdict turns on, each tested at its edge, so that moving a bound by one (`<=` to `<`, 4 to 5)
 * fails here rather than only in a docs snapshot. docs/method.md states each of them in words.
 */

/** A complete proposal that passes every rule: strong fit, no gate, no cap. */
const clean = strongFitAnswers;
const unknown = (ids: readonly string[]): Answers => {
  const answers: Answers = { ...clean };
  for (const id of ids) answers[id] = { value: dontKnow };
  return answers;
};

describe('the score thresholds of the bands (docs/method.md: strong fit needs fit ≥ 75 and risk ≤ 50)', () => {
  const { strong, conditional } = scoreThresholds;

  it('are the published numbers', () => {
    expect(scoreThresholds).toEqual({
      strong: { minFit: 75, maxRisk: 50 },
      conditional: { minFit: 50, maxRisk: 75 },
    });
  });

  it('gives a strong fit at exactly the strong risk bound, and not one point above it', () => {
    expect(bandFromScores(strong.minFit, strong.maxRisk)).toBe('strongFit');
    expect(bandFromScores(100, strong.maxRisk)).toBe('strongFit');
    expect(bandFromScores(strong.minFit, strong.maxRisk + 1)).toBe('conditionalFit');
    expect(bandFromScores(100, strong.maxRisk + 0.01)).toBe('conditionalFit');
  });

  it('gives a strong fit from exactly the strong fit bound, and not one point below it', () => {
    expect(bandFromScores(strong.minFit, 0)).toBe('strongFit');
    expect(bandFromScores(strong.minFit - 1, 0)).toBe('conditionalFit');
    expect(bandFromScores(strong.minFit - 0.01, 0)).toBe('conditionalFit');
  });

  it('gives a conditional fit at exactly its bounds, and a weak fit just past either', () => {
    expect(bandFromScores(conditional.minFit, conditional.maxRisk)).toBe('conditionalFit');
    expect(bandFromScores(conditional.minFit - 1, conditional.maxRisk)).toBe('weakFit');
    expect(bandFromScores(conditional.minFit, conditional.maxRisk + 1)).toBe('weakFit');
    expect(bandFromScores(conditional.minFit - 0.01, 0)).toBe('weakFit');
    expect(bandFromScores(100, conditional.maxRisk + 0.01)).toBe('weakFit');
  });
});

describe(`the evidence minimum (a band needs ${minimumEvidence.conditionsKnown} of 6 conditions and ${minimumEvidence.obstaclesKnown} of 6 obstacles known)`, () => {
  const conditionIds = conditions.map((c) => c.id);
  const obstacleIds = obstacles.map((o) => o.id);

  it('are the published numbers', () => {
    expect(minimumEvidence).toEqual({ conditionsKnown: 4, obstaclesKnown: 3 });
  });

  it('gives a band with exactly the minimum of conditions known, and none with one fewer', () => {
    const atMinimum = assess(unknown(conditionIds.slice(0, 6 - minimumEvidence.conditionsKnown)));
    expect(atMinimum.evidence).toMatchObject({
      conditionsKnown: 4,
      sufficient: true,
      missingQuestionIds: [],
    });

    const oneShort = conditionIds.slice(0, 7 - minimumEvidence.conditionsKnown);
    const below = assess(unknown(oneShort));
    expect(below.evidence.conditionsKnown).toBe(3);
    expect(below.evidence.sufficient).toBe(false);
    // What to find out first: exactly the unknown conditions.
    expect([...below.evidence.missingQuestionIds].sort()).toEqual([...oneShort].sort());
  });

  it('gives a band with exactly the minimum of obstacles known, and none with one fewer', () => {
    const atMinimum = assess(unknown(obstacleIds.slice(0, 6 - minimumEvidence.obstaclesKnown)));
    expect(atMinimum.evidence).toMatchObject({ obstaclesKnown: 3, sufficient: true, missingQuestionIds: [] });

    const oneShort = obstacleIds.slice(0, 7 - minimumEvidence.obstaclesKnown);
    const below = assess(unknown(oneShort));
    expect(below.evidence.obstaclesKnown).toBe(2);
    expect(below.evidence.sufficient).toBe(false);
    expect([...below.evidence.missingQuestionIds].sort()).toEqual([...oneShort].sort());
  });
});

describe(`the confidence rule: low with ${confidenceThresholds.lowPivotalCount} or more pivotal unknowns`, () => {
  it('is the published number', () => {
    expect(confidenceThresholds.lowPivotalCount).toBe(3);
  });

  // Obstacles 1 to 3 unknown on a strong fit: each alone could lower the band, enough is still known to give
  // one, and few questions are unknown (well under the 30 % that alone makes confidence low), so only the
  // pivotal count decides.
  const firstObstacles = obstacles.slice(0, confidenceThresholds.lowPivotalCount).map((o) => o.id);

  it('is low with exactly three pivotal unknowns and few unknowns overall', () => {
    const result = assess(unknown(firstObstacles));
    expect(result.evidence.sufficient).toBe(true);
    expect(result.confidence.pivotalQuestionIds).toHaveLength(confidenceThresholds.lowPivotalCount);
    expect(result.confidence.unknownShare).toBeLessThanOrEqual(confidenceThresholds.lowAbove);
    expect(result.confidence.level).toBe('low');
  });

  it('is not low with two pivotal unknowns and few unknowns overall', () => {
    const result = assess(unknown(firstObstacles.slice(0, confidenceThresholds.lowPivotalCount - 1)));
    expect(result.evidence.sufficient).toBe(true);
    expect(result.confidence.pivotalQuestionIds).toHaveLength(confidenceThresholds.lowPivotalCount - 1);
    expect(result.confidence.unknownShare).toBeLessThanOrEqual(confidenceThresholds.lowAbove);
    expect(result.confidence.level).not.toBe('low');
  });
});
