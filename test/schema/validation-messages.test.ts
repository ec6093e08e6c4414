// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import type { Assessment } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { tooLongMessage } from '../../src/schema/text-limits';
import { validateAssessment } from '../../src/schema/validate-assessment';

/**
 * #25: what a person reads when a saved assessment is refused: the field named as the form names it, the
 * limit at its exact boundary (the limit passes, one more is refused), and answers only on their scale.
 */
const good = exampleToAssessment(workedExamples[0]!);
const withProposal = (changes: Record<string, unknown>) => ({
  ...good,
  proposal: { ...good.proposal, ...changes },
});
const withAnswers = (answers: Record<string, unknown>) => ({ ...good, answers });
const refused = (...problems: unknown[]) => ({ ok: false, problems });
const accepted = (record: unknown) => ({ ok: true, data: record as Assessment });

describe('the sentence for an over-long field', () => {
  it('gives the length and the limit with thousands separators, and what to do', () => {
    expect(tooLongMessage('Short description', 12_345, 5000)).toBe(
      'Short description is 12,345 characters; the limit is 5,000. Shorten it to save it.',
    );
    expect(tooLongMessage('Title of the proposal', 201, 200)).toBe(
      'Title of the proposal is 201 characters; the limit is 200. Shorten it to save it.',
    );
  });
});

describe('checking one saved assessment', () => {
  it('accepts a valid one as it is', () => {
    expect(validateAssessment(good)).toEqual(accepted(good));
  });

  it('says "The record" when it is not an assessment at all', () => {
    expect(validateAssessment('an assessment')).toEqual(
      refused('The record: Invalid input: expected object, received string'),
    );
  });

  it('names a proposal field by its label: a title of 200 characters passes, 201 is refused', () => {
    const title200 = withProposal({ title: 't'.repeat(200) });
    expect(validateAssessment(title200)).toEqual(accepted(title200));
    expect(validateAssessment(withProposal({ title: 't'.repeat(201) }))).toEqual(
      refused('Title of the proposal: must be at most 200 characters'),
    );
  });

  it('refuses a date that is written right but is not a real day, and accepts a real one or none', () => {
    expect(validateAssessment(withProposal({ date: '2026-02-30' }))).toEqual(
      refused('Date of assessment: must be a real date written as YYYY-MM-DD, or empty'),
    );
    for (const date of ['2026-02-28', '2028-02-29', '']) {
      const record = withProposal({ date });
      expect(validateAssessment(record)).toEqual(accepted(record));
    }
  });

  it('names each part of the record as the user knows it, never by its path in the data', () => {
    expect(validateAssessment(withProposal({ settings: ['us', 'us'] }))).toEqual(
      refused('Settings: must not name a setting twice'),
    );
    expect(validateAssessment(withProposal({ ledgerHolds: ['gossip'] }))).toEqual(
      refused(expect.stringMatching(/^What would the ledger hold\?: Invalid option/)),
    );
    expect(validateAssessment(withProposal({ extra: 1 }))).toEqual(
      refused('The proposal: Unrecognized key: "extra"'),
    );
    expect(validateAssessment({ ...good, id: 'has a space' })).toEqual(
      refused('Its id: must be 1 to 64 letters, digits, "-" or "_"'),
    );
    expect(
      validateAssessment({ ...good, hazardLog: { consentStaleOrWrong: { owner: 'x'.repeat(201) } } }),
    ).toEqual(
      refused(
        'Hazard log, A stale or wrong consent preference is acted on: owner: must be at most 200 characters',
      ),
    );
    const team = validateAssessment({ ...good, team: { signatures: [{ role: 'boss' }] } });
    expect(team.ok ? [] : team.problems[0]).toMatch(/^The team record, sign-off 1 \(role\): Invalid option/);
  });

  it('names a workshop rating by its question', () => {
    const rating = { counts: [], total: -1, late: 0, excluded: 0 };
    expect(
      validateAssessment({
        ...good,
        workshop: { heldOn: 'today', ratings: { 'obstacle.adoption': rating } },
      }),
    ).toEqual(refused('The workshop’s rating of O1 Adoption: Too small: expected number to be >=0'));
  });

  it("names a note and an answer by the question's short name: a note of 10,000 characters passes, 10,001 is refused", () => {
    const note10000 = withAnswers({ 'condition.commonInterest': { value: 2, note: 'n'.repeat(10_000) } });
    expect(validateAssessment(note10000)).toEqual(accepted(note10000));
    expect(
      validateAssessment(
        withAnswers({
          'condition.commonInterest': { value: 2, note: 'n'.repeat(10_001) },
          'condition.validityCheck': { value: true },
        }),
      ),
    ).toEqual(
      refused(
        'The note for “C1 Common interest”: must be at most 10000 characters',
        'The answer to “C4 Automated validity”: Invalid input',
      ),
    );
  });

  it("names an answer to an unknown question by its id, even when the id is also a proposal field's name", () => {
    expect(validateAssessment(withAnswers({ madeUp: { value: {} }, title: { value: {} } }))).toEqual(
      refused('The answer to “madeUp”: Invalid input', 'The answer to “title”: Invalid input'),
    );
  });

  it('lists at most 20 problems', () => {
    const answers = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`q${i}`, { value: {} }]));
    const result = validateAssessment(withAnswers(answers));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(20);
      expect(result.problems[19]).toBe('The answer to “q19”: Invalid input');
    }
  });

  it('refuses answers off their scale and questions it does not ask, listing what is allowed', () => {
    expect(
      validateAssessment(
        withAnswers({
          'condition.commonInterest': { value: 9 },
          'prescreen.sharedStore': { value: 'maybe' },
          madeUp: { value: 1 },
        }),
      ),
    ).toEqual(
      refused(
        'answers.condition.commonInterest: 9 is not one of 0, 1, 2, 3, 4, "dontKnow"',
        'answers.prescreen.sharedStore: "maybe" is not one of "yes", "no", "dontKnow"',
        'answers.madeUp: there is no question with this id',
      ),
    );
  });

  it('accepts "don\'t know" on any scale and a note with no answer yet', () => {
    const record = withAnswers({
      'condition.commonInterest': { value: 'dontKnow' },
      'prescreen.sharedStore': { value: 'dontKnow' },
      'obstacle.adoption': { note: 'to ask the CISO' },
    });
    expect(validateAssessment(record)).toEqual(accepted(record));
  });
});
