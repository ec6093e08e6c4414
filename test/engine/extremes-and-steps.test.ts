import { describe, expect, it } from 'vitest';
import { extremeFill } from '../../src/engine/confidence';
import { whatWouldChange } from '../../src/engine/what-would-change';
import { changed, without } from './strong-fit-answers';

/** #25: the choices under the band: the scores break ties between extremes, and a change from no answer counts. */
describe('the extreme fill when the band cannot move', () => {
  it('still picks the best and worst values by the scores', () => {
    // Condition 2 not met caps the band at weak fit whatever the unknowns are: only fit and risk differ.
    const answers = changed({
      'condition.semanticInteroperability': 0,
      'obstacle.adoption': 'dontKnow',
      'condition.commonInterest': 'dontKnow',
    });
    const unknown = ['obstacle.adoption', 'condition.commonInterest'] as const;
    const best = extremeFill(answers, unknown, 'best');
    const worst = extremeFill(answers, unknown, 'worst');
    expect([best['obstacle.adoption']?.value, best['condition.commonInterest']?.value]).toEqual([0, 4]);
    expect([worst['obstacle.adoption']?.value, worst['condition.commonInterest']?.value]).toEqual([4, 0]);
  });
});

describe('what would change the verdict, at the edges', () => {
  it('offers an answer to a question not answered yet', () => {
    const down = whatWouldChange(without(['obstacle.adoption']), 'worse');
    expect(down[1]).toEqual({
      changes: [{ questionId: 'obstacle.adoption', from: undefined, to: 4 }],
      band: 'conditionalFit',
    });
  });

  it('goes down from a weak fit only by a pair of changes that leaves no core function', () => {
    expect(whatWouldChange(changed({ 'condition.semanticInteroperability': 0 }), 'worse')).toEqual([
      {
        changes: [
          { questionId: 'coreFunction.trackAndTrace', from: 'yes', to: 'no' },
          { questionId: 'coreFunction.recordPooling', from: 'yes', to: 'no' },
        ],
        band: 'notAFit',
      },
    ]);
  });

  it('goes up from a weak fit by weighing the conditions for track-and-trace alone', () => {
    expect(whatWouldChange(changed({ 'condition.semanticInteroperability': 0 }))).toEqual([
      {
        changes: [{ questionId: 'coreFunction.recordPooling', from: 'yes', to: 'no' }],
        band: 'conditionalFit',
      },
    ]);
  });
});
