import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/framework/questions';
import { buildReport } from '../../src/report/build-report';
import type { Answers } from '../../src/schema/assessment-schema';
import { passingPrescreen } from '../engine/answers-fixtures';

const stopped: Answers = Object.fromEntries(
  Object.entries({ ...passingPrescreen, 'proposal.writerCount': 'one' }).map(([id, value]) => [
    id,
    { value },
  ]),
);

describe('no stale statement', () => {
  it('says the pre-screen ended the assessment only while the pages it made moot are unanswered', () => {
    expect(buildReport({ answers: stopped }).stoppedBy?.questionId).toBe('proposal.writerCount');
    const everything: Answers = { ...stopped };
    for (const q of allQuestions) everything[q.id] ??= { value: q.options[0]?.value ?? 'dontKnow' };
    const report = buildReport({ answers: everything });
    expect(report.band).toBe('notAFit');
    expect(report.stoppedBy).toBeUndefined();
  });

  it('admits no adoption step and names the alternative under "not a fit"', () => {
    const { decision } = buildReport({ answers: stopped, proposal: undefined });
    expect(decision.recommendation.kind).toBe('doNotAdopt');
    expect(decision.nextSteps.map((s) => s.phase)).not.toContain('adopting');
    expect(decision.nextSteps.map((s) => s.id)).toContain('closing.tellVendor');
  });
});
