// `cookiegate scan` → `cookiegate check` → the config in the page → `cookiegate audit`, end to end
// on the demo (issue 18, point 4), with the built CLI (dist/cli.js, from `npm run build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../../demo/server.js';
import type { Demo } from '../../demo/server';
import type { AuditReport } from '../../src/cli/report-types';
import type { ScanReport } from '../../src/cli/scan-types';
import type { StarterConfig } from '../../src/cli/scan-config';
import { ROOT } from './harness';

const CLI = join(ROOT, 'dist/cli.js');
const HOST_MAP = '*.example.org.uk=127.0.0.1,*.example.com=127.0.0.1';
const CONFIG_TAG = /(<script type="application\/json" id="cookiegate-config">)[\s\S]*?(<\/script>)/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a site's CI would, piped (so without colour or progress lines). */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 150_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

let demo: Demo;
let site: Server;
let dir: string;
/** The config the site's pages carry instead of demo/config.json, once a scan has written one. */
let pageConfig: string | undefined;
const url = (path: string) => `http://www.example.org.uk:${(site.address() as AddressInfo).port}${path}`;

/**
 * The demo behind a proxy that puts `pageConfig` into each page's #cookiegate-config, as a site
 * owner pastes the scan's config into the page. Everything else passes through unchanged.
 */
function startSiteWithConfig(demoPort: number): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const upstream = request(
      { host: '127.0.0.1', port: demoPort, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (response) => {
        const isPage = (response.headers['content-type'] ?? '').startsWith('text/html');
        if (!isPage || pageConfig === undefined) {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const json = (pageConfig ?? '').replace(/</g, '\\u003c');
          const html = Buffer.concat(chunks)
            .toString('utf8')
            .replace(CONFIG_TAG, (_match, open: string, close: string) => `${open}${json}${close}`);
          const { 'content-length': _length, ...headers } = response.headers;
          outgoing.writeHead(response.statusCode ?? 502, headers);
          outgoing.end(html);
        });
      },
    );
    incoming.pipe(upstream);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

beforeAll(async () => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/cookiegate.js')))
    throw new Error('dist/cli.js or dist/cookiegate.js is missing: run `npm run build` first');
  demo = await startDemo({ quiet: true });
  site = await startSiteWithConfig(demo.port);
  dir = mkdtempSync(join(tmpdir(), 'cookiegate-scan-'));
});
afterAll(async () => {
  await demo?.close();
  await new Promise((done) => (site ? site.close(() => done(undefined)) : done(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('cookiegate scan on the demo site', () => {
  it('writes a config that check passes and under which the audit finds nothing to complain about', async () => {
    pageConfig = undefined;
    const out = join(dir, 'demo-config.json');
    const json = join(dir, 'demo-scan.json');
    const scan = await cli(['scan', url('/'), '--host-map', HOST_MAP, '--out', out, '--json', json]);
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);

    const report = readJson(json) as ScanReport;
    const config = readJson(out) as StarterConfig;
    // Every page of the demo, found through its links: home, about, privacy.
    expect(report.pages.map((page) => new URL(page.url).pathname).sort()).toEqual(['/', '/about', '/privacy']);
    expect(report.pages[0].accepted).toBe('button');
    expect(config.revision).toBe(new Date().toISOString().slice(0, 10));
    expect(config.policyUrl).toBe('/privacy');
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytics']);
    expect(config.cookies.map((line) => [line.name, line.category, line.provider])).toEqual(
      expect.arrayContaining([
        ['has_js', 'necessary', 'This site'],
        ['cookiegate', 'necessary', 'This site (cookiegate)'],
        ['_ga', 'analytics', 'Google'],
        ['__utma', 'analytics', 'Google'],
      ]),
    );
    // Who wrote each cookie: the demo's own scripts, by document.cookie.
    expect(report.cookies.find((cookie) => cookie.name === '_ga')?.setBy).toBe(url('/analytics.js'));
    expect(report.cookies.find((cookie) => cookie.name === 'has_js')).toMatchObject({
      beforeConsent: true,
      setBy: url('/site.js'),
    });
    expect(scan.stdout).toMatch(/Scanned 3 pages in [\d.]+ s: 7 cookies/);
    console.info(
      `scan of the demo: ${report.pages.length} pages in ${report.seconds.toFixed(1)} s; classified ${JSON.stringify(report.classified)}`,
    );

    const check = await cli(['check', out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`✓ ${out} is valid`);

    pageConfig = JSON.stringify(config);
    const auditJson = join(dir, 'demo-audit.json');
    const audit = await cli([
      'audit',
      url('/'),
      url('/about'),
      url('/privacy'),
      '--host-map',
      HOST_MAP,
      '--json',
      auditJson,
    ]);
    const audited = readJson(auditJson) as AuditReport;
    expect(audited.pages.every((page) => page.configSource === 'page' && page.configErrors.length === 0)).toBe(true);
    expect(audited.pages.flatMap((page) => page.findings.violations.map((violation) => violation.message))).toEqual([]);
    expect(audited.pages.flatMap((page) => page.findings.undeclared)).toEqual([]);
    expect(audit.code).toBe(0);
  }, 300_000);

  it("finds the undeclared cookie of demo/broken.html, and the audit stops complaining about it with the scan's config", async () => {
    pageConfig = undefined;
    const before = join(dir, 'broken-audit-before.json');
    await cli(['audit', url('/broken'), '--host-map', HOST_MAP, '--json', before]);
    expect((readJson(before) as AuditReport).pages[0].findings.undeclared.map((cookie) => cookie.name)).toContain(
      '_fbp',
    );

    const out = join(dir, 'broken-config.json');
    const json = join(dir, 'broken-scan.json');
    const scan = await cli([
      'scan',
      url('/broken'),
      '--pages',
      '1',
      '--host-map',
      HOST_MAP,
      '--out',
      out,
      '--json',
      json,
    ]);
    // Exit 1: the page sets analytics and marketing cookies before "Accept all".
    expect(scan.code).toBe(1);
    const report = readJson(json) as ScanReport;
    expect(report.pages).toHaveLength(1);
    expect(report.cookies.find((cookie) => cookie.name === '_fbp')).toMatchObject({
      beforeConsent: true,
      setBy: url('/broken.js'),
    });
    // The third-party tag, first seen on this page, before consent (the page's CSP blocks it, the attempt counts).
    expect(report.resources).toContainEqual(
      expect.objectContaining({
        url: 'http://analytics.example.com/tag.js',
        type: 'script',
        firstSeen: url('/broken'),
        beforeConsent: true,
      }),
    );
    const config = readJson(out) as StarterConfig;
    expect(config.cookies.find((line) => line.name === '_fbp')).toMatchObject({
      category: 'marketing',
      provider: 'Meta',
    });
    expect(config.cookies.find((line) => line.name === 'has_js')?.expires).toBe('24 hours');
    expect(scan.stdout).toMatch(/✗ _fbp \(marketing\) on www\.example\.org\.uk, set before "Accept all"/);
    expect(scan.stdout).toContain(
      `${url('/analytics.js')} sets analytics cookies before consent: <script type="text/plain" data-category="analytics" data-src="${url('/analytics.js')}"></script>`,
    );
    expect(scan.stdout).toMatch(
      /script http:\/\/analytics\.example\.com\/tag\.js \(unknown third party\) loads before consent/,
    );
    expect((await cli(['check', out])).code).toBe(0);

    pageConfig = JSON.stringify(config);
    const after = join(dir, 'broken-audit-after.json');
    const audit = await cli(['audit', url('/broken'), '--host-map', HOST_MAP, '--json', after]);
    const [page] = (readJson(after) as AuditReport).pages;
    expect(page.findings.undeclared).toEqual([]);
    expect(
      page.findings.violations.filter(
        (violation) => violation.kind === 'undeclared-cookie' || violation.kind === 'outlives-declaration',
      ),
    ).toEqual([]);
    // The page still runs its tags without consent: those violations stay, as they should.
    expect(audit.code).toBe(1);
    expect(page.findings.violations.map((violation) => violation.kind)).toContain('cookie-before-decision');
  }, 300_000);
});

describe('cookiegate check on the command line', () => {
  it('exits 0 on the demo config and page, 1 on errors with their paths, 2 on a missing file', async () => {
    expect((await cli(['check', join(ROOT, 'demo/config.json')])).code).toBe(0);
    const broken = await cli(['check', join(ROOT, 'demo/broken.html'), '--json']);
    // The demo pages carry an empty #cookiegate-config that the server fills: not valid JSON on disk.
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ tool: 'cookiegate check', source: 'page', ok: false });
    const missing = await cli(['check', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
