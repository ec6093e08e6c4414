import { describe, expect, it } from 'vitest';
import { answerEquals, readAnswer, readRating, readYesNo } from '../../src/engine/answer-values';
import type { Answers } from '../../src/schema/assessment-schema';

/** #25: how the engine reads one answer: known, "don't know", or not answered yet (a note alone is no answer). */
const answers: Answers = {
  'condition.commonInterest': { value: 3 },
  'condition.validityCheck': { value: 'dontKnow' },
  'condition.nonConfidential': { note: 'to ask the IG lead' },
  'coreFunction.trackAndTrace': { value: 'yes' },
  'coreFunction.recordPooling': { value: 'no' },
  // A value of the wrong kind for the question (a rating for yes/no, text for a rating): never read as valid.
  'prescreen.sharedStore': { value: 2 },
  'obstacle.adoption': { value: 'yes' },
};

describe('reading an answer', () => {
  it('tells a known value from "don\'t know" and from no answer', () => {
    expect(readAnswer(answers, 'condition.commonInterest')).toEqual({ state: 'known', value: 3 });
    expect(readAnswer(answers, 'condition.validityCheck')).toEqual({ state: 'dontKnow' });
    expect(readAnswer(answers, 'condition.nonConfidential')).toEqual({ state: 'missing' });
    expect(readAnswer(answers, 'condition.longitudinalRecord')).toEqual({ state: 'missing' });
  });

  it('reads a rating only from a known number', () => {
    expect(readRating(answers, 'condition.commonInterest')).toBe(3);
    expect(readRating(answers, 'condition.validityCheck')).toBeUndefined();
    expect(readRating(answers, 'condition.nonConfidential')).toBeUndefined();
    expect(readRating(answers, 'obstacle.adoption')).toBeUndefined();
  });

  it('reads yes or no only from "yes" and "no"', () => {
    expect(readYesNo(answers, 'coreFunction.trackAndTrace')).toBe('yes');
    expect(readYesNo(answers, 'coreFunction.recordPooling')).toBe('no');
    expect(readYesNo(answers, 'prescreen.sharedStore')).toBe('unknown');
    expect(readYesNo(answers, 'prescreen.trustedOperator')).toBe('unknown');
  });

  it('matches a value only when it is known', () => {
    expect(answerEquals(answers, 'coreFunction.trackAndTrace', 'yes')).toBe(true);
    expect(answerEquals(answers, 'coreFunction.trackAndTrace', 'no')).toBe(false);
    expect(answerEquals(answers, 'condition.validityCheck', 'dontKnow')).toBe(false);
  });
});
