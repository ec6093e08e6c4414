import { describe, expect, it } from 'vitest';
import { findPage, questionnairePages } from '../../src/framework/pages';
import { nextPageId, previousPageId } from '../../src/questionnaire-flow/page-flow';
import { assessmentProgress, pageStatus } from '../../src/questionnaire-flow/progress';
import type { Assessment } from '../../src/schema/assessment-schema';

const blank: Assessment = {
  id: 'flow',
  createdAt: '2026-11-26T00:00:00Z',
  updatedAt: '2026-11-26T00:00:00Z',
  proposal: { title: 'Flow', organisations: '', assessor: '', date: '', description: '' },
  answers: {},
};
const ids = questionnairePages.map((p) => p.id);

describe('page flow', () => {
  it('walks every page in order when nothing is skipped, and back again', () => {
    let at: string | undefined = ids[0];
    const walked: string[] = [];
    while (at) {
      walked.push(at);
      at = nextPageId(at, {});
    }
    expect(walked).toEqual(ids);
    expect(previousPageId(ids[1]!, {})).toBe(ids[0]);
    expect(previousPageId(ids[0]!, {})).toBeUndefined();
  });

  it('passes over pages a failed pre-screen makes moot, and brings them back when the answer changes', () => {
    const stopped = { 'prescreen.trustedOperator': { value: 'yes' } };
    const prescreenPage = questionnairePages.find((p) =>
      p.questionIds.includes('prescreen.trustedOperator'),
    )!.id;
    const after = nextPageId(prescreenPage, stopped);
    expect(after === undefined || !findPage(after)!.id.startsWith('condition.')).toBe(true);
    expect(nextPageId(prescreenPage, { 'prescreen.trustedOperator': { value: 'no' } })).toBe(
      ids[ids.indexOf(prescreenPage) + 1],
    );
  });
});

describe('progress', () => {
  it('counts a page complete when every question has an answer, "Don’t know" included', () => {
    const page = findPage('condition.commonInterest')!;
    expect(pageStatus(page, blank)).toBe('notStarted');
    expect(
      pageStatus(page, { ...blank, answers: { 'condition.commonInterest': { note: 'thinking' } } }),
    ).toBe('inProgress');
    expect(
      pageStatus(page, { ...blank, answers: { 'condition.commonInterest': { value: 'dontKnow' } } }),
    ).toBe('completed');
  });

  it('needs a title for the proposal page, and resumes at the first page still to do', () => {
    const progress = assessmentProgress({ ...blank, proposal: { ...blank.proposal, title: '' } });
    expect(progress).toMatchObject({ done: 0, total: ids.length, complete: false, nextPageId: ids[0] });
  });
});
