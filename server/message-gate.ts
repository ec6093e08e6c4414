import { relayLimits } from '../src/live-room/protocol';
import type { RelayLogEntry } from './relay-types';

type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

/**
 * The checks every message from one socket passes before it is forwarded: the room has not expired, the
 * socket keeps to its rate, the message has the protocol's shape, and a sealed message is not a replay of
 * one it already sent. A refusal is told to the sender (`refused`); a sustained flood is disconnected.
 */
export function messageGate(options: {
  readonly room: string;
  readonly role: 'facilitator' | 'participant';
  readonly expiresAt: number;
  readonly now: () => number;
  readonly log: (entry: RelayLogEntry) => void;
  readonly emit: (event: string, payload: unknown) => void;
  readonly disconnect: () => void;
}) {
  const { room, role, now, log } = options;
  let windowStart = now();
  let inWindow = 0;
  let refusedTotal = 0;
  const seen = new Set<string>();
  const refuse = (event: string, reason: string): undefined => {
    refusedTotal += 1;
    log({ event: 'refused', room, reason: `${event}: ${reason}` });
    options.emit('refused', { event, reason });
    if (refusedTotal > relayLimits.rate.disconnectAfter) options.disconnect();
    return undefined;
  };
  const accept = <T>(event: string, schema: Schema<T>, raw: unknown): T | undefined => {
    if (now() >= options.expiresAt) {
      options.emit('refused', { event, reason: 'room ended' });
      options.disconnect();
      return undefined;
    }
    if (now() - windowStart > relayLimits.rate.windowMs) {
      windowStart = now();
      inWindow = 0;
    }
    inWindow += 1;
    const allowance =
      role === 'facilitator' ? relayLimits.facilitatorRate.messages : relayLimits.rate.messages;
    if (inWindow > allowance) return refuse(event, 'rate');
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return refuse(event, 'malformed');
    const iv = (parsed.data as { sealed?: { iv?: string } }).sealed?.iv;
    if (iv !== undefined) {
      if (seen.has(iv)) return refuse(event, 'replayed');
      seen.add(iv);
      if (seen.size > 512) seen.delete(seen.values().next().value as string);
    }
    log({ event, room, bytes: JSON.stringify(raw).length });
    return parsed.data;
  };
  return { accept, refuse };
}
