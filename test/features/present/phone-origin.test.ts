import { describe, expect, it } from 'vitest';
import {
  isLoopback,
  localhostAdvice,
  phoneOrigin,
} from '../../../src/features/present/live-room/phone-origin';

const relay = 'http://127.0.0.1:8787';
const answering = (body: unknown, status = 200) =>
  (async () => Response.json(body, { status })) as typeof fetch;

describe('the address phones open', () => {
  it('is the page’s own address when phones can reach it', async () => {
    const page = { origin: 'https://room.example.org', hostname: 'room.example.org' };
    expect(await phoneOrigin(page, relay, answering({ origins: [] }))).toEqual({
      ok: true,
      origin: 'https://room.example.org',
    });
  });

  it.each(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost'])(
    'never names %s: the relay’s https LAN address instead',
    async (hostname) => {
      expect(isLoopback(hostname)).toBe(true);
      const page = { origin: `http://${hostname}:8787`, hostname };
      const origins = ['https://127.0.0.1:8787', 'http://192.168.1.20:8787', 'https://192.168.1.20:8787/'];
      expect(await phoneOrigin(page, relay, answering({ origins }))).toEqual({
        ok: true,
        origin: 'https://192.168.1.20:8787',
      });
    },
  );

  it('says what to do when the relay offers no https address, or no address at all', async () => {
    const page = { origin: 'http://localhost:8787', hostname: 'localhost' };
    const advice = { ok: false, problem: localhostAdvice };
    expect(await phoneOrigin(page, relay, answering({ origins: ['http://192.168.1.20:8787'] }))).toEqual(
      advice,
    );
    expect(await phoneOrigin(page, relay, answering({ error: 'not found' }, 404))).toEqual(advice);
    expect(await phoneOrigin(page, relay, answering({ origins: 'not a list' }))).toEqual(advice);
  });

  it('tells "no relay here" apart: nothing answers, or a static host answers with its page', async () => {
    const page = { origin: 'http://127.0.0.1:4173', hostname: '127.0.0.1' };
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const staticHost = (async () => new Response('<!doctype html><title>Ledger Fit</title>')) as typeof fetch;
    expect(await phoneOrigin(page, relay, offline)).toEqual({ ok: false, noRelay: true });
    expect(await phoneOrigin(page, relay, staticHost)).toEqual({ ok: false, noRelay: true });
    expect(localhostAdvice).toContain('npm run room:https');
  });
});
