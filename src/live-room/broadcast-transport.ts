import type { Transport } from './transport';

/**
 * Windows of one browser (the presenter and the projector's audience window) over a BroadcastChannel:
 * nothing leaves the computer. Undefined where the browser has no BroadcastChannel.
 */
export function broadcastTransport(channelName: string): Transport | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(channelName);
  const handlers = new Map<string, ((payload: unknown) => void)[]>();
  let open = true;
  channel.onmessage = (message: MessageEvent<unknown>) => {
    const data = message.data as { event?: unknown; payload?: unknown } | null;
    if (typeof data?.event !== 'string') return;
    for (const handler of handlers.get(data.event) ?? []) handler(data.payload);
  };
  return {
    send: (event, payload) => {
      if (open) channel.postMessage({ event, payload });
    },
    // Windows of one browser receive in order and nothing is lost on the way: posted is delivered.
    request: async (event, payload) => {
      if (!open) throw new Error('the channel is closed');
      channel.postMessage({ event, payload });
    },
    on: (event, handler) => {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    get connected() {
      return open;
    },
    close: () => {
      open = false;
      channel.close();
    },
  };
}
