// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { until } from '../../scripts/processes';
import { FacilitatorClient, type FacilitatorEvents } from '../../src/live-room/facilitator-client';
import { ParticipantClient } from '../../src/live-room/participant-client';
import type { SealedState } from '../../src/live-room/protocol';
import { facilitatorSnapshot } from '../../src/live-room/room-snapshot';
import { distribution, type RatingValue } from '../../src/live-room/tally';
import { fakeRelay } from './fake-relay';

const question: NonNullable<SealedState['question']> = {
  questionId: 'condition.commonInterest',
  title: 'C1 Common interest',
  prompt: 'How far do the parties share an interest in a common record?',
  options: [0, 1, 2, 3, 4, 'dontKnow'].map((value) => ({
    value: value as RatingValue,
    label: String(value),
  })),
};
const values = question.options.map((o) => o.value);

beforeEach(() => {
  // The relay's room creation: the only HTTP call the facilitator makes.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json({
        room: 'ABCDEFGH',
        token: 'participant-token-0001',
        facilitatorToken: 'facilitator-token-001',
        expiresAt: Date.now() + 3_600_000,
      }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

type Relay = ReturnType<typeof fakeRelay>;

async function facilitatorOn(relay: Relay, events: FacilitatorEvents = {}) {
  const client = await FacilitatorClient.create(
    'http://relay.test',
    { log: () => {}, ...events },
    relay.transport,
  );
  await until(() => relay.traffic.some((t) => t.event === 'lobby'), 'the facilitator to connect');
  return client;
}

async function phonesOn(relay: Relay, facilitator: FacilitatorClient, n: number) {
  const phones = Array.from({ length: n }, () => {
    const seen: { state?: SealedState; counted: string[]; ended: boolean } = { counted: [], ended: false };
    const client = new ParticipantClient({
      relayUrl: 'http://relay.test',
      room: facilitator.room,
      token: facilitator.created.token,
      facilitatorKey: facilitator.publicKey,
      onState: (state) => {
        seen.state = state;
      },
      onCounted: (questionId) => seen.counted.push(questionId),
      onEnded: () => {
        seen.ended = true;
      },
      transport: relay.transport,
    });
    return { client, seen };
  });
  for (const p of phones) await p.client.start();
  await until(() => facilitator.joined === n, `${n} phones to be welcomed`);
  return phones;
}

const total = (f: FacilitatorClient) => distribution(f.currentBallots, question.questionId, values).total;

describe('acknowledged votes', () => {
  it('a phone says Counted only after the facilitator has counted its vote and acknowledged it', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const [phone] = await phonesOn(relay, facilitator, 1);
    await facilitator.ask(question);
    await until(() => phone?.seen.state?.open === true, 'the question on the phone');

    relay.setOnline('facilitator', false);
    await phone?.client.vote(question.questionId, 3);
    // The relay has the vote, the facilitator does not: the phone must not say it is counted.
    await until(() => relay.stored >= 2, 'the relay to store the vote');
    expect(phone?.client.counted(question.questionId)).toBe(false);
    expect(phone?.seen.counted).toEqual([]);

    relay.setOnline('facilitator', true);
    await until(() => phone?.seen.counted.length === 1, 'the acknowledgement');
    expect(total(facilitator)).toBe(1);
    expect(phone?.client.counted(question.questionId)).toBe(true);
  });

  it('with the facilitator offline while 40 phones vote, the relay replays them: none lost, none twice, all acknowledged', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const phones = await phonesOn(relay, facilitator, 40);
    await facilitator.ask(question);
    await until(() => phones.every((p) => p.seen.state?.open), 'the question on every phone');
    await phones[0]?.client.vote(question.questionId, 1); // one vote before the drop
    await until(() => total(facilitator) === 1, 'the first vote');

    relay.setOnline('facilitator', false);
    for (const [i, p] of phones.entries())
      await p.client.vote(question.questionId, values[i % 6] as RatingValue);
    relay.setOnline('facilitator', true);

    await until(() => phones.every((p) => p.seen.counted.length > 0), 'every phone to be acknowledged');
    await facilitator.settled();
    expect(total(facilitator)).toBe(40);
    // The first phone re-voted: its latest vote counts, once.
    expect(
      facilitator.currentBallots.get(`${phones[0]?.client.participant} ${question.questionId}`)?.value,
    ).toBe(0);
  });

  it('on a relay that keeps nothing, "Ask again" makes the phones resend the votes the facilitator never acknowledged', async () => {
    const relay = fakeRelay({ store: false });
    const facilitator = await facilitatorOn(relay);
    const phones = await phonesOn(relay, facilitator, 5);
    await facilitator.ask(question);
    await until(() => phones.every((p) => p.seen.state?.open), 'the question on every phone');

    relay.setOnline('facilitator', false);
    for (const p of phones) await p.client.vote(question.questionId, 2);
    relay.setOnline('facilitator', true);
    // Coming back, the facilitator shows the question again: phones resend what was not acknowledged.
    await until(() => phones.every((p) => p.seen.counted.length > 0), 'the resent votes');
    expect(total(facilitator)).toBe(5);

    // And when an acknowledgement is lost, "Ask again" brings the vote back.
    relay.setTamper((event, payload, to) => (event === 'ack' ? undefined : [event, payload, to]));
    await phones[0]?.client.vote(question.questionId, 4);
    await until(() => relay.traffic.filter((t) => t.event === 'vote').length >= 6, 'the re-vote');
    await facilitator.settled();
    expect(phones[0]?.client.counted(question.questionId)).toBe(false);
    relay.setTamper((e, p, t) => [e, p, t]);
    await facilitator.ask(question);
    await until(
      () => phones[0]?.client.counted(question.questionId) === true,
      'the acknowledgement after Ask again',
    );
    expect(total(facilitator)).toBe(5);
  });

  it('an acknowledgement the relay hands to another phone does not open there', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const [a, b] = await phonesOn(relay, facilitator, 2);
    await facilitator.ask(question);
    await until(() => a?.seen.state?.open === true && b?.seen.state?.open === true, 'the question');
    await b?.client.vote(question.questionId, 1);
    relay.setTamper((event, payload, to) =>
      event === 'ack' && to === a?.client.participant
        ? [event, payload, b?.client.participant ?? '']
        : [event, payload, to],
    );
    await a?.client.vote(question.questionId, 2);
    await until(() => b?.seen.counted.length === 1, "b's own acknowledgement");
    await until(
      () => relay.traffic.filter((t) => t.event === 'ack').length >= 2,
      'the moved acknowledgement',
    );
    expect(a?.seen.counted).toEqual([]);
    expect(b?.seen.counted).toEqual([question.questionId]);
  });
});

describe('the facilitator’s queue', () => {
  it('a malformed relayed vote counts as excluded and is logged; a failing message is reported and the next is still counted', async () => {
    const relay = fakeRelay();
    const logged: string[] = [];
    const problems: string[] = [];
    const facilitator = await facilitatorOn(relay, {
      log: (m) => logged.push(m),
      onProblem: (m) => problems.push(m),
    });
    const [phone, other] = await phonesOn(relay, facilitator, 2);
    await facilitator.ask(question);
    await until(() => phone?.seen.state?.open === true, 'the question');

    relay.setTamper((event, payload, to) =>
      event === 'vote' && (payload as { participant: string }).participant === phone?.client.participant
        ? [event, { ...(payload as object), sealed: 'not a sealed payload' }, to]
        : [event, payload, to],
    );
    await phone?.client.vote(question.questionId, 1);
    await until(() => facilitator.excluded === 1, 'the malformed vote to be excluded');
    expect(logged.join('\n')).toMatch(/malformed vote/);

    // Sending the acknowledgement fails once: the facilitator is told, and the queue goes on.
    relay.setTamper((event, payload, to) => {
      if (event === 'ack' && to === other?.client.participant) throw new Error('socket write failed');
      return [event, payload, to];
    });
    await other?.client.vote(question.questionId, 2);
    await until(() => problems.length === 1, 'the problem to be reported');
    expect(problems[0]).toMatch(/socket write failed/);
    relay.setTamper((e, p, t) => [e, p, t]);
    await phone?.client.vote(question.questionId, 3);
    await until(() => phone?.seen.counted.length === 1, 'the next vote to be counted');
    expect(total(facilitator)).toBe(2);
  });
});

describe('a room that survives', () => {
  it('after a page reload the facilitator resumes the same room: phones stay, nothing counts twice, new votes count', async () => {
    const relay = fakeRelay();
    const names: string[] = [];
    const first = await facilitatorOn(relay);
    const phones = await phonesOn(relay, first, 3);
    await first.ask(question);
    await until(() => phones.every((p) => p.seen.state?.open), 'the question');
    await phones[0]?.client.vote(question.questionId, 4);
    await until(() => phones[0]?.seen.counted.length === 1, 'the first vote');

    // Saved as the app saves it (JSON), read back through the schema.
    const saved = facilitatorSnapshot.parse(JSON.parse(JSON.stringify(first.snapshot())));
    first.close();
    relay.setOnline('facilitator', false);
    await phones[1]?.client.vote(question.questionId, 0); // while the page reloads
    const welcomesBefore = relay.traffic.filter((t) => t.event === 'welcome').length;

    const resumed = await FacilitatorClient.resume(
      saved,
      { log: () => {}, onName: (_, n) => names.push(n) },
      relay.transport,
    );
    expect(resumed.room).toBe(first.room);
    await until(() => phones[1]?.seen.counted.length === 1, 'the vote sent during the reload');
    await phones[2]?.client.vote(question.questionId, 'dontKnow');
    await until(() => phones[2]?.seen.counted.length === 1, 'a vote after the reload');
    await resumed.settled();
    expect(total(resumed)).toBe(3);
    expect(resumed.joined).toBe(3);
    // The replayed hellos of phones already welcomed are not welcomed again.
    expect(relay.traffic.filter((t) => t.event === 'welcome').length).toBe(welcomesBefore);
  });

  it('a phone reloaded while the facilitator was away is welcomed from the replay, under its new key', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const [phone] = await phonesOn(relay, facilitator, 1);
    await facilitator.ask(question);
    await until(() => phone?.seen.state?.open === true, 'the question');
    relay.setOnline('facilitator', false);
    phone?.client.close();
    // The same participant id (kept on the phone), a new page: a new key pair, no room key yet.
    let shown: SealedState | undefined;
    const reloaded = new ParticipantClient({
      relayUrl: 'http://relay.test',
      room: facilitator.room,
      token: facilitator.created.token,
      facilitatorKey: facilitator.publicKey,
      participant: phone?.client.participant as string,
      onState: (state) => {
        shown = state;
      },
      transport: relay.transport,
    });
    await reloaded.start();
    await until(() => relay.stored >= 2, 'the new hello to be stored');
    relay.setOnline('facilitator', true);
    await until(
      () => shown?.question?.questionId === question.questionId,
      'the reloaded phone to be welcomed',
    );
    expect(facilitator.joined).toBe(1);
  });

  it('"End the live room" tells every phone, and the room is gone', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const phones = await phonesOn(relay, facilitator, 3);
    await facilitator.end();
    await until(() => phones.every((p) => p.seen.ended), 'every phone to hear the end');
  });

  it('End pressed while the facilitator’s connection is down is sent when it comes back: no phone is left waiting', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const phones = await phonesOn(relay, facilitator, 2);
    relay.setOnline('facilitator', false);
    let confirmed = false;
    const ending = facilitator.end(60_000).then(() => (confirmed = true));
    // The fake relay delivers on microtasks: a task later, whatever was going to arrive has.
    await new Promise((r) => setTimeout(r, 0));
    expect(confirmed).toBe(false);
    expect(phones.some((p) => p.seen.ended)).toBe(false);
    relay.setOnline('facilitator', true);
    await ending;
    await until(() => phones.every((p) => p.seen.ended), 'every phone to hear the end');
  });

  it('an End the relay never confirms says so, and the connection is closed all the same', async () => {
    const relay = fakeRelay();
    const facilitator = await facilitatorOn(relay);
    const replays = () =>
      relay.traffic.filter((t) => t.to === 'facilitator' && t.event === 'replayed').length;
    relay.setOnline('facilitator', false);
    await expect(facilitator.end(50)).rejects.toThrow('operation has timed out');
    const before = replays();
    // Closed: it does not come back when the network does (nor send the end late, to a room that may be new).
    relay.setOnline('facilitator', true);
    // The fake relay delivers on microtasks: a task later, whatever was going to arrive has.
    await new Promise((r) => setTimeout(r, 0));
    expect(replays()).toBe(before);
  });

  it('a locked room admits phones that joined before and refuses new ones', async () => {
    const relay = fakeRelay();
    let locked: boolean | undefined;
    const facilitator = await facilitatorOn(relay, { onLobby: (_, l) => (locked = l) });
    await phonesOn(relay, facilitator, 2);
    facilitator.lock(true);
    await until(() => locked === true, 'the lobby to say locked');
    const statuses: string[] = [];
    const late = new ParticipantClient({
      relayUrl: 'http://relay.test',
      room: facilitator.room,
      token: facilitator.created.token,
      facilitatorKey: facilitator.publicKey,
      onState: () => {},
      onStatus: (s, d) => statuses.push(`${s} ${d ?? ''}`.trim()),
      transport: relay.transport,
    });
    await late.start();
    await until(() => statuses.includes('refused room locked'), 'the refusal');
    expect(facilitator.joined).toBe(2);
  });
});
