/**
 * Phones and a facilitator through Caddy over https, run as a child of caddy-room.test.ts with
 * NODE_EXTRA_CA_CERTS naming Caddy's local authority (as a phone that trusts the venue's certificate).
 * Prints one JSON line with what happened.
 */

import { until } from '../../scripts/processes';
import { FacilitatorClient } from '../../src/live-room/facilitator-client';
import { ParticipantClient } from '../../src/live-room/participant-client';
import type { SealedState } from '../../src/live-room/protocol';
import { distribution, type RatingValue } from '../../src/live-room/tally';
import { question } from './relay-helpers';

const [origin, countArg] = process.argv.slice(2) as [string, string];
const count = Number(countArg);
const health = await (await fetch(`${origin}/healthz`)).json();
const origins = await (await fetch(`${origin}/api/origin`)).json();
let lobby = 0;
const facilitator = await FacilitatorClient.create(origin, { onLobby: (n) => (lobby = n) });
const states: (SealedState | undefined)[] = [];
const counted = new Set<number>();
let ended = 0;
const endedByRefusal = new Set<number>();
const endedPhones = new Set<number>();
// Each phone's statuses, printed if a phone is never told the room ended (so a failure says how it got stuck).
const statuses: string[][] = Array.from({ length: count }, () => []);
const since = Date.now();
const phones = await Promise.all(
  Array.from({ length: count }, async (_, i) => {
    const phone = new ParticipantClient({
      relayUrl: origin,
      room: facilitator.room,
      token: facilitator.created.token,
      facilitatorKey: facilitator.publicKey,
      onState: (s) => {
        states[i] = s;
      },
      onCounted: () => counted.add(i),
      onEnded: () => {
        ended += 1;
        endedPhones.add(i);
        statuses[i]?.push(`${Date.now() - since} ended`);
      },
      // A phone that was reconnecting when the room ended learns it from the refusal (the code admits no one).
      onStatus: (status, detail) => {
        statuses[i]?.push(`${Date.now() - since} ${status}${detail ? ` (${detail})` : ''}`);
        if (status === 'refused' && /no such room/.test(detail ?? '')) endedByRefusal.add(i);
      },
    });
    await phone.start();
    return phone;
  }),
);
await until(() => lobby === count, `${count} in the room`, 60_000);
await facilitator.ask(question);
await until(() => states.filter((s) => s?.open).length === count, 'question on every phone', 60_000);
await Promise.all(phones.map((p, i) => p.vote(question.questionId, (i % 5) as RatingValue)));
await until(() => counted.size === count, 'every phone sees Counted', 60_000);
const values = question.options.map((o) => o.value);
const tally = distribution(facilitator.currentBallots, question.questionId, values);
for (const s of statuses) s.push(`${Date.now() - since} facilitator ends the room`);
let endConfirmed = 'not yet';
const ending = facilitator.end().then(
  () => (endConfirmed = 'confirmed by the relay'),
  (error: Error) => (endConfirmed = `not confirmed: ${error.message}`),
);
await until(() => ended + endedByRefusal.size >= count, 'every phone told the room ended', 60_000).catch(
  (error: Error) => {
    const stuck = statuses.flatMap((_, i) => (endedPhones.has(i) || endedByRefusal.has(i) ? [] : [i]));
    console.error(`phones never told the room ended: ${stuck.join(', ')}; the end ${endConfirmed}`);
    for (const i of stuck) console.error(`phone ${i}: ${statuses[i]?.join(' → ')}`);
    throw error;
  },
);
await ending;
const lookup = await fetch(`${origin}/api/rooms/${facilitator.room}`);
console.log(
  JSON.stringify({
    health,
    origins,
    lobby,
    counted: counted.size,
    total: tally.total,
    ended: Math.min(count, ended + endedByRefusal.size),
    end: endConfirmed,
    afterEnd: lookup.status,
  }),
);
facilitator.close();
process.exit(0);
