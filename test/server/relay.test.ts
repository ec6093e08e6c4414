// @vitest-environment node
import { io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FacilitatorClient } from '../../src/live-room/facilitator-client';
import { ParticipantClient } from '../../src/live-room/participant-client';
import type { SealedState } from '../../src/live-room/protocol';
import { distribution } from '../../src/live-room/tally';
import { question, startRelay, until } from './relay-helpers';

let relay: Awaited<ReturnType<typeof startRelay>>;
beforeEach(async () => {
  relay = await startRelay();
});
afterEach(async () => {
  await relay.close();
});

const values = question.options.map((o) => o.value);

async function room() {
  let lobby = 0;
  const facilitator = await FacilitatorClient.create(relay.url, { onLobby: (n) => (lobby = n) });
  const join = async (name?: string) => {
    let state: SealedState | undefined;
    const phone = new ParticipantClient({
      relayUrl: relay.url,
      room: facilitator.room,
      token: facilitator.created.token,
      facilitatorKey: facilitator.publicKey,
      ...(name ? { name } : {}),
      onState: (s) => (state = s),
    });
    await phone.start();
    return { phone, state: () => state };
  };
  return { facilitator, join, lobby: () => lobby };
}

describe('the live-room relay', () => {
  it('carries votes and re-votes to the facilitator sealed, and never sees a rating, a question or a name', async () => {
    const { facilitator, join, lobby } = await room();
    const phones = await Promise.all([join('Priya Secret-Name'), join(), join()]);
    await until(() => lobby() === 3, 'three in the lobby');
    await facilitator.ask(question);
    await until(
      () => phones.every((p) => p.state()?.question?.questionId === question.questionId),
      'question shown',
    );
    await phones[0]!.phone.vote(question.questionId, 1);
    await phones[1]!.phone.vote(question.questionId, 3);
    await phones[2]!.phone.vote(question.questionId, 4);
    await phones[0]!.phone.vote(question.questionId, 2); // a re-vote replaces the first
    await until(
      () =>
        distribution(facilitator.currentBallots, question.questionId, values).total === 3 &&
        [...facilitator.currentBallots.values()].some((b) => b.value === 2),
      'three votes, one replaced',
    );
    const d = distribution(facilitator.currentBallots, question.questionId, values);
    expect(d.counts.map((c) => c.count)).toEqual([0, 0, 1, 1, 1, 0]);
    expect(d.disagreement).toBe(true);
    await facilitator.reveal({
      counts: d.counts.map((c) => ({ label: String(c.value), count: c.count })),
      total: d.total,
    });
    await until(() => phones.every((p) => p.state()?.revealed?.total === 3), 'reveal reaches phones');

    // What the relay received and what it logged, in full: ciphertext only.
    const seen = JSON.stringify([relay.received, relay.log]);
    for (const secret of [
      'Priya',
      'condition.commonInterest',
      'Common interest',
      '"value"',
      'Partially met',
      'roomKey',
    ])
      expect(seen).not.toContain(secret);
    expect(relay.received.filter((r) => (r as string[])[0] === 'vote')).toHaveLength(4);
    facilitator.close();
    for (const p of phones) p.phone.close();
  });

  it('refuses hostile messages and keeps serving the room', async () => {
    const { facilitator, join, lobby } = await room();
    const honest = await join();
    await until(() => lobby() === 1, 'honest phone in');
    await facilitator.ask(question);

    const refusedConnect = (auth: object, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve) => {
        const s = connect(relay.url, {
          transports: ['websocket'],
          auth,
          extraHeaders: headers,
          reconnection: false,
        });
        s.on('connect', () => resolve('connected'));
        s.on('connect_error', (e) => resolve(e.message));
      });
    const token = facilitator.created.token;
    const pid = 'AAAAAAAAAAAAAAAAAAAAAA';
    expect(
      await refusedConnect({
        room: facilitator.room,
        token: 'x'.repeat(22),
        role: 'participant',
        participant: pid,
      }),
    ).toBe('wrong token');
    expect(await refusedConnect({ room: 'ZZZZZZZZ', token, role: 'participant', participant: pid })).toMatch(
      /no such room/,
    );
    expect(await refusedConnect({ room: facilitator.room, token, role: 'facilitator' })).toBe('wrong token');
    expect(await refusedConnect({ nonsense: true })).toBe('malformed handshake');
    expect(
      await refusedConnect(
        { room: facilitator.room, token, role: 'participant', participant: pid },
        { origin: 'https://evil.example' },
      ),
      // The precise reason: a crash or a dropped socket would also "not connect" (issue #24 item 9).
    ).toBe('origin not allowed');
    const api = await fetch(`${relay.url}/api/rooms`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: '{}',
    });
    expect(api.status).toBe(403);

    // A participant who sends garbage, replays, floods and oversizes.
    const rogue = connect(relay.url, {
      transports: ['websocket'],
      auth: { room: facilitator.room, token, role: 'participant', participant: pid },
      reconnection: false,
    });
    const refusals: string[] = [];
    rogue.on('refused', (r: { reason: string }) => refusals.push(r.reason));
    await until(() => rogue.connected, 'rogue connected');
    rogue.emit('vote', { sealed: { iv: 'short', data: 'x' } });
    rogue.emit('vote', 'a string');
    rogue.emit('state', { sealed: { iv: 'A'.repeat(16), data: 'B'.repeat(30) } });
    rogue.emit('mystery', {});
    const replay = { key: 'K'.repeat(87), sealed: { iv: 'C'.repeat(16), data: 'D'.repeat(30) } };
    rogue.emit('vote', replay);
    rogue.emit('vote', replay);
    await until(() => refusals.length >= 5, 'refusals');
    expect(refusals).toEqual(
      expect.arrayContaining(['malformed', 'not allowed for this role', 'unknown event', 'replayed']),
    );
    for (let i = 0; i < 150; i++)
      rogue.emit('vote', {
        key: 'K'.repeat(87),
        sealed: { iv: `${String(i).padStart(16, 'E')}`, data: 'D'.repeat(30) },
      });
    await until(() => refusals.includes('rate') && rogue.disconnected, 'flood cut off');
    const big = connect(relay.url, {
      transports: ['websocket'],
      auth: { room: facilitator.room, token, role: 'participant', participant: 'BBBBBBBBBBBBBBBBBBBBBB' },
      reconnection: false,
    });
    await until(() => big.connected, 'big connected');
    big.emit('vote', { key: 'K'.repeat(87), sealed: { iv: 'F'.repeat(16), data: 'G'.repeat(20_000) } });
    await until(() => big.disconnected, 'oversized message disconnects');

    // The room still works: the honest phone's vote is counted; the rogue's unopenable vote is counted as excluded.
    await honest.phone.vote(question.questionId, 2);
    await until(
      () => distribution(facilitator.currentBallots, question.questionId, values).total === 1,
      'honest vote',
    );
    expect(facilitator.excluded).toBeGreaterThanOrEqual(1);
    facilitator.close();
    honest.phone.close();
  });
});
