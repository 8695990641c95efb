// The demo site: a replica of the charity's site on a plain node http server (no framework).
// `npm start` builds the bundle and runs this file; tests import startDemo().
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, join, normalize, sep } from 'node:path';

const DEMO = dirname(fileURLToPath(import.meta.url));
const DIST = join(DEMO, '..', 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** Files of demo/ the site serves as they are; the server's own files are not among them. */
const STATIC = new Set(['.css', '.js', '.svg', '.png', '.ico']);
const PRIVATE = new Set(['server.js', 'config.js']);
const MAX_BODY = 16 * 1024;

/** The cookiegate config of every demo page: the charity's registry (demo/config.json). */
export const demoConfig = JSON.parse(readFileSync(join(DEMO, 'config.json'), 'utf8'));

// The library needs no inline script and no eval: the policy shows it (DESIGN.md, CSP-friendly).
// Styles allow 'unsafe-inline' because the interface sets style attributes.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** A page with the config filled in, as JSON that cannot close its script element. */
function renderPage(file) {
  const json = JSON.stringify(demoConfig).replace(/</g, '\\u003c');
  return readFileSync(file, 'utf8').replace(
    '<script type="application/json" id="cookiegate-config"></script>',
    `<script type="application/json" id="cookiegate-config">${json}</script>`,
  );
}

/** `file` inside `root`, or null for anything that climbs out of it. */
function inside(root, path) {
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Where a GET path is served from, or null. */
function resolve(path) {
  if (path === '/') return join(DEMO, 'index.html');
  const page = /^\/([a-z0-9-]+)$/.exec(path);
  if (page) return inside(DEMO, `${page[1]}.html`);
  // The bundle, and what it loads from beside itself: the interface (/cookiegate-ui.js) when the
  // banner or dialog must show, and translations (/i18n/<lang>.js).
  const bundle = /^\/(cookiegate[\w-]*\.js)$/.exec(path);
  if (bundle) return inside(DIST, bundle[1]);
  if (path.startsWith('/i18n/')) return inside(DIST, path.slice(1));
  if (path.startsWith('/dist/')) return inside(DIST, path.slice('/dist/'.length));
  const name = /^\/([\w-]+\.[a-z]+)$/.exec(path)?.[1];
  if (name && STATIC.has(extname(name)) && !PRIVATE.has(name)) return inside(DEMO, name);
  return null;
}

/**
 * Starts the demo server. Logs analytics hits (`/collect`) and consent receipts
 * (`POST /consent-receipts`), and serves both as `/log.json` for the panel on the home page.
 *
 * @example
 * const demo = await startDemo({ quiet: true });
 * // … visit demo.url, then read demo.hits and demo.receipts
 * await demo.close();
 */
export function startDemo({ port = 0, host = '127.0.0.1', quiet = false } = {}) {
  const hits = [];
  const receipts = [];
  const log = (...args) => quiet || console.log(new Date().toISOString().slice(11, 19), ...args);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const path = url.pathname;
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        ...headers,
      });
      res.end(body);
    };

    if (path === '/collect') {
      // The analytics stand-in's hits (GET by image, POST by beacon).
      const hit = { at: new Date().toISOString(), method: req.method, query: Object.fromEntries(url.searchParams) };
      hits.push(hit);
      log('analytics hit', hit.query.dl ?? '');
      req.resume();
      return send(204, 'text/plain', '');
    }

    if (path === '/consent-receipts') {
      if (req.method !== 'POST') return send(405, 'text/plain', 'POST only', { allow: 'POST' });
      let body = '';
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size <= MAX_BODY) body += chunk;
      });
      req.on('end', () => {
        let receipt;
        try {
          receipt = size <= MAX_BODY ? JSON.parse(body) : undefined;
        } catch {
          /* not JSON: refused below */
        }
        if (!receipt || typeof receipt !== 'object') return send(400, 'text/plain', 'expected a JSON receipt');
        // cookiegate sends text/plain (CORS-safelisted, so no preflight); the body is JSON.
        receipts.push({ at: new Date().toISOString(), contentType: req.headers['content-type'] ?? '', receipt });
        log('consent receipt', receipt.action, JSON.stringify(receipt.categories));
        send(204, 'text/plain', '');
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD' });
    if (path === '/log.json') return send(200, TYPES['.json'], JSON.stringify({ hits, receipts }));

    let file = null;
    try {
      file = resolve(path);
    } catch {
      /* a malformed escape in the path: not found */
    }
    if (!file) return send(404, 'text/plain; charset=utf-8', 'Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = extname(file) === '.html' ? renderPage(file) : readFileSync(file);
    send(
      200,
      type,
      req.method === 'HEAD' ? '' : body,
      type.startsWith('text/html') ? { 'content-security-policy': CSP } : {},
    );
  });

  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ready({
        url: `http://${host}:${actual}/`,
        port: actual,
        hits,
        receipts,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(DIST, 'cookiegate.js')))
    console.warn('dist/cookiegate.js is missing: run `npm run build` (or `npm start`).');
  const demo = await startDemo({ port: Number(process.env.PORT) || 8080 });
  console.log(`cookiegate demo: ${demo.url}`);
  console.log('Logging analytics hits and consent receipts here. Ctrl+C to stop.');
}
