import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * A plain static host with the usual single-page fallback, as nginx's `try_files $uri $uri/ /index.html`
 * behaves: a file is served; a folder without an index is refused (403); anything else gets index.html.
 */
function staticHost(root: string): Server {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json',
    '.ttf': 'font/ttf',
  };
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    const send = (f: string) => {
      res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
      res.end(readFileSync(f));
    };
    if (existsSync(file) && statSync(file).isFile()) return send(file);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (existsSync(join(file, 'index.html'))) return send(join(file, 'index.html'));
      res.writeHead(403);
      return res.end('Forbidden');
    }
    return send(join(root, 'index.html'));
  });
}

let server: Server;
const port = 4190;
test.beforeAll(async () => {
  server = staticHost('dist');
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Each route and the heading of the page it must show: a generic "Page not found" would also have a heading. */
const routes: [string, RegExp][] = [
  ['/', /^My assessments$/],
  ['/examples', /^Worked examples$/],
  ['/examples/patient-records', /patient records/i],
  ['/compare', /^Compare proposals$/],
  ['/method', /^How Ledger Fit decides/],
  ['/backtest', /^Backtest: the method against real projects/],
  ['/open', /^Open a shared assessment$/],
  // A missing assessment is the task list's own answer, not the catch-all page.
  ['/assessments/no-such-id', /^Assessment not found$/],
  ['/present/e/patient-records/1', /patient records/i],
  ['/audience/e/patient-records/1', /patient records/i],
];

test('every top-level route reloads on a plain static host with the single-page fallback', async ({
  page,
}) => {
  for (const [route, heading] of routes) {
    const response = await page.goto(`http://127.0.0.1:${port}${route}`);
    expect(response?.status(), route).toBe(200);
    await expect(page.getByRole('heading', { name: heading }).first(), route).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' }), route).toHaveCount(0);
    const reloaded = await page.reload();
    expect(reloaded?.status(), `${route} after a reload`).toBe(200);
    await expect(
      page.getByRole('heading', { name: heading }).first(),
      `${route} after a reload`,
    ).toBeVisible();
  }
  // The downloadable files sit under /files, which no route uses.
  const file = await page.request.get(`http://127.0.0.1:${port}/files/examples/patient-records.json`);
  expect(file.status()).toBe(200);
  expect(await file.json()).toMatchObject({ format: 'ledger-fit' });
});
