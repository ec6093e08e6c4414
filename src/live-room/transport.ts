/**
 * How messages travel between the facilitator's screen and the others: one interface, two
 * implementations. `broadcastTransport` joins windows of one browser on one computer (presenter and
 * audience window); `relayTransport` joins devices through the relay (facilitator and phones). The code
 * that speaks the messages depends on this interface only.
 */
export interface Transport {
  send(event: string, payload: unknown): void;
  /**
   * Sends and resolves once the other end confirms it has acted on the message (waiting through a dropped
   * connection); rejects if it has not within `timeoutMs`.
   */
  request(event: string, payload: unknown, timeoutMs: number): Promise<void>;
  /** Every payload is untrusted: handlers validate what they receive. */
  on(event: string, handler: (payload: unknown) => void): void;
  readonly connected: boolean;
  close(): void;
}

export type TransportStatus = 'connecting' | 'connected' | 'disconnected' | 'refused';
