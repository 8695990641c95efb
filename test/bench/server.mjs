// The benchmark's web server: the site's pages on www.example.org.uk, each library's files from its
// package (cookiegate from dist/), and the gated "analytics" script on analytics.example.com. Both
// names resolve to 127.0.0.1 inside Chromium (--host-resolver-rules), so they are two origins on
// one local server. Everything is sent with `Cache-Control: no-store`: every visit, returning ones
// included, fetches the files it needs, which is what the byte counts count.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { sizes } from '../size/check-size.mjs';

export const SITE_HOST = 'www.example.org.uk';
export const ANALYTICS_HOST = 'analytics.example.com';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** The analytics tag: tells the page it ran. */
const ANALYTICS_JS = 'window.__bench&&__bench.gated();';

/**
 * @param {{ mounts: Record<string, string>, page: (name: string, variant: string, port: number) => string | null }} site
 *   `mounts`: URL prefix (`/lib/klaro/`) → directory; `page`: HTML for `/page/<name>/<variant>`.
 */
export async function startServer(site) {
  /** Files read once per benchmark run, so every visit measures the same bytes. */
  const files = new Map();
  const read = (path) => {
    if (!files.has(path)) {
      const body = readFileSync(path);
      files.set(path, { body, ...sizes(body) });
    }
    return files.get(path);
  };

  /** URL path (no query) of a library file → its sizes, or null when the path is not one. */
  const libraryFile = (urlPath) => {
    for (const [prefix, dir] of Object.entries(site.mounts)) {
      if (!urlPath.startsWith(prefix)) continue;
      const rel = normalize(decodeURIComponent(urlPath.slice(prefix.length)));
      if (rel.startsWith('..')) return null;
      try {
        return { path: join(dir, rel), ...read(join(dir, rel)) };
      } catch {
        return null;
      }
    }
    return null;
  };

  let port = 0;
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const [path] = (req.url ?? '/').split('?');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (host === ANALYTICS_HOST) {
      return path === '/analytics.js' ? send(200, TYPES['.js'], ANALYTICS_JS) : send(404, 'text/plain', 'not found');
    }
    const page = /^\/page\/([\w-]+)\/([\w-]+)$/.exec(path);
    if (page) {
      const html = site.page(page[1], page[2], port);
      return html == null ? send(404, 'text/plain', 'no such page') : send(200, TYPES['.html'], html);
    }
    const file = libraryFile(path);
    if (file) return send(200, TYPES[extname(path)] ?? 'application/octet-stream', file.body);
    if (path === '/favicon.ico') return send(204, 'text/plain', '');
    send(404, 'text/plain', 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  port = server.address().port;
  return {
    port,
    url: (path, host = SITE_HOST) => `http://${host}:${port}${path}`,
    /** Sizes of a served library file, by URL; null for anything else. */
    libraryFile: (url) => {
      const u = new URL(url);
      return u.hostname === SITE_HOST ? libraryFile(u.pathname) : null;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
