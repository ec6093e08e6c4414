import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import serveStatic from 'serve-static';

/**
 * The built app, served with `serve-static` (Express's own, via `send`): it decodes paths safely (a bad
 * escape is a client error, not an exception), refuses `..` and dotfiles, and streams with error handling,
 * which the hand-written server it replaces did not (issue #24: `GET /%E0%A4%A` crashed it and
 * `/..%2fdist-old/` escaped the folder). Routes of the single-page app fall back to index.html, the phone's
 * `/join` to join.html; a missing file (an asset, or a name with a file's extension) is a 404.
 */
/**
 * A missing file of these kinds is a 404; any other path is a route of the app. Question ids hold a dot
 * (`/assessments/x/pages/condition.commonInterest`), so "has an extension" cannot tell them apart.
 */
const fileExtensions = new Set(
  [
    '.js',
    '.mjs',
    '.css',
    '.map',
    '.html',
    '.json',
    '.webmanifest',
    '.txt',
    '.xml',
    '.ico',
    '.png',
    '.svg',
  ].concat(['.jpg', '.jpeg', '.webp', '.woff', '.woff2', '.pdf', '.docx', '.csv', '.env']),
);

export function staticFiles(root: string) {
  const headers = (res: ServerResponse, path: string) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader(
      'cache-control',
      path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  };
  const files = serveStatic(root, { index: false, fallthrough: true, setHeaders: headers });
  const page = serveStatic(root, { index: false, fallthrough: false, setHeaders: headers });
  const notFound = (res: ServerResponse) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };
  return (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    files(req, res, () => {
      if (path.startsWith('/assets/') || fileExtensions.has(extname(path).toLowerCase()))
        return notFound(res);
      const fallback = path === '/join' || path.startsWith('/join/') ? 'join' : 'index';
      req.url = `/${fallback}.html`;
      page(req, res, () => notFound(res));
    });
  };
}
