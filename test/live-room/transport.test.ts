// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { broadcastTransport } from '../../src/live-room/broadcast-transport';
import type { Transport } from '../../src/live-room/transport';

/** The next payload of `event` to arrive at `transport`: awaited, never a fixed pause. */
const next = (transport: Transport, event: string) =>
  new Promise<unknown>((resolve) => transport.on(event, resolve));

describe('the same-computer transport', () => {
  it('carries named events between two windows, not back to the sender, and stops when closed', async () => {
    const presenter = broadcastTransport('ledger-fit-test')!;
    const audience = broadcastTransport('ledger-fit-test')!;
    const witness = broadcastTransport('ledger-fit-test')!;
    const heard: unknown[] = [];
    const echoed: unknown[] = [];
    audience.on('state', (p) => heard.push(p));
    presenter.on('state', (p) => echoed.push(p));

    // A channel delivers one sender's messages in order: once the marker arrives, what came before has too.
    const marked = next(audience, 'marker');
    presenter.send('state', { slide: 3 });
    presenter.send('other', { ignored: true });
    presenter.send('marker', {});
    await marked;
    expect(heard).toEqual([{ slide: 3 }]);

    // The presenter hears the witness's marker, sent after its own state would have echoed back.
    const answered = next(presenter, 'marker');
    witness.send('marker', {});
    await answered;
    expect(echoed).toEqual([]);

    audience.close();
    expect(audience.connected).toBe(false);
    const seenByWitness = next(witness, 'state');
    presenter.send('state', { slide: 4 });
    expect(await seenByWitness).toEqual({ slide: 4 });
    expect(heard).toEqual([{ slide: 3 }]);
    presenter.close();
    witness.close();
  });
});
