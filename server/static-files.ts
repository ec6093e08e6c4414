import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import serveStatic from 'serve-static';

/**
 * The built app, served with `serve-static` (Express's own, via `send`): it decodes paths safely (a bad
 * escape is a client error, not an exception), refuses `..` and dotfiles, and streams with error handling,
 * which the hand-written server it replaces did not (issue #24: `GET /%E0%A4%A` crashed it and
 * `/..%2fdist-old/` escaped the folder). Routes of the single-page app fall back to index.html, the phone's
 * `/join` to join.html; a missing file with an extension is a 404.
 */
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
      if (extname(path) !== '') return notFound(res);
      const fallback = path === '/join' || path.startsWith('/join/') ? 'join' : 'index';
      req.url = `/${fallback}.html`;
      page(req, res, () => notFound(res));
    });
  };
}
