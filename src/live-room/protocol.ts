// zod/mini: the live room's schemas load with the live room only, and add nothing to the app's first page.
import { z } from 'zod/mini';

/**
 * What crosses the relay. The relay validates these envelopes and forwards them; it cannot read what is
 * sealed inside (votes, names, the room key, the question shown, the revealed spread).
 */
const base64url = (max: number, min = 1) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]+$/));
const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.minimum(0));

/** A room's join code: 8 letters and digits without look-alikes, read out or typed on a phone. */
export const roomCode = z.string().check(z.regex(/^[ABCDEFGHJKMNPQRSTVWXYZ23456789]{8}$/));
/** A participant's random id, made on the device: it names no one. */
export const participantId = base64url(32, 16);

/**
 * Every sealed plaintext is padded to one of these sizes (bytes) before sealing, so a message's size tells
 * the relay nothing about what is inside: not a "Don't know" vote, not a name's length, not whether a
 * question opened or was revealed. Each kind of message has a smallest bucket (see `sealMinimumBucket` in room-crypto.ts).
 */
export const sealBuckets = [256, 1024, 4096, 8192] as const;
/** AES-GCM adds a 16-byte tag: the largest bucket, sealed, in base64url. */
const maxSealedChars = Math.ceil(((sealBuckets[sealBuckets.length - 1] as number) + 16) / 3) * 4;

export const sealedPayload = z.strictObject({
  /** AES-GCM nonce, 12 bytes. */
  iv: base64url(16, 16),
  data: base64url(maxSealedChars, 22),
});
export type SealedPayload = z.infer<typeof sealedPayload>;

/** The participant's ECDH public key (P-256, raw, 65 bytes). */
export const publicKey = base64url(88, 86);

export const handshakeAuth = z.strictObject({
  room: roomCode,
  token: base64url(32, 16),
  role: z.enum(['facilitator', 'participant']),
  participant: z.optional(participantId),
});
export type HandshakeAuth = z.infer<typeof handshakeAuth>;

/** Participant → relay: "here is my key", sealed hello (may carry a name for the facilitator only). */
export const helloMessage = z.strictObject({ key: publicKey, sealed: sealedPayload });
/** Participant → relay: a sealed vote, with the key it was sealed under (so a reloaded facilitator can open it). */
export const voteMessage = z.strictObject({ key: publicKey, sealed: sealedPayload });
/** Facilitator → relay: the room key for one participant, sealed to that participant. */
export const welcomeMessage = z.strictObject({ to: participantId, sealed: sealedPayload });
/** Facilitator → relay: what the phones show, sealed with the room key. */
export const stateMessage = z.strictObject({ sealed: sealedPayload });
/**
 * Facilitator → relay: "your vote is counted", sealed with the room key, for one participant; the relay
 * forwards it to that participant as `ack` `{ sealed }`. A phone says "Counted" only after it.
 */
export const ackMessage = z.strictObject({ to: participantId, sealed: sealedPayload });
/** Facilitator → relay: end the room. The relay emits `ended` `{}` to every participant, then deletes the room. */
export const endMessage = z.strictObject({});
/** Relay → participants: the facilitator ended the room. */
export const endedMessage = z.strictObject({});
/** Facilitator → relay: while locked, the relay refuses handshakes from participant ids it has not seen ('room locked'). */
export const lockMessage = z.strictObject({ locked: z.boolean() });
/**
 * Relay → facilitator, after it has re-sent every stored participant message (`hello`, `vote`, in order) to a
 * facilitator that (re)connected: the replay is complete.
 */
export const replayedMessage = z.strictObject({});
/** Relay → sender: a message (or handshake) it would not forward, and why. */
export const refusedMessage = z.object({ event: z.optional(z.string()), reason: z.optional(z.string()) });

/** Relay → facilitator and phones: what the relay forwards, checked again on arrival (the relay is not trusted). */
export const relayedFromParticipant = z.strictObject({
  participant: participantId,
  key: publicKey,
  sealed: sealedPayload,
});
export const relayedSealed = z.strictObject({ sealed: sealedPayload });
/** Relay → facilitator: how many participants are in the room, and whether it is locked. */
export const lobbyMessage = z.strictObject({
  count: z.int().check(z.minimum(0)),
  locked: z.optional(z.boolean()),
});

export const createRoomRequest = z.strictObject({ key: publicKey });
export const createdRoom = z.strictObject({
  room: roomCode,
  token: base64url(32),
  facilitatorToken: base64url(32),
  expiresAt: z.int(),
});
export type CreatedRoom = z.infer<typeof createdRoom>;
export const roomLookup = z.strictObject({ room: roomCode, token: base64url(32), key: publicKey });
export type RoomLookup = z.infer<typeof roomLookup>;
/**
 * `GET /api/origin` (optional on a relay): the address phones should open, when the facilitator's page
 * was opened by a name phones cannot reach (localhost). `origins`: https first, LAN addresses.
 */
export const publicOrigins = z.strictObject({ origins: z.array(z.string().check(z.maxLength(200))) });

/** Limits the relay enforces, shared so clients never exceed them by accident. */
export const relayLimits = {
  maxMessageBytes: 16 * 1024,
  /** Messages per socket per window before it is refused; a sustained flood is disconnected. */
  rate: { messages: 30, windowMs: 10_000, disconnectAfter: 100 },
  /** The facilitator welcomes every phone and shows each question: a room of 300 needs headroom. */
  facilitatorRate: { messages: 3000, windowMs: 10_000 },
  roomLifetimeMs: 6 * 60 * 60 * 1000,
} as const;

// ---- Inside the seal: what only the facilitator and the phones can read. ----

const ratingValue = z.union([z.int().check(z.minimum(0), z.maximum(4)), z.literal('dontKnow')]);

export const sealedHello = z.strictObject({ kind: z.literal('hello'), name: z.optional(text(40)) });
export const sealedVote = z.strictObject({
  kind: z.literal('vote'),
  questionId: text(60),
  value: ratingValue,
  /** Increases with each vote from this device, so a replayed older vote never replaces a newer one. */
  seq: count(),
});
export type SealedVote = z.infer<typeof sealedVote>;

export const phoneQuestion = z.strictObject({
  questionId: text(60),
  title: text(200),
  prompt: text(600),
  options: z.array(z.strictObject({ value: ratingValue, label: text(80) })).check(z.maxLength(8)),
});
export type PhoneQuestion = z.infer<typeof phoneQuestion>;

export const sealedState = z.strictObject({
  kind: z.literal('state'),
  /** Rises with every change, so a phone never goes back to an older state that arrived late. */
  version: count(),
  /** The question the room rates now, or none between rating slides. */
  question: z.nullable(phoneQuestion),
  open: z.boolean(),
  /** Shown on phones only after "Reveal". */
  revealed: z.nullable(
    z.strictObject({
      counts: z.array(z.strictObject({ label: text(80), count: count() })).check(z.maxLength(8)),
      total: count(),
    }),
  ),
});
export type SealedState = z.infer<typeof sealedState>;

/** Facilitator → one phone, sealed with the room key: its vote with this seq on this question is counted. */
export const sealedAck = z.strictObject({ kind: z.literal('ack'), questionId: text(60), seq: count() });

export const sealedWelcome = z.strictObject({
  kind: z.literal('welcome'),
  roomKey: base64url(44),
  /** What the phones show now, so a phone that joins mid-question sees it at once. */
  state: sealedState,
});
