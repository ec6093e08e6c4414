import { z } from 'zod/mini';
import { createdRoom, sealedState } from './protocol';

const ratingValue = z.union([z.int().check(z.minimum(0), z.maximum(4)), z.literal('dontKnow')]);

/**
 * Everything the facilitator's browser must keep for a room to survive a page reload: the room and its
 * tokens, the facilitator's key pair, the room key, what the phones are shown, and the count so far. It holds
 * secrets (the private key, the room key), so the app keeps it in sessionStorage: it survives a reload of
 * the tab, and is gone when the tab is closed, never left behind on a shared venue laptop.
 */
export const facilitatorSnapshot = z.strictObject({
  version: z.literal(1),
  relayUrl: z.string(),
  created: createdRoom,
  publicKey: z.string(),
  /** PKCS #8, base64url. */
  privateKey: z.string(),
  roomKey: z.string(),
  state: sealedState,
  ballots: z.array(
    z.strictObject({
      participant: z.string(),
      questionId: z.string(),
      value: ratingValue,
      seq: z.int(),
      late: z.boolean(),
    }),
  ),
  excluded: z.int(),
  /**
   * `participant key` pairs welcomed (given the room key): a replayed hello under one of them needs no second
   * welcome; a phone that reloaded has a new key, and is welcomed again.
   */
  welcomed: z.array(z.string()),
  names: z.array(z.tuple([z.string(), z.string()])),
  locked: z.boolean(),
});
export type FacilitatorSnapshot = z.infer<typeof facilitatorSnapshot>;
