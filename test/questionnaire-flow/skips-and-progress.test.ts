import { describe, expect, it } from 'vitest';
import { findPage, questionnairePages } from '../../src/framework/pages';
import { allQuestions } from '../../src/framework/questions';
import { nextPageId, previousPageId, skipRuleOf, stopsAfter } from '../../src/questionnaire-flow/page-flow';
import { assessmentProgress, pageStatus } from '../../src/questionnaire-flow/progress';
import type { Answers, Assessment } from '../../src/schema/assessment-schema';

/** #25: how a failed pre-screen ends the walk, and how the task list counts pages, with and without skips. */
const ids = questionnairePages.map((p) => p.id);
const stopped: Answers = { 'prescreen.trustedOperator': { value: 'yes' } };
const firstMoot = ids.indexOf('condition.commonInterest');
const assessment = (answers: Answers, title = 'Flow'): Assessment => ({
  id: 'flow',
  createdAt: '2026-11-26T00:00:00Z',
  updatedAt: '2026-11-26T00:00:00Z',
  proposal: { title, organisations: '', assessor: '', date: '', description: '' },
  answers,
});

describe('a pre-screen that stops the assessment', () => {
  it('ends the walk after the pre-screen, unless the user continues the full assessment', () => {
    expect(ids[firstMoot - 1]).toBe('prescreen');
    expect(nextPageId('prescreen', stopped)).toBeUndefined();
    expect(nextPageId('prescreen', stopped, true)).toBe('condition.commonInterest');
    expect(stopsAfter('prescreen', stopped)).toBe(true);
    expect(stopsAfter('prescreen', {})).toBe(false);
    expect(stopsAfter('coreFunction', stopped)).toBe(false);
  });

  it('steps back from a moot page over the other moot pages, to the pre-screen', () => {
    expect(previousPageId('tension.privacyVsTransparency', stopped)).toBe('prescreen');
    expect(previousPageId('tension.privacyVsTransparency', stopped, true)).toBe(
      'tension.performanceVsSecurity',
    );
    expect(previousPageId('tension.privacyVsTransparency', {})).toBe('tension.performanceVsSecurity');
  });

  it('gives the reason a page is not needed, and none once the user continues', () => {
    const page = findPage('obstacle.adoption')!;
    expect(skipRuleOf(page, stopped)?.reason).toMatch(
      /^Not needed: the pre-screen answer to ".+" already shows/,
    );
    expect(skipRuleOf(page, stopped, true)).toBeUndefined();
    expect(skipRuleOf(page, {})).toBeUndefined();
  });

  it('has no page after the last', () => {
    expect(nextPageId(ids.at(-1)!, {})).toBeUndefined();
    expect(nextPageId(ids.at(-2)!, {})).toBe(ids.at(-1));
  });
});

describe('the task list', () => {
  it('marks a moot page not needed, or not started when the user continues, but completed once answered', () => {
    const page = findPage('obstacle.adoption')!;
    expect(pageStatus(page, assessment(stopped))).toBe('notNeeded');
    expect(pageStatus(page, assessment(stopped), true)).toBe('notStarted');
    expect(pageStatus(page, assessment({ ...stopped, 'obstacle.adoption': { value: 2 } }))).toBe('completed');
  });

  it('keeps a page in progress while only some of its questions are answered', () => {
    const page = findPage('coreFunction')!;
    expect(page.questionIds.length).toBeGreaterThan(1);
    expect(pageStatus(page, assessment({ [page.questionIds[0]!]: { value: 'yes' } }))).toBe('inProgress');
  });

  it('counts the proposal page complete only with a title that is more than spaces', () => {
    const page = findPage('proposal')!;
    const answered = Object.fromEntries(page.questionIds.map((id) => [id, { value: 'dontKnow' }]));
    expect(pageStatus(page, assessment(answered))).toBe('completed');
    expect(pageStatus(page, assessment(answered, '   '))).toBe('inProgress');
  });

  it('counts moot pages as done, resumes at the first page still to do, and is complete when none is left', () => {
    const all = Object.fromEntries(allQuestions.map((q) => [q.id, { value: 'dontKnow' }]));
    expect(assessmentProgress(assessment(all))).toEqual({
      done: ids.length,
      total: ids.length,
      complete: true,
      nextPageId: undefined,
    });
    const aboutOnly = Object.fromEntries(
      allQuestions
        .filter((q) => !/^(condition|obstacle|tension)\./.test(q.id))
        .map((q) => [q.id, { value: 'no' }]),
    );
    // "No" to the trusted operator and the rest passes; "No" to a shared store fails: the rest is moot.
    expect(assessmentProgress(assessment(aboutOnly))).toEqual({
      done: ids.length,
      total: ids.length,
      complete: true,
      nextPageId: undefined,
    });
    expect(assessmentProgress(assessment(aboutOnly), true)).toMatchObject({
      done: 3,
      complete: false,
      nextPageId: 'condition.commonInterest',
    });
    expect(assessmentProgress(assessment({ 'condition.commonInterest': { value: 1 } }))).toMatchObject({
      done: 1,
      nextPageId: 'proposal',
    });
  });
});
