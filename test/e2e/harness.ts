// Shared end-to-end harness: a local http server answering for a real-looking host name, and
// Debian's Chromium driven by playwright-core. Never downloads a browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchArgs } from '../../src/cli/browser';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const HOST = 'www.example.org.uk';
export const PARENT = 'example.org.uk';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Google's hosts: never reached; requests to them are logged and answered locally. */
export const GOOGLE = /googletagmanager|google-analytics|doubleclick|googleadservices/;

/** Answers a request and returns true, or returns false or nothing to let the site answer. */
export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
) => boolean | undefined | Promise<boolean | undefined>;

export interface Site {
  /** `http://www.example.org.uk:<port><path>` */
  url(path?: string, host?: string): string;
  port: number;
  /** Every request the server saw, in order: method, path (with query) and body. */
  requests: { method: string; path: string; body: string; at: number }[];
  close(): Promise<void>;
}

export function readDist(file: string): string {
  return readFileSync(`${ROOT}dist/${file}`, 'utf8');
}

/**
 * Serves `pages` (path → HTML), `/cookiegate.js` and `/dist/*` from the built bundle, and `/delay/<ms>/<name>.js`
 * scripts that log their run order into `window.__ran`. `handler` answers first when it returns true.
 */
export async function startSite(
  pages: Record<string, string>,
  handler?: Handler,
  headers: Record<string, string> = {},
): Promise<Site> {
  const requests: Site['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => void answer());
    const answer = async () => {
      const path = req.url ?? '/';
      requests.push({ method: req.method ?? 'GET', path, body, at: Date.now() });
      try {
        if (handler && (await handler(req, res, body))) return;
        const bare = path.split('?')[0];
        if (/^\/(cookiegate[\w-]*\.js|i18n\/\w+\.js)$/.test(bare) || bare.startsWith('/dist/')) {
          // The bundle's own files: the one tag, and what it loads from its own URL.
          const file = bare.startsWith('/dist/') ? bare.slice('/dist/'.length) : bare.slice(1);
          const body = readDist(file);
          res.writeHead(200, { 'content-type': 'text/javascript', ...headers });
          return res.end(body);
        }
        const delay = /^\/delay\/(\d+)\/([\w-]+)\.js$/.exec(bare);
        if (delay) {
          await new Promise((r) => setTimeout(r, Number(delay[1])));
          res.writeHead(200, { 'content-type': 'text/javascript' });
          return res.end(`(window.__ran = window.__ran || []).push(${JSON.stringify(delay[2])});`);
        }
        if (bare in pages) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
          return res.end(pages[bare]);
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      } catch (e) {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(e));
      }
    };
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (path = '/', host = HOST) => `http://${host}:${port}${path}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Debian's Chromium with every `*.example.org.uk` name mapped to 127.0.0.1. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The audit command's switches: the same browser set-up for tests and for site owners.
    args: launchArgs(`MAP ${PARENT} 127.0.0.1, MAP *.${PARENT} 127.0.0.1, MAP *.example.com 127.0.0.1`),
  });
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, including those answered by routes. */
  requested: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/** A fresh context and page that log requests and errors; Google's hosts are answered locally. */
export async function visit(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Visit> {
  const context = await browser.newContext(options);
  const requested: string[] = [];
  const errors: string[] = [];
  await context.route(GOOGLE, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* stand-in */' }),
  );
  const page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, requested, errors };
}

/**
 * Waits until whatever the page has queued has run: two animation frames (style, layout, paint),
 * then one task. For a check that something did NOT happen after an action whose effects are
 * synchronous or queued (gating, clean-up, dataLayer pushes, long-task reports): a condition on
 * the page's own event loop, not a guess at a duration.
 */
export async function settled(target: Page): Promise<void> {
  await target.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );
}

/**
 * Navigates and waits until the network has been idle for 500 ms (Playwright's `networkidle`):
 * for a check that a page requested or ran nothing gated on its own.
 */
export async function gotoQuiet(target: Page, url: string): Promise<void> {
  await target.goto(url, { waitUntil: 'networkidle' });
}

/** The same page set up with the one-tag install and a JSON config. */
export function page(config: unknown, body = '', head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>
<script type="application/json" id="cookiegate-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/cookiegate.js"></script>${head}</head><body><main><h1>Test page</h1><p><a href="/other">A link</a></p></main>${body}</body></html>`;
}

/** The charity's registry, as the seed policy declares it. */
export const charityConfig = {
  revision: '2021-03-01',
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, title: 'Strictly necessary' },
    analytics: { title: 'Analytics' },
  },
  cookies: [
    {
      name: 'has_js',
      category: 'necessary',
      provider: 'This site',
      purpose: 'An on/off flag that denotes whether or not the browser supports Javascript',
      expires: 'session',
    },
    {
      name: '_utma',
      pattern: '_{1,2}utma',
      category: 'analytics',
      provider: 'Google',
      purpose: 'Used to collect information about how visitors use our site',
      expires: '2 years',
    },
    {
      name: '_utmb',
      pattern: '_{1,2}utmb',
      category: 'analytics',
      provider: 'Google',
      purpose: 'Used to collect information about how visitors use our site',
      expires: '30 minutes',
    },
    {
      name: '_utmc',
      pattern: '_{1,2}utmc',
      category: 'analytics',
      provider: 'Google',
      purpose: 'Used to collect information about how visitors use our site',
      expires: 'session',
    },
    {
      name: '_utmz',
      pattern: '_{1,2}utmz',
      category: 'analytics',
      provider: 'Google',
      purpose: 'Used to collect information about how visitors use our site',
      expires: '6 months',
    },
    { name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Distinguishes visitors', expires: '2 years' },
  ],
};
