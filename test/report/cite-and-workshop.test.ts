import { describe, expect, it } from 'vitest';
import { citeAnswer, plainName } from '../../src/report/cite';
import { workshopRows } from '../../src/report/workshop-ratings';
import type { Answers, Assessment } from '../../src/schema/assessment-schema';

/** How a reason cites an answer, in the board's words, and the room's ratings from a workshop. */
describe('an answer as a reason cites it', () => {
  const answers: Answers = {
    'obstacle.adoption': { value: 3, note: '  Two trusts have not signed  ' },
    'obstacle.governance': { value: 4 },
    'obstacle.dataSecurity': { value: 0, note: '   ' },
    'obstacle.interoperability': { value: 'dontKnow' },
    'condition.semanticInteroperability': { value: 2 },
    'tension.performanceVsSecurity': { value: 1 },
    'prescreen.trustedOperator': { value: 'yes' },
    'prescreen.knownWriters': { value: 'dontKnow' },
  };

  it('an obstacle: its name without the code, and its severity', () => {
    expect(citeAnswer(answers, 'obstacle.adoption')).toEqual({
      questionId: 'obstacle.adoption',
      shortName: 'O1 Adoption',
      name: 'Adoption',
      answer: 'High',
      plain: 'Adoption: high severity',
      note: 'Two trusts have not signed',
      pageId: 'obstacle.adoption',
    });
    expect(citeAnswer(answers, 'obstacle.governance').plain).toBe('Internal governance: severe');
    expect(citeAnswer(answers, 'obstacle.dataSecurity').plain).toBe('Data security: negligible');
    expect('note' in citeAnswer(answers, 'obstacle.dataSecurity')).toBe(false);
    expect(citeAnswer(answers, 'obstacle.interoperability')).toMatchObject({
      answer: "Don't know",
      plain: 'Interoperability: not known',
    });
    expect(citeAnswer(answers, 'obstacle.humanFactors')).toMatchObject({
      answer: 'Not answered',
      plain: 'Human factors: not answered',
    });
  });

  it('a condition and a tension read in lower case, on their own pages', () => {
    expect(citeAnswer(answers, 'condition.semanticInteroperability')).toMatchObject({
      name: 'Semantic interoperability',
      answer: 'Partially met',
      plain: 'Semantic interoperability: partially met',
      pageId: 'condition.semanticInteroperability',
    });
    const tension = citeAnswer(answers, 'tension.performanceVsSecurity');
    expect(tension.name).toBe('Performance vs security');
    expect(tension.pageId).toBe('tension.performanceVsSecurity');
    expect(tension.plain).toBe(
      `Performance vs security: ${tension.answer.charAt(0).toLowerCase()}${tension.answer.slice(1)}`,
    );
    expect(tension.answer.charAt(0)).not.toBe(tension.answer.charAt(0).toLowerCase());
  });

  it('a stated fact reads as its question and answer; unknown, by its name', () => {
    expect(citeAnswer(answers, 'prescreen.trustedOperator')).toMatchObject({
      shortName: 'Operator all writers accept',
      name: 'Operator all writers accept',
      answer: 'Yes',
      plain: 'Is there an organisation that every writer would accept to run the shared store? Yes',
      pageId: 'prescreen',
    });
    expect(citeAnswer(answers, 'prescreen.knownWriters').plain).toBe(
      'Writers known and identified: not known',
    );
    expect(citeAnswer(answers, 'prescreen.tamperEvidentLog').plain).toBe(
      'Tamper-evident log of every write needed: not answered',
    );
  });

  it('a question the method does not know: its id, on the proposal page', () => {
    expect(citeAnswer({ 'made.up': { value: 'x' } }, 'made.up')).toEqual({
      questionId: 'made.up',
      shortName: 'made.up',
      name: 'made.up',
      answer: 'x',
      plain: 'made.up: x',
      pageId: 'proposal',
    });
  });

  it('strips only a method code from a name', () => {
    expect(plainName('O1 Adoption')).toBe('Adoption');
    expect(plainName('C12  Common interest')).toBe('Common interest');
    expect(plainName('T3 Social vs computational trust')).toBe('Social vs computational trust');
    expect(plainName('X1 Other')).toBe('X1 Other');
    expect(plainName('O1Adoption')).toBe('O1Adoption');
    expect(plainName('Owner O1 Adoption')).toBe('Owner O1 Adoption');
    expect(plainName('O Adoption')).toBe('O Adoption');
  });
});

describe('the room’s ratings from a workshop', () => {
  const workshop: NonNullable<Assessment['workshop']> = {
    heldOn: '2026-11-30',
    ratings: {
      'obstacle.adoption': {
        counts: [
          { value: 1, count: 2 },
          { value: 2, count: 0 },
          { value: 3, count: 5 },
          { value: 'dontKnow', count: 1 },
        ],
        total: 8,
        late: 1,
        excluded: 2,
        agreed: 3,
      },
      'condition.commonInterest': {
        counts: [
          { value: 0, count: 1 },
          { value: 2, count: 3 },
          { value: 4, count: 1 },
        ],
        total: 5,
        late: 0,
        excluded: 0,
      },
      'obstacle.governance': { counts: [{ value: 2, count: 0 }], total: 0, late: 0, excluded: 0 },
    },
  };

  it('no workshop, no rows', () => {
    expect(workshopRows(undefined)).toEqual([]);
  });

  it('each question’s spread, counts and what the room agreed', () => {
    const [adoption, interest, governance] = workshopRows(workshop);
    expect(adoption).toEqual({
      questionId: 'obstacle.adoption',
      shortName: 'O1 Adoption',
      spread: "Low 2, High 5, Don't know 1",
      total: 8,
      late: 1,
      excluded: 2,
      disagreement: false,
      agreed: 'High',
    });
    expect(interest).toMatchObject({
      shortName: 'C1 Common interest',
      spread: 'Not met 1, Partially met 3, Fully met 1',
      disagreement: true,
      agreed: 'Not agreed',
    });
    expect(governance).toMatchObject({ spread: 'No ratings', disagreement: false, total: 0 });
  });

  it('disagreement is answers over three or more scale points; “don’t know” and empty points do not count', () => {
    const rows = (counts: { value: number | 'dontKnow'; count: number }[]) =>
      workshopRows({
        heldOn: 'x',
        ratings: { 'obstacle.adoption': { counts, total: 1, late: 0, excluded: 0 } },
      })[0]!.disagreement;
    expect(
      rows([
        { value: 0, count: 1 },
        { value: 4, count: 1 },
      ]),
    ).toBe(false);
    expect(
      rows([
        { value: 0, count: 1 },
        { value: 4, count: 1 },
        { value: 'dontKnow', count: 3 },
      ]),
    ).toBe(false);
    expect(
      rows([
        { value: 0, count: 1 },
        { value: 2, count: 0 },
        { value: 4, count: 1 },
      ]),
    ).toBe(false);
    expect(
      rows([
        { value: 0, count: 1 },
        { value: 1, count: 1 },
        { value: 2, count: 1 },
      ]),
    ).toBe(true);
  });

  it('an unknown question keeps its id', () => {
    expect(
      workshopRows({
        heldOn: 'x',
        ratings: { 'made.up': { counts: [], total: 0, late: 0, excluded: 0, agreed: 2 } },
      })[0],
    ).toMatchObject({ shortName: 'made.up', agreed: '2', spread: 'No ratings' });
  });
});
