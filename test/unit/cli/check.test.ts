// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile, checkText, configInPage, formatCheck, UnreadableFileError } from '../../../src/cli/check';

/** The demo config, parsed to be broken on purpose. */
interface DemoConfig {
  cookies: Record<string, unknown>[];
  categories: Record<string, unknown>;
  [option: string]: unknown;
}

const demoConfig = readFileSync(join(__dirname, '../../../demo/config.json'), 'utf8');
const page = (json: string, attributes = 'type="application/json" id="cookiegate-config"') =>
  `<!doctype html><html><head><script src="/site.js"></script><script ${attributes}>${json}</script></head><body></body></html>`;

describe('cookiegate check', () => {
  it('passes the demo config, as JSON and inside a page', () => {
    expect(checkText('config.json', demoConfig)).toMatchObject({ ok: true, exitCode: 0, source: 'json', errors: [] });
    expect(checkText('index.html', page(demoConfig))).toMatchObject({
      ok: true,
      exitCode: 0,
      source: 'page',
      errors: [],
    });
    expect(checkText('index.html', page(demoConfig, "id='cookiegate-config' type='application/json'"))).toMatchObject({
      ok: true,
    });
  });

  it('reports errors with their field paths and exits 1', () => {
    const config = JSON.parse(demoConfig) as DemoConfig;
    config.cookies[1].category = 'marketing';
    config.cookie = { days: 9000 };
    const report = checkText('config.json', JSON.stringify(config));
    expect(report).toMatchObject({ ok: false, exitCode: 1 });
    expect(report.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['cookies[1].category', 'cookie.days']));
    expect(formatCheck(report)).toMatch(/^error cookies\[1\]\.category: expected one of the declared categories/m);
    expect(formatCheck(report)).toMatch(/✗ config\.json has \d+ errors/);
  });

  it('warns on unknown keys, each TODO and each unclassified cookie, without failing', () => {
    const config = JSON.parse(demoConfig) as DemoConfig;
    config.categories.unclassified = { title: 'Unclassified' };
    config.cookies.push({
      name: 'basket',
      category: 'unclassified',
      provider: 'This site',
      purpose: 'TODO',
      expires: 'session',
    });
    config.colour = 'blue';
    const report = checkText('config.json', JSON.stringify(config));
    expect(report).toMatchObject({ ok: true, exitCode: 0, errors: [] });
    expect(report.warnings.map((w) => w.path)).toEqual(['colour', 'cookies[7].purpose', 'cookies[7].category']);
    expect(formatCheck(report)).toContain('warning cookies[7].purpose: TODO: describe what basket is for');
    expect(formatCheck(report)).toContain('✓ config.json is valid (3 warnings)');
  });

  it('fails a page without a config, and JSON that does not parse', () => {
    expect(checkText('index.html', page(demoConfig, 'type="application/json" id="other"')).errors[0].message).toMatch(
      /no <script type="application\/json" id="cookiegate-config">/,
    );
    expect(checkText('config.json', '{ "revision": ')).toMatchObject({
      exitCode: 1,
      errors: [{ path: '', message: expect.stringMatching(/not valid JSON/) as unknown }],
    });
    expect(checkText('index.html', page('{ nope'))).toMatchObject({
      exitCode: 1,
      errors: [{ message: expect.stringMatching(/#cookiegate-config is not valid JSON/) as unknown }],
    });
  });

  it('finds the config script among others', () => {
    expect(configInPage(`<script>var a = 1;</script>${page('{"a":1}')}`)).toBe('{"a":1}');
    expect(configInPage('<script id="cookiegate-config-2">{}</script>')).toBeUndefined();
  });

  it('reads files, and throws UnreadableFileError for a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-check-'));
    writeFileSync(join(dir, 'page.htm'), page(demoConfig));
    expect(checkFile(join(dir, 'page.htm')).source).toBe('page');
    expect(() => checkFile(join(dir, 'missing.json'))).toThrow(UnreadableFileError);
  });

  it('warns when a cookie the Open Cookie Database knows as marketing is declared strictly necessary (compliance.md A.2)', () => {
    const config = {
      revision: '1',
      categories: { necessary: { required: true }, analytics: {} },
      cookies: [
        { name: '_fbp', category: 'necessary', provider: 'Meta', purpose: 'x', expires: '3 months' },
        { name: 'PHPSESSID', category: 'necessary', provider: 'This site', purpose: 'Session', expires: 'session' },
      ],
    };
    const report = checkText('config.json', JSON.stringify(config));
    expect(report.exitCode).toBe(0);
    expect(report.warnings.map((w) => w.path)).toEqual(['cookies[0].category']);
    expect(report.warnings[0].message).toMatch(/_fbp is known as marketing/);
  });
});
