// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hostResolverRules, parseCliArgs } from '../../../src/cli/args';

const audit = (argv: string[], env: Record<string, string> = {}, tty = false) => {
  const parsed = parseCliArgs(argv, env, tty);
  if (parsed.kind !== 'audit') throw new Error(`expected an audit, got ${JSON.stringify(parsed)}`);
  return parsed.options;
};
const error = (argv: string[]) => {
  const parsed = parseCliArgs(argv, {}, false);
  return parsed.kind === 'error' ? parsed.message : `not an error: ${parsed.kind}`;
};

describe('parseCliArgs', () => {
  it('reads several URLs and every option', () => {
    expect(
      audit([
        'audit',
        'https://a.example/',
        'http://b.example/x',
        '--config',
        'c.json',
        '--json',
        'out.json',
        '--timeout',
        '5',
      ]),
    ).toEqual({
      urls: ['https://a.example/', 'http://b.example/x'],
      config: 'c.json',
      json: 'out.json',
      timeout: 5,
      color: false,
      hostMap: [],
      allowUndeclared: false,
    });
  });

  it('defaults to a 15 s timeout and reads the page config', () => {
    const o = audit(['audit', 'https://a.example/']);
    expect(o.timeout).toBe(15);
    expect(o.config).toBeUndefined();
    expect(o.json).toBeUndefined();
  });

  it('colours only on a terminal, without --no-color or NO_COLOR', () => {
    expect(audit(['audit', 'https://a.example/'], {}, true).color).toBe(true);
    expect(audit(['audit', 'https://a.example/'], {}, false).color).toBe(false);
    expect(audit(['audit', 'https://a.example/', '--no-color'], {}, true).color).toBe(false);
    expect(audit(['audit', 'https://a.example/'], { NO_COLOR: '1' }, true).color).toBe(false);
  });

  it('maps hosts from --host-map (repeated or comma-separated) and COOKIEGATE_HOST_MAP', () => {
    const o = audit(
      [
        'audit',
        'http://www.example.org.uk/',
        '--host-map',
        'www.example.org.uk=127.0.0.1, *.example.com=127.0.0.1',
        '--host-map',
        'cdn.example.net=10.0.0.2',
      ],
      {
        COOKIEGATE_HOST_MAP: 'staging.example.org=192.168.1.5',
      },
    );
    expect(o.hostMap).toEqual([
      { host: 'staging.example.org', ip: '192.168.1.5' },
      { host: 'www.example.org.uk', ip: '127.0.0.1' },
      { host: '*.example.com', ip: '127.0.0.1' },
      { host: 'cdn.example.net', ip: '10.0.0.2' },
    ]);
    expect(hostResolverRules(o.hostMap)).toBe(
      'MAP staging.example.org 192.168.1.5, MAP www.example.org.uk 127.0.0.1, MAP *.example.com 127.0.0.1, MAP cdn.example.net 10.0.0.2',
    );
    expect(hostResolverRules([])).toBeUndefined();
  });

  it('answers --help and -h', () => {
    expect(parseCliArgs(['--help'], {}, false)).toEqual({ kind: 'help' });
    expect(parseCliArgs(['audit', '-h'], {}, false)).toEqual({ kind: 'help' });
  });

  it('refuses what it cannot run, saying why', () => {
    expect(error([])).toMatch(/missing command/);
    expect(error(['scrape', 'https://a.example/'])).toMatch(/unknown command "scrape"/);
    expect(error(['audit'])).toMatch(/at least one URL/);
    expect(error(['audit', 'example.org'])).toMatch(/not an http\(s\) URL/);
    expect(error(['audit', 'javascript:alert(1)'])).toMatch(/not an http\(s\) URL/);
    expect(error(['audit', 'https://a.example/', '--timeout', 'soon'])).toMatch(/--timeout/);
    expect(error(['audit', 'https://a.example/', '--timeout', '0'])).toMatch(/--timeout/);
    expect(error(['audit', 'https://a.example/', '--verbose'])).toMatch(/verbose/);
    expect(error(['audit', 'https://a.example/', '--json'])).toMatch(/json/);
    expect(error(['audit', 'https://a.example/', '--host-map', 'www.example.org.uk'])).toMatch(/host=ip/);
    // The pair becomes part of a Chromium switch: nothing but a host and an address gets through.
    expect(error(['audit', 'https://a.example/', '--host-map', 'a.example=1.2.3.4 --disable-web-security'])).toMatch(
      /host=ip/,
    );
    expect(error(['audit', 'https://a.example/', '--host-map', 'a.example=1.2.3.4,EXCLUDE x'])).toMatch(/host=ip/);
  });

  it('reads --allow-undeclared for the audit', () => {
    expect(audit(['audit', 'https://a.example/', '--allow-undeclared']).allowUndeclared).toBe(true);
  });

  it('reads scan: one URL, --pages, --out, --json, --host-map; progress on a terminal', () => {
    const parsed = parseCliArgs(
      [
        'scan',
        'http://www.example.org.uk/',
        '--pages',
        '3',
        '--out',
        'c.json',
        '--json',
        'r.json',
        '--host-map',
        'www.example.org.uk=127.0.0.1',
      ],
      {},
      true,
    );
    expect(parsed).toEqual({
      kind: 'scan',
      options: {
        url: 'http://www.example.org.uk/',
        pages: 3,
        out: 'c.json',
        json: 'r.json',
        timeout: 15,
        color: true,
        hostMap: [{ host: 'www.example.org.uk', ip: '127.0.0.1' }],
        progress: true,
      },
    });
    const piped = parseCliArgs(['scan', 'https://a.example/'], {}, false);
    expect(piped).toMatchObject({ kind: 'scan', options: { pages: 10, progress: false, color: false } });
    expect(error(['scan'])).toMatch(/exactly one start URL/);
    expect(error(['scan', 'https://a.example/', 'https://b.example/'])).toMatch(/exactly one start URL/);
    expect(error(['scan', 'https://a.example/', '--pages', '0'])).toMatch(/--pages/);
    expect(error(['scan', 'https://a.example/', '--pages', '2.5'])).toMatch(/--pages/);
    expect(error(['scan', 'ftp://a.example/'])).toMatch(/not an http\(s\) URL/);
  });

  it('reads check: one file and a --json flag', () => {
    expect(parseCliArgs(['check', 'config.json'], {}, false)).toEqual({
      kind: 'check',
      options: { file: 'config.json', json: false },
    });
    expect(parseCliArgs(['check', 'page.html', '--json'], {}, false)).toEqual({
      kind: 'check',
      options: { file: 'page.html', json: true },
    });
    expect(error(['check'])).toMatch(/exactly one file/);
    expect(error(['check', 'a.json', '--config', 'b.json'])).toMatch(/config/);
  });
});
