import { z } from 'zod/mini';
import { facilitatorSnapshot } from '@/live-room/room-snapshot';

const ratingValue = z.union([z.int().check(z.minimum(0), z.maximum(4)), z.literal('dontKnow')]);

/**
 * The facilitator's room as this tab keeps it between page reloads: the client's snapshot (tokens, keys,
 * count) and what the presenter shows (the phones' address, revealed spread, ratings for the outcome).
 * sessionStorage, not localStorage: it holds the room's private keys, which should survive a reload but
 * not outlive the tab on a shared venue laptop.
 */
const savedRoom = z.strictObject({
  client: facilitatorSnapshot,
  phoneOrigin: z.string(),
  revealed: z.optional(
    z.strictObject({
      questionId: z.string(),
      title: z.string(),
      counts: z.array(z.strictObject({ label: z.string(), count: z.int() })),
      total: z.int(),
      late: z.int(),
      excluded: z.int(),
      disagreement: z.boolean(),
    }),
  ),
  ratings: z.record(
    z.string(),
    z.strictObject({
      counts: z.array(z.strictObject({ value: ratingValue, count: z.int() })),
      total: z.int(),
      late: z.int(),
      excluded: z.int(),
      agreed: z.optional(ratingValue),
    }),
  ),
});
export type SavedRoom = z.infer<typeof savedRoom>;

const key = 'ledger-fit:live-room';

export function loadRoom(): SavedRoom | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = savedRoom.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** False when the browser would not keep it (storage full or disabled): the caller says so. */
export function saveRoom(room: SavedRoom): boolean {
  try {
    sessionStorage.setItem(key, JSON.stringify(room));
    return true;
  } catch {
    return false;
  }
}

export function forgetRoom(): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
