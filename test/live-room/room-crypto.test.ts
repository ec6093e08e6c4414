// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { relayLimits, type SealedState, sealedPayload } from '../../src/live-room/protocol';
import { newRoomKey, open, seal, sealContext } from '../../src/live-room/room-crypto';

const room = 'ABCDEFGH';
const who = 'participant-0000001';
const question: NonNullable<SealedState['question']> = {
  questionId: 'condition.commonInterest',
  title: 'C1 Common interest',
  prompt: 'Is there a common interest?'.repeat(20),
  options: [
    { value: 0, label: 'Not met' },
    { value: 'dontKnow', label: 'Don’t know' },
  ],
};

describe('sealed sizes', () => {
  it('a vote for "Don\'t know" and a vote for 0 seal to the same size', async () => {
    const { key } = await newRoomKey();
    const sizes = await Promise.all(
      (['dontKnow', 0, 4] as const).map(
        async (value) =>
          (
            await seal(key, sealContext.vote(room, who), {
              kind: 'vote',
              questionId: question.questionId,
              value,
              seq: 12,
            })
          ).data.length,
      ),
    );
    expect(new Set(sizes).size).toBe(1);
  });

  it('a hello with no name and one with a 40-letter name seal to the same size', async () => {
    const { key } = await newRoomKey();
    const a = await seal(key, sealContext.hello(room, who), { kind: 'hello' });
    const b = await seal(key, sealContext.hello(room, who), { kind: 'hello', name: 'Ω'.repeat(40) });
    expect(a.data.length).toBe(b.data.length);
  });

  it('what the phones are shown is the same size with no question, an open one and a revealed one', async () => {
    const { key } = await newRoomKey();
    const states: SealedState[] = [
      { kind: 'state', version: 1, question: null, open: false, revealed: null },
      { kind: 'state', version: 2, question, open: true, revealed: null },
      {
        kind: 'state',
        version: 3,
        question,
        open: false,
        revealed: { counts: [{ label: 'Not met', count: 300 }], total: 300 },
      },
    ];
    const sizes = await Promise.all(
      states.map(async (s) => (await seal(key, sealContext.state(room), s)).data.length),
    );
    expect(new Set(sizes).size).toBe(1);
  });

  it('the largest padded message still passes the schema and the relay size limit, and opens unchanged', async () => {
    const { key } = await newRoomKey();
    const big = { kind: 'state', note: 'x'.repeat(6000) };
    const sealed = await seal(key, sealContext.state(room), big);
    expect(sealedPayload.safeParse(sealed).success).toBe(true);
    expect(JSON.stringify({ sealed }).length).toBeLessThan(relayLimits.maxMessageBytes);
    expect(await open(key, sealContext.state(room), sealed)).toEqual(big);
    await expect(seal(key, sealContext.state(room), { note: 'x'.repeat(9000) })).rejects.toThrow(/too large/);
  });
});
