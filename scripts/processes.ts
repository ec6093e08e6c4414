import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on this machine. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const waitFor = (child: ChildProcess, text: string, what: string) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start`)), 120_000);
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${what} exited (${code})`)));
  });

/**
 * Debian's redis-server on a free port. With `appendOnly` it keeps an append-only file in a temporary
 * folder, as the deployment does, so `restart()` (a clean stop, then the same port and folder) keeps the
 * rooms; `stop()` kills it for good.
 */
export async function startRedis(options: { appendOnly?: boolean } = {}) {
  try {
    execFileSync('redis-server', ['--version']);
  } catch {
    throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does this).');
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir];
  args.push('--appendonly', options.appendOnly ? 'yes' : 'no');
  let child = spawn('redis-server', args);
  await waitFor(child, 'Ready to accept connections', 'redis-server');
  const exited = (c: ChildProcess) =>
    new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', () => resolve())));
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    /** A clean stop (what `docker compose restart redis` does): the append-only file is flushed. */
    halt: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    /** Starts again on the same port and folder, after `halt()`. */
    resume: async () => {
      child = spawn('redis-server', args);
      await waitFor(child, 'Ready to accept connections', 'redis-server');
    },
    stop: () => {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RelayProcessOptions {
  readonly secret?: string;
  /** Extra environment (limits, TRUST_PROXY, ...). */
  readonly env?: Record<string, string>;
  /** A compiled relay to run (by default server/start.ts compiled once by `compiledRelay`). */
  readonly compiled?: string;
  readonly port?: number;
}

let compiling: Promise<string> | undefined;
/**
 * The relay compiled once per process (as `npm run build:server` does): a compiled relay starts in a
 * fraction of the time `tsx` takes to transform the sources on a loaded machine.
 */
export function compiledRelay(): Promise<string> {
  compiling ??= import('esbuild').then(async ({ build }) => {
    const outfile = `node_modules/.tmp/relay-${process.pid}/start.js`;
    await build({
      entryPoints: ['server/start.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  });
  return compiling;
}

/** One relay process, as `npm run room` starts it, sharing the secret and Redis with its siblings. */
export async function startRelayProcess(redisUrl: string, options: RelayProcessOptions | string = {}) {
  const opts: RelayProcessOptions = typeof options === 'string' ? { secret: options } : options;
  const port = opts.port ?? (await freePort());
  const args = [opts.compiled ?? (await compiledRelay())];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: redisUrl,
      RELAY_SECRET: opts.secret ?? 'shared-test-secret',
      STATIC_DIR: 'no-such-dir',
      // Every test phone comes from 127.0.0.1: the per-address allowance is not what these tests measure.
      RELAY_ADDRESS_LIMITS: 'create=1000/60,lookup=100000/60,join=100000/60',
      ...opts.env,
    },
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  await waitFor(child, 'live room on', 'relay process');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output,
    /** Still running (not exited, whatever it was sent). */
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: () => child.kill('SIGKILL'),
    freeze: () => child.kill('SIGSTOP'),
    thaw: () => child.kill('SIGCONT'),
  };
}

/**
 * A round-robin TCP proxy in front of relay processes, standing in for the deployment's load balancer:
 * a backend that refuses a connection is skipped, so clients reconnect to a live one. With `failover`, the
 * first live backend in the list always (one client's own way in).
 */
export async function startProxy(ports: readonly number[], options: { failover?: boolean } = {}) {
  let next = 0;
  let offlineUntil = 0;
  const live = new Set<Socket>();
  const server: Server = createServer((client: Socket) => {
    if (Date.now() < offlineUntil) return client.destroy();
    live.add(client);
    client.on('close', () => live.delete(client));
    const first = options.failover ? 0 : next++;
    const attempt = (tries: number) => {
      if (tries >= ports.length) return client.destroy();
      const port = ports[(first + tries) % ports.length] as number;
      const upstream = new Socket();
      upstream.once('error', () => {
        upstream.destroy();
        if (!client.destroyed && upstream.bytesRead === 0) attempt(tries + 1);
      });
      upstream.connect(port, '127.0.0.1', () => {
        client.pipe(upstream).pipe(client);
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.on('error', () => upstream.destroy());
      });
    };
    attempt(0);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    /** The network drops for `ms`: open connections are cut and new ones refused (venue Wi-Fi going away). */
    offline: (ms: number) => {
      offlineUntil = Date.now() + ms;
      for (const client of live) client.destroy();
    },
    close: () => {
      for (const client of live) client.destroy();
      return new Promise((r) => server.close(r));
    },
  };
}

/** Waits until `check()` holds, polling every 20 ms; fails naming what it waited for. */
export async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
