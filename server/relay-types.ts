import type { RoomStore } from './room-store';

/** What the relay writes to its log: event names, rooms and sizes, never a payload. */
export interface RelayLogEntry {
  readonly event: string;
  readonly room?: string;
  readonly bytes?: number;
  readonly reason?: string;
}

/** What the relay knows about a connected socket, set by the handshake. */
export interface SocketData {
  readonly room: string;
  readonly role: 'facilitator' | 'participant';
  readonly participant?: string;
  readonly expiresAt: number;
}

export interface RelayContext {
  readonly rooms: RoomStore;
  readonly now: () => number;
  readonly log: (entry: RelayLogEntry) => void;
}

/** Runs an async handler so that nothing it throws reaches the process: it is logged as the event's failure. */
export function guarded(
  log: (entry: RelayLogEntry) => void,
  event: string,
  room: string | undefined,
  task: () => unknown,
) {
  try {
    const result = task();
    if (result instanceof Promise)
      result.catch((error: unknown) =>
        log({ event: `${event} failed`, ...(room ? { room } : {}), reason: String(error) }),
      );
  } catch (error) {
    log({ event: `${event} failed`, ...(room ? { room } : {}), reason: String(error) });
  }
}
