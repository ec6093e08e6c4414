import { describe, expect, it } from 'vitest';
import { bandAt, bandIndex, worseBand } from '../../src/engine/bands';
import { conditionWeightKey, reliedOnCoreFunctions } from '../../src/engine/core-function';
import { conditionFitScore, obstacleRiskScore } from '../../src/engine/scores';
import { changed, strongFitAnswers, without } from './strong-fit-answers';

/** #25: the arithmetic under the bands (docs/method.md, "Scores"), each rule checked on numbers worked by hand. */

describe('the bands', () => {
  it('are ordered worst first, and the worse of two is the one with the lower index', () => {
    expect(['notAFit', 'weakFit', 'conditionalFit', 'strongFit'].map((b) => bandIndex(b as never))).toEqual([
      0, 1, 2, 3,
    ]);
    expect(worseBand('strongFit', 'weakFit')).toBe('weakFit');
    expect(worseBand('weakFit', 'strongFit')).toBe('weakFit');
    expect(worseBand('notAFit', 'conditionalFit')).toBe('notAFit');
    expect(worseBand('conditionalFit', 'conditionalFit')).toBe('conditionalFit');
  });

  it('clamps an index outside the scale to its ends', () => {
    expect(bandAt(-1)).toBe('notAFit');
    expect(bandAt(0)).toBe('notAFit');
    expect(bandAt(2)).toBe('conditionalFit');
    expect(bandAt(3)).toBe('strongFit');
    expect(bandAt(4)).toBe('strongFit');
  });
});

describe('condition fit', () => {
  it('is the weighted mean of the known ratings on 0–100, unknown and missing answers left out', () => {
    const answers = without(
      ['condition.longitudinalRecord'],
      changed({
        'condition.commonInterest': 2,
        'condition.semanticInteroperability': 'dontKnow',
        'condition.validityCheck': 4,
        'condition.nonConfidential': 0,
        'condition.governanceIncentives': 3,
      }),
    );
    // Record pooling: every condition weighs 1; known ratings 2, 4, 0, 3 of 4 each: 9 / 16 = 56.25 → 56.3.
    const fit = conditionFitScore(answers);
    expect(fit.score).toBe(56.3);
    expect(fit.contributions.map((c) => [c.questionId, c.value, c.points])).toEqual([
      ['condition.commonInterest', 2, 12.5],
      ['condition.semanticInteroperability', undefined, 0],
      ['condition.longitudinalRecord', undefined, 0],
      ['condition.validityCheck', 4, 25],
      ['condition.nonConfidential', 0, 0],
      ['condition.governanceIncentives', 3, 18.75],
    ]);
  });

  it('rounds to one decimal place', () => {
    // Three known, all weight 1: (4 + 4 + 0) / 12 = 66.67 → 66.7.
    const answers = without(
      ['condition.longitudinalRecord', 'condition.validityCheck', 'condition.governanceIncentives'],
      changed({ 'condition.nonConfidential': 0 }),
    );
    expect(conditionFitScore(answers).score).toBe(66.7);
  });

  it('weighs the conditions for track-and-trace alone, where condition 5 counts for nothing', () => {
    const tracingOnly = changed({
      'coreFunction.recordPooling': 'no',
      'condition.commonInterest': 0,
      'condition.semanticInteroperability': 0,
      'condition.longitudinalRecord': 4,
      'condition.validityCheck': 4,
      'condition.nonConfidential': 0,
      'condition.governanceIncentives': 0,
    });
    // Weights 0.5, 0.5, 1, 1, 0, 0.5: (1·4 + 1·4) / (4 · 3.5) = 57.14 → 57.1; condition 5 (weight 0) is out.
    const fit = conditionFitScore(tracingOnly);
    expect(fit.score).toBe(57.1);
    expect(fit.contributions.map((c) => c.weight)).toEqual([0.5, 0.5, 1, 1, 0, 0.5]);
    expect(fit.contributions.find((c) => c.questionId === 'condition.nonConfidential')?.points).toBe(0);
  });

  it('is 0 with nothing known, never a division by zero', () => {
    const none = without([
      'condition.commonInterest',
      'condition.semanticInteroperability',
      'condition.longitudinalRecord',
      'condition.validityCheck',
      'condition.nonConfidential',
      'condition.governanceIncentives',
    ]);
    const fit = conditionFitScore(none);
    expect(fit.score).toBe(0);
    expect(fit.contributions.every((c) => c.points === 0)).toBe(true);
  });
});

describe('obstacle risk', () => {
  it('is the plain mean of the known severities on 0–100', () => {
    const answers = without(
      ['obstacle.governance'],
      changed({
        'obstacle.adoption': 4,
        'obstacle.interoperability': 'dontKnow',
        'obstacle.dataSecurity': 3,
      }),
    );
    // Known: 4, 3, 0, 0 of 4 each: 7 / 16 = 43.75 → 43.8.
    const risk = obstacleRiskScore(answers);
    expect(risk.score).toBe(43.8);
    expect(risk.contributions.map((c) => c.points)).toEqual([25, 0, 0, 18.75, 0, 0]);
    expect(risk.contributions.every((c) => c.weight === 1)).toBe(true);
  });

  it('is 100 when every obstacle is severe', () => {
    const severe = changed(
      Object.fromEntries(
        ['adoption', 'interoperability', 'governance', 'dataSecurity', 'qualitySafety', 'humanFactors'].map(
          (o) => [`obstacle.${o}`, 4],
        ),
      ),
    );
    expect(obstacleRiskScore(severe).score).toBe(100);
    expect(obstacleRiskScore(strongFitAnswers).score).toBe(0);
  });
});

describe('the core function relied on', () => {
  it('counts "don\'t know" as possibly relied on, and only "no" as not', () => {
    expect(reliedOnCoreFunctions(strongFitAnswers)).toEqual([
      'coreFunction.trackAndTrace',
      'coreFunction.recordPooling',
    ]);
    expect(reliedOnCoreFunctions(changed({ 'coreFunction.trackAndTrace': 'no' }))).toEqual([
      'coreFunction.recordPooling',
    ]);
    expect(
      reliedOnCoreFunctions(
        changed({ 'coreFunction.trackAndTrace': 'dontKnow', 'coreFunction.recordPooling': 'no' }),
      ),
    ).toEqual(['coreFunction.trackAndTrace']);
  });

  it('weighs the conditions for track-and-trace alone only when pooling is "no" and tracing "yes"', () => {
    expect(conditionWeightKey(changed({ 'coreFunction.recordPooling': 'no' }))).toBe('trackAndTraceOnly');
    expect(conditionWeightKey(strongFitAnswers)).toBe('recordPooling');
    expect(
      conditionWeightKey(
        changed({ 'coreFunction.recordPooling': 'no', 'coreFunction.trackAndTrace': 'dontKnow' }),
      ),
    ).toBe('recordPooling');
    expect(conditionWeightKey(changed({ 'coreFunction.recordPooling': 'dontKnow' }))).toBe('recordPooling');
  });
});
