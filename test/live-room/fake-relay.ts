import type { HandshakeAuth } from '../../src/live-room/protocol';
import type { Transport, TransportStatus } from '../../src/live-room/transport';

type Handler = (payload: unknown) => void;

interface End {
  readonly auth: HandshakeAuth;
  readonly handlers: Map<string, Handler[]>;
  readonly onStatus: (status: TransportStatus, detail?: string) => void;
  online: boolean;
  closed: boolean;
  /** Requests made while offline, sent on the next connection (as socket.io keeps them). */
  readonly waiting: (() => void)[];
}

/**
 * An in-memory relay for one room that keeps the relay's side of the contract (src/live-room/protocol.ts):
 * it forwards hello and vote to the facilitator and stores them, replays them to a facilitator that
 * (re)connects then says `replayed`; forwards welcome and ack to one phone, state to every phone; `end`
 * tells every phone `ended` and forgets the room; `lock` refuses phones it has not seen. Delivery is
 * asynchronous, like a network; an end that is offline loses what is sent to it, like a dropped socket.
 * `store: false` is a relay that keeps nothing (as before #24), to show what the clients do alone.
 */
export function fakeRelay(options: { store?: boolean } = {}) {
  const store = options.store ?? true;
  let facilitator: End | undefined;
  const phones = new Map<string, End>();
  const stored: { event: string; payload: unknown }[] = [];
  const seen = new Set<string>();
  let locked = false;
  let ended = false;
  const traffic: { event: string; to: string; payload: unknown }[] = [];
  /** Lets a test tamper with what passes: return undefined to drop, or another [event, payload, to]. */
  let tamper: (event: string, payload: unknown, to: string) => [string, unknown, string] | undefined = (
    e,
    p,
    t,
  ) => [e, p, t];

  const deliver = (end: End | undefined, event: string, payload: unknown, to: string) => {
    const tampered = tamper(event, payload, to);
    if (!tampered) return;
    const [e, p, t] = tampered;
    const target = t === to ? end : t === 'facilitator' ? facilitator : phones.get(t);
    if (!target?.online || target.closed) return;
    traffic.push({ event: e, to: t, payload: p });
    void Promise.resolve().then(() => {
      if (target.online && !target.closed) for (const h of target.handlers.get(e) ?? []) h(p);
    });
  };
  const lobby = () =>
    deliver(
      facilitator,
      'lobby',
      { count: [...phones.values()].filter((p) => p.online && !p.closed).length, locked },
      'facilitator',
    );

  const fromFacilitator = (event: string, payload: unknown) => {
    const m = payload as { to?: string; sealed?: unknown; locked?: boolean };
    if (event === 'welcome' || event === 'ack') {
      deliver(phones.get(m.to ?? ''), event, { sealed: m.sealed }, m.to ?? '');
    } else if (event === 'state') {
      for (const [id, phone] of phones) deliver(phone, 'state', { sealed: m.sealed }, id);
    } else if (event === 'lock') {
      locked = m.locked === true;
      lobby();
    } else if (event === 'end') {
      for (const [id, phone] of phones) deliver(phone, 'ended', {}, id);
      ended = true;
      stored.length = 0;
    }
  };
  const fromPhone = (participant: string, event: string, payload: unknown) => {
    if (event !== 'hello' && event !== 'vote') return;
    const relayed = { participant, ...(payload as object) };
    if (store) stored.push({ event, payload: relayed });
    deliver(facilitator, event, relayed, 'facilitator');
  };

  const connect = (end: End) => {
    if (ended) return end.onStatus('refused', 'no such room, or it has ended');
    if (end.auth.role === 'participant') {
      const id = end.auth.participant ?? '';
      if (locked && !seen.has(id)) return end.onStatus('refused', 'room locked');
      seen.add(id);
    }
    end.online = true;
    end.onStatus('connected');
    for (const send of end.waiting.splice(0)) send();
    if (end.auth.role === 'facilitator') {
      for (const m of [...stored]) deliver(end, m.event, m.payload, 'facilitator');
      if (store) deliver(end, 'replayed', {}, 'facilitator');
    }
    lobby();
  };

  const transport = (
    auth: HandshakeAuth,
    onStatus: (status: TransportStatus, detail?: string) => void,
  ): Transport & { end: End } => {
    const end: End = { auth, handlers: new Map(), onStatus, online: false, closed: false, waiting: [] };
    const sendNow = (event: string, payload: unknown) => {
      // A copy, as over the wire.
      const copy = JSON.parse(JSON.stringify(payload)) as unknown;
      if (auth.role === 'facilitator') fromFacilitator(event, copy);
      else fromPhone(auth.participant ?? '', event, copy);
    };
    if (auth.role === 'facilitator') facilitator = end;
    else phones.set(auth.participant ?? '', end);
    void Promise.resolve().then(() => connect(end));
    return {
      end,
      send: (event, payload) => {
        if (!end.online || end.closed) return;
        sendNow(event, payload);
      },
      request: (event, payload, timeoutMs) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('operation has timed out')), timeoutMs);
          const send = () => {
            if (end.closed) return;
            clearTimeout(timer);
            sendNow(event, payload);
            resolve();
          };
          if (end.online && !end.closed) send();
          else end.waiting.push(send);
        }),
      on: (event, handler) => {
        end.handlers.set(event, [...(end.handlers.get(event) ?? []), handler]);
      },
      get connected() {
        return end.online && !end.closed;
      },
      close: () => {
        end.closed = true;
        end.online = false;
        if (auth.role === 'participant') lobby();
      },
    };
  };

  /** The facilitator's (or a phone's) connection drops, and later comes back. */
  const setOnline = (who: 'facilitator' | string, online: boolean) => {
    const end = who === 'facilitator' ? facilitator : phones.get(who);
    if (!end || end.closed) return;
    if (!online) {
      end.online = false;
      end.onStatus('disconnected');
      if (end.auth.role === 'participant') lobby();
    } else connect(end);
  };

  return {
    transport,
    setOnline,
    traffic,
    get stored() {
      return stored.length;
    },
    get locked() {
      return locked;
    },
    setTamper: (t: typeof tamper) => {
      tamper = t;
    },
  };
}
