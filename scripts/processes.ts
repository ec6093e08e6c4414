import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer, type Server, Socket } from 'node:net';

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
    const timer = setTimeout(() => reject(new Error(`${what} did not start`)), 30_000);
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

/** Debian's redis-server on a free port, nothing saved to disk. */
export async function startRedis() {
  try {
    execFileSync('redis-server', ['--version']);
  } catch {
    throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does this).');
  }
  const port = await freePort();
  const child = spawn('redis-server', [
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
    '--bind',
    '127.0.0.1',
  ]);
  await waitFor(child, 'Ready to accept connections', 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

/** One relay process, as `npm run room` starts it, sharing the secret and Redis with its siblings. */
export async function startRelayProcess(redisUrl: string, secret = 'shared-test-secret') {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: redisUrl,
      RELAY_SECRET: secret,
      STATIC_DIR: 'no-such-dir',
    },
  });
  await waitFor(child, 'live room on', 'relay process');
  return { url: `http://127.0.0.1:${port}`, port, child, kill: () => child.kill('SIGKILL') };
}

/**
 * A round-robin TCP proxy in front of relay processes, standing in for the deployment's load balancer:
 * a backend that refuses a connection is skipped, so clients reconnect to a live one.
 */
export async function startProxy(ports: readonly number[]) {
  let next = 0;
  const server: Server = createServer((client: Socket) => {
    const attempt = (tries: number) => {
      if (tries >= ports.length) return client.destroy();
      const port = ports[next++ % ports.length] as number;
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
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Waits until `check()` holds, polling every 20 ms; fails naming what it waited for. */
export async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
