// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { broadcastTransport } from '../../src/live-room/broadcast-transport';

const tick = () => new Promise((r) => setTimeout(r, 30));

describe('the same-computer transport', () => {
  it('carries named events between two windows, not back to the sender, and stops when closed', async () => {
    const presenter = broadcastTransport('ledger-fit-test')!;
    const audience = broadcastTransport('ledger-fit-test')!;
    const heard: unknown[] = [];
    const echoed: unknown[] = [];
    audience.on('state', (p) => heard.push(p));
    presenter.on('state', (p) => echoed.push(p));
    presenter.send('state', { slide: 3 });
    presenter.send('other', { ignored: true });
    await tick();
    expect(heard).toEqual([{ slide: 3 }]);
    expect(echoed).toEqual([]);
    audience.close();
    expect(audience.connected).toBe(false);
    presenter.send('state', { slide: 4 });
    await tick();
    expect(heard).toEqual([{ slide: 3 }]);
    presenter.close();
  });
});
