import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { conditions } from '../../src/framework/conditions';
import { obstacles } from '../../src/framework/obstacles';
import { changed, strongFitAnswers, without } from './strong-fit-answers';

/**
 * #25: the reasons, in the order the report shows them (what decided the band first, then the other caps from
 * the most limiting, the scores, strengths, risks and open questions), and what each says.
 */
const ids = (answers: Parameters<typeof assess>[0]) => assess(answers).reasons.map((r) => r.id);
const scoreText = (fit: string, risk: string, band: string) =>
  `On the scores alone (${fit}, ${risk}) the proposal would be a ${band}: a strong fit needs fit ≥ 75 and risk ≤ 50, a conditional fit fit ≥ 50 and risk ≤ 75.`;

describe('the reasons', () => {
  it('put the scores first when they decide, citing every answer they count', () => {
    const [first, ...rest] = assess(strongFitAnswers).reasons;
    expect(first).toEqual({
      id: 'score.band',
      kind: 'strength',
      text: scoreText('condition fit 100/100', 'obstacle risk 0/100', 'strong fit'),
      questionIds: [...conditions.map((c) => c.id), ...obstacles.map((o) => o.id)],
      decisive: true,
    });
    expect(rest.map((r) => r.id)).toEqual(conditions.map((c) => `strength.${c.id}`));
    expect(rest.every((r) => r.decisive === undefined)).toBe(true);
    expect(rest[0]?.text).toBe('Condition 1 (common interest in shared records) is fully met.');
  });

  it('put the caps that decided first, then the scores, then the risks rated high', () => {
    const result = assess(
      changed({ 'obstacle.adoption': 4, 'obstacle.dataSecurity': 4, 'obstacle.humanFactors': 3 }),
    );
    expect(result.band).toBe('conditionalFit');
    expect(result.reasons.map((r) => [r.id, r.decisive ?? false])).toEqual([
      ['cap.obstacle.adoption', true],
      ['cap.obstacle.dataSecurity', true],
      ['score.band', false],
      ...conditions.map((c) => [`strength.${c.id}`, false]),
      ['risk.obstacle.humanFactors', false],
    ]);
    const risk = result.reasons.at(-1);
    expect(risk?.text).toBe(
      `Obstacle 6 (human factors and fallibility) is high: ${obstacles[5]?.description}`,
    );
    expect(risk?.kind).toBe('risk');
  });

  it('list the caps that did not decide from the most to the least limiting', () => {
    expect(
      ids(
        changed({
          'prescreen.sharedStore': 'no',
          'condition.commonInterest': 1,
          'condition.governanceIncentives': 0,
        }),
      ).slice(0, 3),
    ).toEqual([
      'gate.prescreen.sharedStore',
      'cap.condition.governanceIncentives',
      'cap.condition.commonInterest',
    ]);
  });

  it('name a weak score a weakness, and say which score is not counted', () => {
    const noConditions = without(
      conditions.map((c) => c.id),
      changed({ 'prescreen.sharedStore': 'no' }),
    );
    const result = assess(noConditions);
    // The gate alone gives the band, so the score reason follows it.
    expect(result.evidence.sufficient).toBe(true);
    expect(result.reasons.find((r) => r.id === 'score.band')).toEqual({
      id: 'score.band',
      kind: 'weakness',
      text: scoreText('condition fit not scored', 'obstacle risk 0/100', 'weak fit'),
      questionIds: obstacles.map((o) => o.id),
    });
    const nothingScored = without(
      [...conditions.map((c) => c.id), ...obstacles.map((o) => o.id)],
      changed({ 'prescreen.sharedStore': 'no' }),
    );
    expect(ids(nothingScored)).not.toContain('score.band');
  });

  it('order the strengths by rating times weight, and leave out a condition that carries no weight', () => {
    expect(
      ids(changed({ 'condition.commonInterest': 3, 'condition.longitudinalRecord': 3 })).filter((id) =>
        id.startsWith('strength.'),
      ),
    ).toEqual([
      'strength.condition.semanticInteroperability',
      'strength.condition.validityCheck',
      'strength.condition.nonConfidential',
      'strength.condition.governanceIncentives',
      'strength.condition.commonInterest',
      'strength.condition.longitudinalRecord',
    ]);
    const tracing = assess(changed({ 'coreFunction.recordPooling': 'no', 'condition.commonInterest': 3 }));
    // Track-and-trace alone: conditions 3 and 4 (4 × weight 1) first, then 2 and 6 (4 × 0.5), then 1 (3 × 0.5);
    // condition 5 weighs nothing there.
    expect(
      tracing.reasons.filter((r) => r.kind === 'strength' && r.id !== 'score.band').map((r) => r.id),
    ).toEqual([
      'strength.condition.longitudinalRecord',
      'strength.condition.validityCheck',
      'strength.condition.semanticInteroperability',
      'strength.condition.governanceIncentives',
      'strength.condition.commonInterest',
    ]);
    expect(tracing.reasons.find((r) => r.id === 'strength.condition.commonInterest')?.text).toBe(
      'Condition 1 (common interest in shared records) is largely met.',
    );
    expect(ids(changed({ 'condition.commonInterest': 2 }))).not.toContain(
      'strength.condition.commonInterest',
    );
  });

  it('end with each unknown that could move the verdict', () => {
    const result = assess(changed({ 'obstacle.adoption': 'dontKnow' }));
    expect(result.reasons.at(-1)).toEqual({
      id: 'uncertainty.obstacle.adoption',
      kind: 'uncertainty',
      text: '"O1 Adoption" is not known yet, and its answer could move the verdict.',
      questionIds: ['obstacle.adoption'],
    });
  });

  it('say first, and only, that too little is known when no band is given', () => {
    const unknownIds = [
      'condition.commonInterest',
      'condition.semanticInteroperability',
      'condition.longitudinalRecord',
      'obstacle.adoption',
      'obstacle.governance',
      'obstacle.dataSecurity',
      'obstacle.humanFactors',
    ];
    const result = assess(without(unknownIds));
    expect(result.reasons[0]).toEqual({
      id: 'evidence.insufficient',
      kind: 'uncertainty',
      text: 'Too little is known to give a verdict: 3 of 6 conditions and 2 of 6 obstacles are known, and 7 answers listed as needed are not.',
      questionIds: unknownIds,
      decisive: true,
    });
    expect(result.reasons.filter((r) => r.decisive)).toHaveLength(1);
    expect(result.reasons.map((r) => r.id)).not.toContain('score.band');
  });
});
