import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ballot, castVote, distribution, type RatingValue } from '../../src/live-room/tally';

const scale: RatingValue[] = [0, 1, 2, 3, 4, 'dontKnow'];
const open: { openQuestionId: string | null; validValues: RatingValue[] } = {
  openQuestionId: 'condition.commonInterest',
  validValues: scale,
};

describe('counting the room', () => {
  it('replaces a re-vote, ignores a replayed older vote and counts a late one apart', () => {
    let ballots = new Map<string, Ballot>();
    const cast = (participant: string, value: RatingValue, seq: number, context = open) => {
      const r = castVote(
        ballots,
        { participant, questionId: 'condition.commonInterest', value, seq },
        context,
      );
      ballots = r.ballots;
      return r.outcome;
    };
    expect(cast('a', 1, 1)).toBe('counted');
    expect(cast('a', 3, 2)).toBe('replaced');
    expect(cast('a', 1, 1)).toBe('stale');
    expect(cast('b', 0, 1)).toBe('counted');
    expect(cast('c', 4, 1)).toBe('counted');
    expect(cast('d', 2, 1, { ...open, openQuestionId: null })).toBe('late');
    expect(cast('e', 9 as RatingValue, 1)).toBe('excluded');
    const d = distribution(ballots, 'condition.commonInterest', scale, 1);
    expect(d.counts.map((c) => c.count)).toEqual([1, 0, 0, 1, 1, 0]);
    expect(d).toMatchObject({ total: 3, late: 1, excluded: 1, spread: 3, disagreement: true, median: 3 });
  });

  it('whatever order, repeats and replays the messages arrive in, each device counts once, with its latest vote', () => {
    const message = fc.record({
      participant: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
      value: fc.constantFrom(...scale),
      seq: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 60 }), (messages) => {
        let ballots = new Map<string, Ballot>();
        for (const m of messages)
          ballots = castVote(ballots, { ...m, questionId: 'condition.commonInterest' }, open).ballots;
        const d = distribution(ballots, 'condition.commonInterest', scale);
        const devices = new Set(messages.map((m) => m.participant));
        expect(d.total).toBe(devices.size);
        for (const p of devices) {
          const latestSeq = Math.max(...messages.filter((m) => m.participant === p).map((m) => m.seq));
          const first = messages.find((m) => m.participant === p && m.seq === latestSeq);
          expect(ballots.get(`${p} condition.commonInterest`)?.value).toBe(first?.value);
        }
      }),
      { numRuns: 300 },
    );
  });
});
