import { describe, expect, it } from 'vitest';
import { whatWouldChange } from '../../src/engine/what-would-change';
import { changed, strongFitAnswers, without } from './strong-fit-answers';

/** #25: the smallest answer changes that move the verdict a band, as the what-if panel lists them. */
const severe = (...ids: string[]) => changed(Object.fromEntries(ids.map((id) => [`obstacle.${id}`, 4])));

describe('what would change the verdict', () => {
  it('is one change, the smallest step that lifts the cap, when one is enough', () => {
    expect(whatWouldChange(severe('adoption'))).toEqual([
      { changes: [{ questionId: 'obstacle.adoption', from: 4, to: 3 }], band: 'strongFit' },
    ]);
  });

  it('combines the changes only when no single one is enough, each pulled back to its smallest step', () => {
    expect(whatWouldChange(severe('adoption', 'governance'))).toEqual([
      {
        changes: [
          { questionId: 'obstacle.adoption', from: 4, to: 3 },
          { questionId: 'obstacle.governance', from: 4, to: 3 },
        ],
        band: 'strongFit',
      },
    ]);
    expect(whatWouldChange(severe('adoption', 'governance', 'dataSecurity'))[0]?.changes).toHaveLength(3);
    // Never more than three changes at once.
    expect(whatWouldChange(severe('adoption', 'governance', 'dataSecurity', 'humanFactors'))).toEqual([]);
  });

  it('lists at most six ways down, each the smallest change of one question', () => {
    const down = whatWouldChange(strongFitAnswers, 'worse');
    expect(down).toHaveLength(6);
    expect(down[0]).toEqual({
      changes: [{ questionId: 'condition.governanceIncentives', from: 4, to: 1 }],
      band: 'conditionalFit',
    });
    expect(down.slice(1).map((s) => s.changes)).toEqual(
      ['adoption', 'interoperability', 'governance', 'dataSecurity', 'qualitySafety'].map((o) => [
        { questionId: `obstacle.${o}`, from: 0, to: 4 },
      ]),
    );
  });

  it('searches only the roles asked for and leaves out the questions it is told to', () => {
    const risksOnly = whatWouldChange(strongFitAnswers, 'worse', ['risk']);
    expect(risksOnly.map((s) => s.changes[0]?.questionId)).toEqual([
      'obstacle.adoption',
      'obstacle.interoperability',
      'obstacle.governance',
      'obstacle.dataSecurity',
      'obstacle.qualitySafety',
      'obstacle.humanFactors',
    ]);
    expect(
      whatWouldChange(severe('adoption'), 'better', ['lever', 'risk'], (id) => id === 'obstacle.adoption'),
    ).toEqual([]);
  });

  it('has nothing to offer past the best or worst band, or without a band', () => {
    expect(whatWouldChange(strongFitAnswers, 'better')).toEqual([]);
    expect(whatWouldChange(changed({ 'prescreen.sharedStore': 'no' }), 'worse')).toEqual([]);
    expect(whatWouldChange(without(['proposal.onChainData']))).toEqual([]);
  });
});
