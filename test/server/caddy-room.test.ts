// @vitest-environment node
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort, startRedis, startRelayProcess, until } from '../../scripts/processes';

/**
 * The deployment as deploy/ describes it, without Docker: Debian's Caddy running deploy/Caddyfile (with
 * its own authority, `tls internal`, instead of Let's Encrypt) in front of two relay processes started
 * with compose.yaml's command and environment from the compiled server, over Redis with compose's
 * options; phones join through Caddy over https. The compose file is parsed and checked against what
 * runs here, so the two cannot drift apart.
 */
interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  networks?: string[] | Record<string, { ipv4_address?: string }>;
}
const compose = parse(readFileSync('deploy/compose.yaml', 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
const caddyfile = readFileSync('deploy/Caddyfile', 'utf8');

describe('deploy/compose.yaml', () => {
  const { redis, proxy } = compose.services;
  const relays = ['relay-1', 'relay-2'].map((name) => compose.services[name] as Service);

  it('runs Redis with an append-only file and a health check', () => {
    expect(redis?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(redis?.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(redis?.volumes).toEqual(expect.arrayContaining([expect.stringMatching(/:\/data$/)]));
  });

  it('runs two relays from the compiled server, as the Dockerfile does, checked by /healthz', () => {
    expect(dockerfile).toMatch(/^FROM node:(22|24)-/m);
    expect(dockerfile).not.toMatch(/node:20|tsx/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toContain('CMD ["node", "dist-server/start.js"]');
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    expect(existsSync('.dockerignore')).toBe(true);
    expect(readFileSync('.dockerignore', 'utf8')).toMatch(/^node_modules$/m);
    for (const relay of relays) {
      expect(relay.command).toEqual(['node', 'dist-server/start.js']);
      expect(relay.environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(relay.environment?.PORT).toBe('8787');
      expect(relay.healthcheck?.test.join(' ')).toContain('/healthz');
      // The proxy is the one address whose X-Forwarded-For the relays believe.
      const networks = (proxy?.networks ?? {}) as Record<string, { ipv4_address?: string }>;
      const proxyAddress = networks.room?.ipv4_address;
      expect(relay.environment?.TRUST_PROXY).toBe(proxyAddress);
    }
  });

  it('puts Caddy on 80 and 443 with deploy/Caddyfile, naming both relays on their port', () => {
    expect(proxy?.ports).toEqual(['80:80', '443:443']);
    expect(proxy?.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(caddyfile).toContain('{$RELAY_1:relay-1:8787}');
    expect(caddyfile).toContain('{$RELAY_2:relay-2:8787}');
    expect(caddyfile).toContain('health_uri /healthz');
  });
});

describe('phones through Caddy (tls internal) in front of two relays and Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let relays: Awaited<ReturnType<typeof startRelayProcess>>[] = [];
  let caddy: ChildProcess | undefined;
  let home: string;
  let origin: string;
  let rootCertificate: string;
  let caddyLog: string[] = [];

  beforeAll(async () => {
    execFileSync('caddy', ['version']); // Debian's caddy package (.ci/run installs it)
    home = mkdtempSync(join(tmpdir(), 'caddy-room-'));
    // The server compiled as the image compiles it (npm run build:server), beside node_modules.
    const compiled = 'node_modules/.tmp/caddy-room/start.js';
    await build({
      entryPoints: ['server/start.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: compiled,
      logLevel: 'warning',
    });
    const redisCommand = compose.services.redis?.command ?? [];
    redis = await startRedis({ appendOnly: redisCommand.includes('yes') });
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    origin = `https://127.0.0.1:${httpsPort}`;
    const relayEnv = compose.services['relay-1']?.environment ?? {};
    relays = await Promise.all(
      [1, 2].map(() =>
        startRelayProcess(redis.url, {
          compiled: compose.services['relay-1']?.command?.[1] === 'dist-server/start.js' ? compiled : 'no',
          env: {
            RELAY_LOG: '1',
            // Caddy runs on this machine here, not at compose's fixed address.
            TRUST_PROXY: 'loopback',
            PUBLIC_ORIGIN: `${origin}`,
            RELAY_ORIGINS: relayEnv.RELAY_ORIGINS ?? '',
          },
        }),
      ),
    );
    // deploy/Caddyfile as it is, after global options for a test: Caddy's own authority for every site
    // (what `tls internal` does), not installed in the system trust store, ports of our own, no admin API.
    const global = `{\n\tlocal_certs\n\tskip_install_trust\n\tadmin off\n\thttp_port ${httpPort}\n\thttps_port ${httpsPort}\n}\n`;
    writeFileSync(join(home, 'Caddyfile'), global + caddyfile);
    caddy = spawn('caddy', ['run', '--config', join(home, 'Caddyfile'), '--adapter', 'caddyfile'], {
      env: {
        ...process.env,
        HOME: home,
        XDG_DATA_HOME: join(home, 'data'),
        XDG_CONFIG_HOME: join(home, 'config'),
        ROOM_HOST: `127.0.0.1:${httpsPort}`,
        RELAY_1: `127.0.0.1:${relays[0]?.port}`,
        RELAY_2: `127.0.0.1:${relays[1]?.port}`,
      },
    });
    caddyLog = [];
    caddy.stderr?.on('data', (c: Buffer) => caddyLog.push(c.toString()));
    const rootPath = join(home, 'data', 'caddy', 'pki', 'authorities', 'local', 'root.crt');
    await until(
      () => existsSync(rootPath),
      `Caddy's local authority (${caddyLog.join('').slice(-500)})`,
      60_000,
    );
    rootCertificate = readFileSync(rootPath, 'utf8');
    let healthy = false;
    await until(
      () => {
        get(`${origin}/healthz`, { ca: rootCertificate }, (res) => {
          healthy = res.statusCode === 200;
          res.resume();
        }).on('error', () => undefined);
        return healthy;
      },
      'the relays healthy through Caddy over https',
      60_000,
    );
    // Until Caddy's first health checks have passed it may send everything to one relay: wait until
    // requests through it have reached both.
    await until(
      () => {
        const req = request(`${origin}/api/rooms`, {
          method: 'POST',
          ca: rootCertificate,
          headers: { 'content-type': 'application/json' },
        });
        req.on('error', () => undefined).on('response', (res) => res.resume());
        req.end(JSON.stringify({ key: 'K'.repeat(87) }));
        return relays.every((r) => r.output.join('').includes('room created'));
      },
      'Caddy sending requests to both relays',
      60_000,
    );
  }, 180_000);

  afterAll(() => {
    caddy?.kill('SIGKILL');
    for (const r of relays) r.kill();
    redis?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('twelve phones join, vote and are counted through both relays, and End reaches every phone', async () => {
    const rootPath = join(home, 'root.crt');
    writeFileSync(rootPath, rootCertificate);
    // Asynchronously: the relays' output is read by this process meanwhile (a synchronous child would
    // leave their pipes unread).
    const { stdout: output } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'test/server/caddy-room-phones.ts', origin, '12'],
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: rootPath }, encoding: 'utf8', timeout: 170_000 },
    ).catch((error: Error) => {
      // What each relay did about the room's end: a failure then says where the message was lost.
      const logs = relays.map((r, i) =>
        [
          `relay ${i + 1}:`,
          ...r.output
            .join('')
            .split('\n')
            .filter((l) => /end|refus|disconnect|error/i.test(l)),
        ]
          .slice(-40)
          .join('\n'),
      );
      throw new Error(`${error.message}\n${logs.join('\n')}`);
    });
    const result = JSON.parse(output.trim().split('\n').at(-1) as string);
    expect(result).toEqual({
      health: { ok: true, redis: 'ready' },
      origins: { origins: expect.arrayContaining([origin]) },
      lobby: 12,
      counted: 12,
      total: 12,
      ended: 12,
      end: 'confirmed by the relay',
      afterEnd: 404,
    });
    // Caddy spread the phones over both relays; each forwarded votes.
    const tally = relays.map((r) => (r.output.join('').match(/"event":"[a-z ]+"/g) ?? []).join(','));
    for (const relay of relays) expect(relay.output.join(''), tally.join('\n')).toContain('"event":"vote"');
    expect(relays.every((r) => r.alive())).toBe(true);
  }, 180_000);
});
