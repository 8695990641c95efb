// The benchmark's web server: the site's pages on www.example.org.uk, each library's files from its
// package (cookiegate from dist/), and the gated "analytics" script on analytics.example.com. Both
// names resolve to 127.0.0.1 inside Chromium (--host-resolver-rules), so they are two origins on
// one local server. Everything is sent with `Cache-Control: no-store`: every visit, returning ones
// included, fetches the files it needs, which is what the byte counts count. Library files and pages
// go brotli-compressed (quality 11) to a browser that accepts it, as a CDN sends them: on the phone
// profile's throttled network the bytes on the wire are what a visitor waits for.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
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

/** Brotli at quality 5, about what a CDN compresses on the fly with (the pages are made per request). */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** The analytics tag: tells the page it ran. */
const ANALYTICS_JS = 'window.__bench&&__bench.gated();';

/**
 * Library files by URL path (no query), with their sizes, or null when the path is not one. Each
 * file is read once per benchmark run, so every visit measures the same bytes.
 * @param {Record<string, string>} mounts  URL prefix (`/lib/klaro/`) → directory
 */
function fileTable(mounts) {
  const files = new Map();
  const read = (path) => {
    if (!files.has(path)) {
      const body = readFileSync(path);
      let compressed = null;
      // Compressed once per file, the first time it is asked for.
      const encoded = () => (compressed ??= brotliCompressSync(body, BROTLI));
      files.set(path, { body, ...sizes(body), encoded });
    }
    return files.get(path);
  };
  return (urlPath) => {
    for (const [prefix, dir] of Object.entries(mounts)) {
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
}

/**
 * @param {{ mounts: Record<string, string>, page: (name: string, variant: string, port: number) => string | null }} site
 *   `mounts`: URL prefix (`/lib/klaro/`) → directory; `page`: HTML for `/page/<name>/<variant>`.
 */
export async function startServer(site) {
  const libraryFile = fileTable(site.mounts);
  let port = 0;
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const [path] = (req.url ?? '/').split('?');
    const brotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (status, type, body, compressed) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (brotli && compressed) headers['content-encoding'] = 'br';
      res.writeHead(status, headers);
      res.end(brotli && compressed ? compressed() : body);
    };
    if (host === ANALYTICS_HOST) {
      return path === '/analytics.js' ? send(200, TYPES['.js'], ANALYTICS_JS) : send(404, 'text/plain', 'not found');
    }
    const page = /^\/page\/([\w-]+)\/([\w-]+)$/.exec(path);
    if (page) {
      const html = site.page(page[1], page[2], port);
      if (html == null) return send(404, 'text/plain', 'no such page');
      return send(200, TYPES['.html'], html, () => brotliCompressSync(html, BROTLI));
    }
    const file = libraryFile(path);
    if (file) {
      return send(200, TYPES[extname(path)] ?? 'application/octet-stream', file.body, file.encoded);
    }
    if (path === '/favicon.ico') return send(204, 'text/plain', '');
    send(404, 'text/plain', 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  port = server.address().port;
  return handle(port, libraryFile, () => new Promise((r) => server.close(() => r())));
}

/** What the harness holds of a running server. */
function handle(port, libraryFile, close) {
  return {
    port,
    url: (path, host = SITE_HOST) => `http://${host}:${port}${path}`,
    /** Sizes of a served library file, by URL; null for anything else. */
    libraryFile: (url) => {
      const u = new URL(url);
      return u.hostname === SITE_HOST ? libraryFile(u.pathname) : null;
    },
    close,
  };
}

/**
 * The same server on a thread of its own, with the pages of libraries.mjs. On the harness's
 * thread, Playwright's CDP traffic (every request event, every report from the page) delayed
 * responses by tens of milliseconds, and a page that fetches twice in a row (the split install's
 * first visit) paid it twice. Sizes are still answered here, from the same files.
 * @param {Record<string, string>} mounts  URL prefix → directory
 */
export async function startServerThread(mounts) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { mounts } });
  const port = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return handle(port, fileTable(mounts), () => worker.terminate());
}

if (!isMainThread && workerData?.mounts) {
  const { LIBRARIES, pageFor } = await import('./libraries.mjs');
  const byName = Object.fromEntries(LIBRARIES.map((l) => [l.name, l]));
  const server = await startServer({
    mounts: workerData.mounts,
    page: (name, variant, port) => (byName[name] ? pageFor(byName[name], variant, port) : null),
  });
  parentPort.postMessage(server.port);
}
