// `cookiegate audit` end to end: the built CLI (dist/cli.js, from `npm run build`) drives Debian's
// Chromium against the demo server: the charity's pages pass, demo/broken.html fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../../demo/server.js';
import type { Demo } from '../../demo/server';
import type { AuditReport } from '../../src/cli/report-types';
import { ROOT } from './harness';

const CLI = join(ROOT, 'dist/cli.js');
const HOST_MAP = '*.example.org.uk=127.0.0.1,*.example.com=127.0.0.1';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a site's CI would, piped (so without colour). */
function cli(args: string[], env: Record<string, string> = {}, script = CLI): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

let demo: Demo;
let dir: string;
const url = (path: string) => `http://www.example.org.uk:${demo.port}${path}`;

beforeAll(async () => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/cookiegate.js')))
    throw new Error('dist/cli.js or dist/cookiegate.js is missing: run `npm run build` first');
  demo = await startDemo({ quiet: true });
  dir = mkdtempSync(join(tmpdir(), 'cookiegate-audit-'));
});
afterAll(async () => {
  await demo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('cookiegate audit on the demo site', () => {
  it("passes the charity's pages: exit 0, a progress line per page and visit, a JSON report", async () => {
    const json = join(dir, 'clean.json');
    const run = await cli(['audit', url('/'), url('/privacy'), '--host-map', HOST_MAP, '--json', json]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const page of ['/', '/privacy']) {
      for (const label of ['no decision', 'Accept all', 'Reject all'])
        expect(run.stdout).toContain(`· ${url(page)} · ${label}: `);
    }
    expect(run.stdout).toContain('✓ no violations');
    expect(run.stdout).toMatch(/✓ passed: 2 pages audited, 0 violations/);
    // Piped output carries no colour codes.
    // eslint-disable-next-line no-control-regex -- the ANSI escape (ESC [) is what must be absent.
    expect(run.stdout).not.toMatch(/\u001b\[/);

    const report = JSON.parse(readFileSync(json, 'utf8')) as AuditReport;
    expect(report).toMatchObject({ tool: 'cookiegate audit', version: 1, ok: true, exitCode: 0 });
    expect(report.summary).toMatchObject({ pages: 2, violations: 0, errors: 0 });
    const home = report.pages[0];
    expect(home.configSource).toBe('page');
    expect(home.scenarios.map((s) => [s.scenario, s.decidedBy])).toEqual([
      ['none', 'none'],
      ['accept', 'button'],
      ['reject', 'button'],
    ]);
    // The visits really happened: has_js alone before a decision, Google's stand-in after accepting.
    expect(home.scenarios[0].cookies.map((c) => c.name)).toEqual(['has_js']);
    expect(home.scenarios[1].cookies.map((c) => c.name)).toEqual(
      expect.arrayContaining(['_ga', '__utma', '__utmb', '__utmc', '__utmz']),
    );
    // The policy's spelling is noted even where the pattern makes clean-up work.
    expect(home.findings.spelling).toContainEqual({
      declared: '_utma',
      seen: '__utma',
      category: 'analytics',
      coveredByPattern: true,
    });
  }, 120_000);

  it('fails demo/broken.html with exit 1 and names each mistake', async () => {
    const json = join(dir, 'broken.json');
    const run = await cli(['audit', url('/broken'), '--host-map', HOST_MAP, '--json', json, '--timeout', '20']);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as AuditReport;
    expect(report).toMatchObject({ ok: false, exitCode: 1 });
    const [page] = report.pages;
    const f = page.findings;
    const violations = f.violations.map((v) => `${v.kind} ${v.cookie?.name ?? v.request}`);

    // 1. The analytics tag outside gating: its cookies and its requests before any decision,
    //    including the third-party host the gated copy names (blocked by the demo's CSP, still reported).
    expect(page.gatedHosts).toEqual(['analytics.example.com']);
    expect(violations).toEqual(
      expect.arrayContaining([
        'cookie-before-decision _ga',
        'cookie-before-decision __utma',
        `request-before-decision ${url('/analytics.js')}`,
        'request-before-decision http://analytics.example.com/tag.js',
      ]),
    );
    expect(run.stdout).toMatch(
      /✗ request before any decision to analytics\.example\.com \(the source of a gated tag; the page's Content-Security-Policy blocked it/,
    );

    // 2. The undeclared cookie, with its suggestion from the Open Cookie Database.
    const fbp = f.undeclared.find((u) => u.name === '_fbp');
    expect(fbp?.suggestion).toMatchObject({
      category: 'marketing',
      provider: 'Facebook',
      source: 'Open Cookie Database',
    });
    expect(run.stdout).toMatch(/_fbp on www\.example\.org\.uk .*\n\s+suggestion: marketing · Facebook · /);
    expect(run.stdout).toContain('Apache License 2.0');

    // 3. What "Reject all" leaves behind: _ga written again by an ungated timer, _fbp unknown to clean-up.
    expect(violations).toEqual(expect.arrayContaining(['survived-refusal _ga', 'cookie-after-refusal _fbp']));
    expect(run.stdout).toMatch(/✗ cookie _ga \(analytics\) (survived|set after) "Reject all"/);

    // 4. The spelling note and the lifetime the policy understates.
    expect(f.spelling).toContainEqual({
      declared: '_utma',
      seen: '__utma',
      category: 'analytics',
      coveredByPattern: true,
    });
    expect(run.stdout).toContain('declared _utma, the browser holds __utma');
    expect(f.lifetimes).toContainEqual(
      expect.objectContaining({ name: 'has_js', declared: 'session', real: '24 hours' }),
    );

    // 5. After "Accept all" the declaration is wrong: both are violations (compliance.md G.29).
    expect(f.violations.map((v) => `${v.kind}: ${v.message}`)).toEqual(
      expect.arrayContaining([
        'undeclared-cookie: undeclared cookie _fbp set after "Accept all", on www.example.org.uk',
        'outlives-declaration: cookie has_js on www.example.org.uk lives 24 hours, declared "session"',
      ]),
    );

    expect(report.summary.violations).toBe(f.violations.length);
    expect(run.stdout).toMatch(/✗ failed: 1 page audited, \d+ violations/);
  }, 120_000);

  it('reads the declaration from --config instead of the page', async () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'demo/config.json'), 'utf8')) as { cookies: unknown[] };
    config.cookies.push(
      { name: '_fbp', category: 'analytics', provider: 'Facebook', purpose: 'Advertising', expires: '3 months' },
      {
        name: 'cookiegate',
        category: 'necessary',
        provider: 'This site',
        purpose: 'Consent choices',
        expires: '6 months',
      },
    );
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config));
    const json = join(dir, 'with-config.json');
    const run = await cli(['audit', url('/broken'), '--host-map', HOST_MAP, '--config', file, '--json', json]);
    expect(run.code).toBe(1);
    const [page] = (JSON.parse(readFileSync(json, 'utf8')) as AuditReport).pages;
    expect(page.configSource).toBe('file');
    expect(page.findings.undeclared).toEqual([]);
    // Now declared (as analytics), _fbp is a refused cookie that survives the refusal.
    expect(page.findings.violations.map((v) => `${v.kind} ${v.cookie?.name}`)).toContain('survived-refusal _fbp');
  }, 120_000);
});

describe('cookiegate audit --allow-undeclared', () => {
  it('reports undeclared and over-long cookies without counting them as violations', async () => {
    const json = join(dir, 'allowed.json');
    const run = await cli(['audit', url('/broken'), '--host-map', HOST_MAP, '--json', json, '--allow-undeclared']);
    const [page] = (JSON.parse(readFileSync(json, 'utf8')) as AuditReport).pages;
    expect(page.findings.undeclared.map((u) => u.name)).toContain('_fbp');
    expect(page.findings.lifetimes.map((l) => l.name)).toContain('has_js');
    const kinds = page.findings.violations.map((v) => v.kind);
    expect(kinds).not.toContain('undeclared-cookie');
    expect(kinds).not.toContain('outlives-declaration');
    // What the page does without consent is still a violation.
    expect(kinds).toContain('cookie-before-decision');
    expect(run.code).toBe(1);
  }, 120_000);
});

describe('cookiegate audit errors', () => {
  it('exits 2 on a usage error, with the usage', async () => {
    const run = await cli(['audit', '--timeout', 'soon', 'http://www.example.org.uk/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--timeout/);
    expect(run.stderr).toMatch(/Usage: cookiegate audit <url…>/);
    expect(run.stderr).toMatch(/cookiegate scan <url>/);
  });

  it('exits 2 when the browser is missing', async () => {
    const run = await cli(['audit', 'http://www.example.org.uk/'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist');
  });

  it('exits 2 when playwright-core cannot be imported', async () => {
    // A copy outside the project cannot resolve the optional peer dependency.
    const script = join(dir, 'cli.mjs');
    copyFileSync(CLI, script);
    const run = await cli(['audit', 'http://www.example.org.uk/'], {}, script);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs playwright-core.*npm install --save-dev playwright-core/);
  });

  it('exits 2 when a page cannot be loaded', async () => {
    const run = await cli(['audit', 'http://nowhere.example.org.uk:1/', '--host-map', HOST_MAP, '--timeout', '5']);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/✗ http:\/\/nowhere\.example\.org\.uk:1\/ · no decision: could not load/);
  }, 60_000);
});
