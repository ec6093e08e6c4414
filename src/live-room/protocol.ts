import { z } from 'zod';

/**
 * What crosses the relay. The relay validates these envelopes and forwards them; it cannot read what is
 * sealed inside (votes, names, the room key, the question shown, the revealed spread).
 */
const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);

/** A room's join code: 8 letters and digits without look-alikes, read out or typed on a phone. */
export const roomCode = z.string().regex(/^[ABCDEFGHJKMNPQRSTVWXYZ23456789]{8}$/);
/** A participant's random id, made on the device: it names no one. */
export const participantId = base64url(32).min(16);

export const sealedPayload = z.strictObject({
  /** AES-GCM nonce, 12 bytes. */
  iv: base64url(16).min(16),
  data: base64url(4096).min(22),
});
export type SealedPayload = z.infer<typeof sealedPayload>;

/** The participant's ECDH public key (P-256, raw, 65 bytes). */
export const publicKey = base64url(88).min(86);

export const handshakeAuth = z.strictObject({
  room: roomCode,
  token: base64url(32).min(16),
  role: z.enum(['facilitator', 'participant']),
  participant: participantId.optional(),
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

export const createRoomRequest = z.strictObject({ key: publicKey });
export const createdRoom = z.strictObject({
  room: roomCode,
  token: base64url(32),
  facilitatorToken: base64url(32),
  expiresAt: z.number().int(),
});
export type CreatedRoom = z.infer<typeof createdRoom>;
export const roomLookup = z.strictObject({ room: roomCode, token: base64url(32), key: publicKey });
export type RoomLookup = z.infer<typeof roomLookup>;

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

const ratingValue = z.union([z.number().int().min(0).max(4), z.literal('dontKnow')]);

export const sealedHello = z.strictObject({ kind: z.literal('hello'), name: z.string().max(40).optional() });
export const sealedVote = z.strictObject({
  kind: z.literal('vote'),
  questionId: z.string().max(60),
  value: ratingValue,
  /** Increases with each vote from this device, so a replayed older vote never replaces a newer one. */
  seq: z.number().int().min(0),
});
export type SealedVote = z.infer<typeof sealedVote>;
export const sealedWelcome = z.strictObject({
  kind: z.literal('welcome'),
  roomKey: base64url(44),
  /** What the phones show now, so a phone that joins mid-question sees it at once. */
  state: z.lazy(() => sealedState),
});

export const phoneQuestion = z.strictObject({
  questionId: z.string().max(60),
  title: z.string().max(200),
  prompt: z.string().max(600),
  options: z.array(z.strictObject({ value: ratingValue, label: z.string().max(80) })).max(8),
});
export type PhoneQuestion = z.infer<typeof phoneQuestion>;

export const sealedState = z.strictObject({
  kind: z.literal('state'),
  /** Rises with every change, so a phone never goes back to an older state that arrived late. */
  version: z.number().int().min(0),
  /** The question the room rates now, or none between rating slides. */
  question: phoneQuestion.nullable(),
  open: z.boolean(),
  /** Shown on phones only after "Reveal". */
  revealed: z
    .strictObject({
      counts: z.array(z.strictObject({ label: z.string().max(80), count: z.number().int().min(0) })).max(8),
      total: z.number().int().min(0),
    })
    .nullable(),
});
export type SealedState = z.infer<typeof sealedState>;
