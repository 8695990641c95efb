// The examples under demo/, installed as a developer would: the package packed with `npm pack`,
// installed from the tarball into each example beside its own package-lock, built, and driven in
// Chromium. Needs a built dist/ (`npm test` builds first); the pack skips `prepack` to avoid a
// second build. npm's cache and the tarball stay in test/.results/ (ignored), the installs in the
// examples' own node_modules/ (ignored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { GOOGLE, HOST, ROOT, launch, startSite, visit, type Site } from './harness';

const exec = promisify(execFile);
const RESULTS = join(ROOT, 'test/.results');
const REACT_APP = join(ROOT, 'demo/react-vite');
const SERVER_APP = join(ROOT, 'demo/server');
const YOUTUBE = /youtube-nocookie\.com/;
const SETUP_MS = 240_000;

const npmEnv = { ...process.env, npm_config_cache: join(RESULTS, 'npm-cache'), npm_config_update_notifier: 'false' };
const npm = (cwd: string, ...args: string[]) => exec('npm', args, { cwd, env: npmEnv, maxBuffer: 64 * 1024 * 1024 });

/** `npm pack` of the repository, as published: returns the tarball's path. */
async function pack(): Promise<string> {
  for (const file of ['cookiegate.js', 'react.js', 'server.js']) {
    if (!existsSync(join(ROOT, 'dist', file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  }
  const destination = join(RESULTS, 'pack');
  mkdirSync(destination, { recursive: true });
  const { stdout } = await npm(ROOT, 'pack', '--ignore-scripts', '--json', '--pack-destination', destination);
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  return join(destination, filename);
}

/** Installs the example's locked dependencies and the tarball, leaving its package.json and lock as committed. */
const install = (app: string, tarball: string) => npm(app, 'install', '--no-save', '--no-audit', '--no-fund', tarball);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves the example's Vite build. */
function serveBuild(dist: string): Promise<Site> {
  return startSite({}, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) return false;
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
    return true;
  });
}

/** Starts `node server.js` of the server example on a free port; resolves with its port. */
function startServerExample(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['server.js'], { cwd: SERVER_APP, env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (listening) resolve({ port: Number(listening[1]), child });
    });
    child.on('exit', (code) => reject(new Error(`server example exited (${code}): ${output}`)));
  });
}

/** A free local port, for Vite's dev server (which takes a port, not 0). */
function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the React example's Vite dev server: React's development build, where StrictMode doubles effects. */
async function startViteDev(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const vite = join(REACT_APP, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: REACT_APP,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve({ url: `http://127.0.0.1:${port}/`, child });
    });
    child.on('exit', (code) => reject(new Error(`vite exited (${code}): ${output}`)));
  });
}

/** Waits for a condition, never for a fixed time. */
async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let browser: Browser;
let reactSite: Site;
let serverExample: { port: number; child: ChildProcess } | undefined;
let viteDev: { url: string; child: ChildProcess } | undefined;

beforeAll(async () => {
  const tarball = await pack();
  await Promise.all([
    install(REACT_APP, tarball).then(() => npm(REACT_APP, 'run', 'build')),
    install(SERVER_APP, tarball),
  ]);
  reactSite = await serveBuild(join(REACT_APP, 'dist'));
  serverExample = await startServerExample();
  browser = await launch();
}, SETUP_MS);

afterAll(async () => {
  await browser?.close();
  await reactSite?.close();
  serverExample?.child.kill();
  viteDev?.child.kill();
});

describe('demo/react-vite: React 19 + Vite with cookiegate/react', () => {
  it('shows one banner, gates the embed until "Accept all", and loads Google Analytics only then', async () => {
    const { page, context, requested, errors } = await visit(browser);
    page.setDefaultTimeout(5000);
    await context.route(YOUTUBE, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<p>film</p>' }),
    );
    await page.goto(reactSite.url());
    const region = page.getByRole('region', { name: /cookie/i });
    await region.waitFor();
    expect(await region.count()).toBe(1);
    expect(await page.locator('cookiegate-ui').count()).toBe(1);
    const film = page.getByTitle('Our film on YouTube');
    expect(await film.count()).toBe(0);
    expect(await page.getByText('This content needs your consent for YouTube.').count()).toBe(1);
    expect(requested.filter((url) => GOOGLE.test(url) || url.includes('youtube-nocookie.com'))).toEqual([]);

    await region.getByRole('button', { name: 'Accept all' }).click();
    await film.waitFor();
    await until(
      () => requested.some((url) => url.includes('googletagmanager.com/gtag/js?id=G-EXAMPLE123')),
      'the Google tag',
    );
    expect(await page.locator('cookiegate-ui').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('demo/react-vite in development (StrictMode runs effects twice)', () => {
  it('still shows one banner, and one live instance loads the Google tag once', async () => {
    viteDev = await startViteDev();
    const { page, context, requested, errors } = await visit(browser);
    page.setDefaultTimeout(20_000); // the first visit waits for Vite to optimise the dependencies
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(viteDev.url);
    const region = page.getByRole('region', { name: /cookie/i });
    await region.waitFor();
    // React prints this only in its development build, the one where StrictMode doubles effects.
    await until(() => messages.some((text) => text.includes('React DevTools')), 'React’s development build');
    expect(await page.locator('cookiegate-ui').count()).toBe(1);
    expect(await region.count()).toBe(1);

    await region.getByRole('button', { name: 'Accept all' }).click();
    await until(() => requested.some((url) => url.includes('googletagmanager.com/gtag/js')), 'the Google tag');
    // A second live instance would run its own Google Analytics plugin and add the tag again.
    expect(await page.locator('script[src*="googletagmanager.com/gtag/js"]').count()).toBe(1);
    expect(await page.locator('cookiegate-ui').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('demo/server: node:http with cookiegate/server', () => {
  const url = () => `http://${HOST}:${serverExample?.port}/`;

  it('leaves the analytics tag out of the HTML before consent and puts it in after "Accept all"', async () => {
    const { page, context, requested, errors } = await visit(browser);
    page.setDefaultTimeout(5000);
    const before = await page.goto(url());
    expect(await before?.text()).not.toMatch(/googletagmanager/);
    await page
      .getByRole('region', { name: /cookie/i })
      .getByRole('button', { name: 'Accept all' })
      .click();
    expect(requested.filter((request) => GOOGLE.test(request))).toEqual([]);

    const after = await page.reload();
    expect(await after?.text()).toMatch(/googletagmanager\.com\/gtag\/js\?id=G-EXAMPLE123/);
    await until(() => requested.some((request) => GOOGLE.test(request)), 'the analytics tag');
    expect(await page.locator('#analytics-state').textContent()).toBe('Analytics on');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves it out after "Reject all"', async () => {
    const { page, context, requested } = await visit(browser);
    page.setDefaultTimeout(5000);
    await page.goto(url());
    await page
      .getByRole('region', { name: /cookie/i })
      .getByRole('button', { name: 'Reject all' })
      .click();
    const after = await page.reload();
    expect(await after?.text()).not.toMatch(/googletagmanager/);
    expect(requested.filter((request) => GOOGLE.test(request))).toEqual([]);
    await context.close();
  });
});
