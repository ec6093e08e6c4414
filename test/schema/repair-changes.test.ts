// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import type { Assessment } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { repairAssessment } from '../../src/schema/repair-assessment';
import { validateAssessment } from '../../src/schema/validate-assessment';

/**
 * #25: repair makes the smallest change that makes a saved record valid and says each one in words (what it
 * was, what it is now, the limit); what is valid is kept exactly, at the limit as well as under it.
 */
const good = exampleToAssessment(workedExamples[0]!);
const now = '2026-12-02T10:00:00.000Z';

/** The repair of `good` with some top-level fields or proposal fields replaced (undefined deletes a field). */
function repairWith(top: Record<string, unknown>, proposal: Record<string, unknown> = {}) {
  const record: Record<string, unknown> = { ...structuredClone(good), ...top };
  record.proposal = { ...(record.proposal as object), ...proposal };
  for (const [key, value] of Object.entries(top)) if (value === undefined) delete record[key];
  const p = record.proposal as Record<string, unknown>;
  for (const [key, value] of Object.entries(proposal)) if (value === undefined) delete p[key];
  const result = repairAssessment(record);
  if (!result.ok) throw new Error(`repair refused: ${result.problems.join('; ')}`);
  expect(validateAssessment(result.data.assessment)).toEqual({ ok: true, data: result.data.assessment });
  return result.data;
}
const withProposal = (proposal: Record<string, unknown>) => repairWith({}, proposal);
const withAnswers = (answers: Record<string, unknown>) => repairWith({ answers });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('repairing the record itself', () => {
  it.each([null, ['a list'], 'text', 42])('says there is nothing to repair in %j', (raw) => {
    expect(repairAssessment(raw)).toEqual({
      ok: false,
      problems: ['This is not an assessment: there is nothing to repair.'],
    });
  });

  it('keeps an id of 64 letters, digits, "-" or "_", and gives a new one to any other, saying so', () => {
    expect(repairWith({ id: `a-_${'9'.repeat(61)}` })).toEqual({
      assessment: { ...good, id: `a-_${'9'.repeat(61)}` },
      changes: [],
    });
    for (const id of ['has a space', 'a'.repeat(65), '', 42, undefined]) {
      const repair = repairWith({ id });
      expect(repair.assessment.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(repair.changes).toEqual(['It had no usable id, so it was given a new one.']);
    }
  });

  it('keeps a readable time of up to 40 characters, and sets one it cannot read to now, saying which', () => {
    const forty = 'Tue Nov 24 2026 10:00:00 GMT+0000 (UTCx)';
    expect(forty).toHaveLength(40);
    expect(repairWith({ createdAt: forty }).assessment.createdAt).toBe(forty);
    expect(repairWith({ createdAt: forty.replace('(UTCx)', '(UTCxx)'), updatedAt: null })).toEqual({
      assessment: { ...good, createdAt: now, updatedAt: now },
      changes: [
        'Its “created” time could not be read; it is now.',
        'Its “last changed” time could not be read; it is now.',
      ],
    });
    // 0 reads as a time to Date.parse ("0" is the year 2000), but a number is not a stored time.
    for (const createdAt of [0, 'not a time', undefined])
      expect(repairWith({ createdAt }).changes).toEqual(['Its “created” time could not be read; it is now.']);
  });

  it('keeps the worked example it came from when that id could be one (up to 64 characters)', () => {
    expect(repairWith({ exampleId: 'e'.repeat(64) }).assessment.exampleId).toBe('e'.repeat(64));
    for (const exampleId of ['e'.repeat(65), 42, undefined])
      expect(repairWith({ exampleId }).assessment).not.toHaveProperty('exampleId');
  });
});

describe('repairing the proposal', () => {
  it('makes a missing or null text field empty without a word, and clears one that is not text, saying so', () => {
    expect(withProposal({ organisations: undefined, assessor: null })).toEqual({
      assessment: { ...good, proposal: { ...good.proposal, organisations: '', assessor: '' } },
      changes: [],
    });
    expect(withProposal({ title: 42 })).toEqual({
      assessment: { ...good, proposal: { ...good.proposal, title: '' } },
      changes: ['Title of the proposal: it was not text, so it was cleared.'],
    });
  });

  it('keeps a title of exactly 200 characters and cuts one of 250 with no space at 200, quoting the 50 cut', () => {
    expect(withProposal({ title: 'x'.repeat(200) }).changes).toEqual([]);
    const repair = withProposal({ title: `${'x'.repeat(200)}${'y'.repeat(50)}` });
    expect(repair.assessment.proposal.title).toBe('x'.repeat(200));
    expect(repair.changes).toEqual([
      `Title of the proposal: cut from 250 to 200 characters (the limit is 200). The cut text was “${'y'.repeat(50)}”.`,
    ]);
  });

  it('quotes up to 60 characters of the cut text, and marks a longer cut with an ellipsis', () => {
    expect(withProposal({ title: `${'x'.repeat(200)}${'y'.repeat(60)}` }).changes).toEqual([
      `Title of the proposal: cut from 260 to 200 characters (the limit is 200). The cut text was “${'y'.repeat(60)}”.`,
    ]);
    expect(withProposal({ title: `${'x'.repeat(200)}${'y'.repeat(60)}z` }).changes).toEqual([
      `Title of the proposal: cut from 261 to 200 characters (the limit is 200). The cut text was “${'y'.repeat(60)}…”.`,
    ]);
  });

  it('cuts at the last space only when it is past 80 % of the limit, so no word is left half-cut', () => {
    // Title limit 200: a space at 161 is past 160, so the cut is there; at exactly 160 it is not.
    const at161 = withProposal({ title: `${'a'.repeat(161)} ${'b'.repeat(100)}` });
    expect(at161.assessment.proposal.title).toBe('a'.repeat(161));
    expect(at161.changes).toEqual([
      `Title of the proposal: cut from 262 to 161 characters (the limit is 200). The cut text was “${'b'.repeat(59)}…”.`,
    ]);
    expect(withProposal({ title: `${'a'.repeat(160)} ${'b'.repeat(100)}` }).assessment.proposal.title).toBe(
      `${'a'.repeat(160)} ${'b'.repeat(39)}`,
    );
    expect(withProposal({ title: `${'a'.repeat(10)} ${'b'.repeat(250)}` }).assessment.proposal.title).toBe(
      `${'a'.repeat(10)} ${'b'.repeat(189)}`,
    );
  });

  it('writes the lengths with thousands separators', () => {
    const repair = withProposal({ description: 'd'.repeat(6000) });
    expect(repair.assessment.proposal.description).toBe('d'.repeat(5000));
    expect(repair.changes).toEqual([
      `Short description: cut from 6,000 to 5,000 characters (the limit is 5,000). The cut text was “${'d'.repeat(60)}…”.`,
    ]);
  });

  it('leaves a missing, null or empty date empty without a word', () => {
    for (const date of [undefined, null, ''])
      expect(withProposal({ date })).toEqual({
        assessment: { ...good, proposal: { ...good.proposal, date: '' } },
        changes: [],
      });
  });

  it('stores a date written the UK way as YYYY-MM-DD, and clears one it cannot read, quoting up to 60 characters', () => {
    expect(withProposal({ date: '26/11/2026' })).toEqual({
      assessment: { ...good, proposal: { ...good.proposal, date: '2026-11-26' } },
      changes: ['Date of assessment: “26/11/2026” is now stored as 2026-11-26.'],
    });
    expect(withProposal({ date: 42 })).toEqual({
      assessment: { ...good, proposal: { ...good.proposal, date: '' } },
      changes: ['Date of assessment: “42” is not a date, so it was cleared.'],
    });
    expect(withProposal({ date: `soon${'!'.repeat(96)}` }).changes).toEqual([
      `Date of assessment: “soon${'!'.repeat(56)}” is not a date, so it was cleared.`,
    ]);
  });

  it('keeps the settings it knows once each, and names the ones it clears', () => {
    expect(withProposal({ settings: ['us', 'mars', 'us', 'eu'] })).toEqual({
      assessment: { ...good, proposal: { ...good.proposal, settings: ['us', 'eu'] } },
      changes: ['Settings: “mars” is not one this app knows, so it was cleared.'],
    });
    const { settings: _none, ...noSettings } = good.proposal;
    expect(withProposal({ settings: ['jupiter', 'mars'] })).toEqual({
      assessment: { ...good, proposal: noSettings },
      changes: ['Settings: “jupiter, mars” is not one this app knows, so it was cleared.'],
    });
    expect(withProposal({ settings: ['a'.repeat(40), 'b'.repeat(40)] }).changes).toEqual([
      `Settings: “${'a'.repeat(40)}, ${'b'.repeat(18)}” is not one this app knows, so it was cleared.`,
    ]);
  });

  it('reads the single setting of schema 1, and adds no settings to a proposal that has none', () => {
    const { settings: _none, ...noSettings } = good.proposal;
    expect(withProposal({ settings: undefined, setting: 'eu' })).toEqual({
      assessment: { ...good, proposal: { ...noSettings, settings: ['eu'] } },
      changes: [],
    });
    for (const setting of [undefined, '', null])
      expect(withProposal({ settings: undefined, setting })).toEqual({
        assessment: { ...good, proposal: noSettings },
        changes: [],
      });
  });

  it('reads settings saved as one value rather than a list, and names one it cannot keep', () => {
    // Before, a value that was not a list was dropped without a word: nothing said the settings were lost.
    expect(withProposal({ settings: 'us' })).toEqual({
      assessment: { ...good, proposal: { ...good.proposal, settings: ['us'] } },
      changes: [],
    });
    const { settings: _none, ...noSettings } = good.proposal;
    expect(withProposal({ settings: 42 })).toEqual({
      assessment: { ...good, proposal: noSettings },
      changes: ['Settings: “42” is not one this app knows, so it was cleared.'],
    });
    expect(withProposal({ settings: undefined, setting: 7 }).changes).toEqual([
      'Settings: “7” is not one this app knows, so it was cleared.',
    ]);
  });
});

describe('repairing the answers', () => {
  const interest = good.answers['condition.commonInterest']!;

  it('removes an answer to a question it does not ask, or one that is not an answer, naming it (up to 80 characters)', () => {
    const long = `condition.${'x'.repeat(100)}`;
    const repair = withAnswers({
      'condition.commonInterest': interest,
      'condition.unknown': { value: 1 },
      [long]: {},
      'obstacle.adoption': 'high',
    });
    expect(repair.assessment.answers).toEqual({ 'condition.commonInterest': interest });
    expect(repair.changes).toEqual([
      'An answer to “condition.unknown”, which this app does not ask, was removed.',
      `An answer to “${long.slice(0, 80)}”, which this app does not ask, was removed.`,
      'O1 Adoption: the answer could not be read, so it was removed.',
    ]);
  });

  it('clears an answer off the scale but keeps its note, and removes it when it has no note', () => {
    const repair = withAnswers({
      'condition.commonInterest': { value: 9, note: 'kept' },
      'condition.validityCheck': { value: 'x'.repeat(50) },
    });
    expect(repair.assessment.answers).toStrictEqual({ 'condition.commonInterest': { note: 'kept' } });
    expect(repair.changes).toEqual([
      'C1 Common interest: the answer 9 is not on the scale, so it was cleared (its note is kept).',
      `C4 Automated validity: the answer "${'x'.repeat(39)} is not on the scale, so it was cleared (its note is kept).`,
    ]);
  });

  it('keeps a note with no answer yet, and "don\'t know", exactly and without a word', () => {
    const answers = {
      'condition.commonInterest': { note: 'ask the partners' },
      'obstacle.adoption': { value: 'dontKnow' },
    };
    const repair = withAnswers(answers);
    expect(repair.assessment.answers).toStrictEqual(answers);
    expect(repair.changes).toEqual([]);
  });

  it('clears a note that is not text, saying so, so the record stays valid', () => {
    const repair = withAnswers({ 'condition.commonInterest': { value: 2, note: 42 } });
    expect(repair.assessment.answers).toStrictEqual({ 'condition.commonInterest': { value: 2 } });
    expect(repair.changes).toEqual(['C1 Common interest: the note was not text, so it was cleared.']);
  });

  it('keeps a note of exactly 10,000 characters and cuts one of 10,001, saying so', () => {
    expect(
      withAnswers({ 'condition.commonInterest': { value: 2, note: 'n'.repeat(10_000) } }).changes,
    ).toEqual([]);
    const repair = withAnswers({ 'condition.commonInterest': { value: 2, note: 'n'.repeat(10_001) } });
    expect(repair.assessment.answers).toEqual({
      'condition.commonInterest': { value: 2, note: 'n'.repeat(10_000) },
    });
    expect(repair.changes).toEqual([
      'C1 Common interest: the note was cut from 10,001 to 10,000 characters (the limit is 10,000).',
    ]);
  });

  it('keeps every answer of a valid assessment exactly', () => {
    const repair = withAnswers(good.answers);
    expect(repair.assessment).toStrictEqual(good satisfies Assessment);
    expect(repair.changes).toEqual([]);
  });
});
