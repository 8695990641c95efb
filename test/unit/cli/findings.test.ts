// @vitest-environment node
import { shippedPresets } from '../../../src/presets/shipped';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/validate-config';
import { computeFindings, gatedHosts, isPresetDeclaration } from '../../../src/cli/findings';
import type { CookieRecord, Scenario, Snapshot } from '../../../src/cli/report-types';

const NOW = 1_700_000_000;
const DAY = 86_400;
const HOST = 'www.example.org.uk';
/** The consent rules alone: the fixture's policy misspells _utma, which the strict audit also fails. */
const LENIENT = { allowUndeclared: true };

/** The charity's registry, as the seed policy declares it (one underscore, as the policy spells it). */
const charity = {
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {} },
  cookies: [
    { name: 'has_js', category: 'necessary', provider: 'This site', purpose: 'JS flag', expires: 'session' },
    { name: '_utma', category: 'analytics', provider: 'Google', purpose: 'Visitors', expires: '2 years' },
    {
      name: '_utmb',
      pattern: '_{1,2}utmb',
      category: 'analytics',
      provider: 'Google',
      purpose: 'Sessions',
      expires: '30 minutes',
    },
    { name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Visitors', expires: '2 years' },
    { name: 'cookiegate', category: 'necessary', provider: 'This site', purpose: 'Consent', expires: '6 months' },
  ],
};
const config = (extra: object = {}) => {
  const { config, errors } = validateConfig({ ...charity, ...extra }, { presets: shippedPresets });
  expect(errors).toEqual([]);
  return config;
};

const cookie = (
  name: string,
  lifetime: number | 'session' = 'session',
  domain = '.example.org.uk',
  path = '/',
): CookieRecord => ({
  name,
  domain,
  path,
  expires: lifetime === 'session' ? -1 : NOW + lifetime,
});

function snap(scenario: Scenario, cookies: CookieRecord[], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    scenario,
    url: `http://${HOST}/`,
    decidedBy: scenario === 'none' ? 'none' : 'button',
    cookiesBefore: [],
    cookies,
    readAt: NOW,
    requests: [],
    localStorage: [],
    gatedSources: [],
    warnings: [],
    ...extra,
  };
}

/** A well-behaved site: has_js only before a decision and after a refusal; GA cookies after accepting. */
const clean = () => [
  snap('none', [cookie('has_js', 'session', HOST)], {
    gatedSources: [{ src: 'https://stats.example.com/tag.js', category: 'analytics' }],
  }),
  snap(
    'accept',
    [
      cookie('has_js', 'session', HOST),
      cookie('cookiegate', 182 * DAY, HOST),
      cookie('__utma', 400 * DAY),
      cookie('__utmb', 1800),
      cookie('_ga', 400 * DAY),
    ],
    {
      requests: [{ url: 'https://stats.example.com/tag.js', phase: 'after' }],
    },
  ),
  snap('reject', [cookie('has_js', 'session', HOST), cookie('cookiegate', 182 * DAY, HOST)]),
];

describe('computeFindings', () => {
  it('finds no consent violation on a site that waits for consent', () => {
    const f = computeFindings(config(), clean(), HOST, { allowUndeclared: true });
    expect(f.violations).toEqual([]);
    expect(f.lifetimes).toEqual([]);
    expect(f.stale).toEqual([]);
  });

  it('reports non-required cookies and gated hosts before a decision', () => {
    const snaps = clean();
    snaps[0].cookies.push(cookie('_ga', 400 * DAY), cookie('_fbp', 90 * DAY, HOST));
    snaps[0].requests.push(
      { url: 'https://stats.example.com/collect?v=2', phase: 'before' },
      { url: 'https://fonts.example.net/a.woff2', phase: 'before' },
    );
    const f = computeFindings(config(), snaps, HOST, LENIENT);
    expect(f.violations.map((v) => [v.kind, v.cookie?.name ?? v.host, v.category])).toEqual([
      ['cookie-before-decision', '_ga', 'analytics'],
      ['cookie-before-decision', '_fbp', undefined],
      ['request-before-decision', 'stats.example.com', undefined],
    ]);
    // Hosts no gated tag uses (a font CDN) are listed in the report but are not violations.
    expect(f.violations.some((v) => v.host === 'fonts.example.net')).toBe(false);
  });

  it("flags a request to the very URL of a gated tag, even on the page's own host", () => {
    const snaps = clean();
    snaps[0].gatedSources.push({ src: `http://${HOST}/analytics.js`, category: 'analytics' });
    snaps[0].requests.push(
      { url: `http://${HOST}/analytics.js`, phase: 'before' },
      { url: `http://${HOST}/site.js`, phase: 'before' },
    );
    const f = computeFindings(config(), snaps, HOST, LENIENT);
    expect(f.violations).toHaveLength(1);
    expect(f.violations[0]).toMatchObject({ kind: 'request-before-decision', request: `http://${HOST}/analytics.js` });
    expect(f.violations[0].message).toMatch(/the source of a gated tag/);
  });

  it("says when the page's CSP blocked the request, still as a violation", () => {
    const snaps = clean();
    snaps[0].requests.push({ url: 'https://stats.example.com/tag.js', phase: 'before', failure: 'csp' });
    const [v] = computeFindings(config(), snaps, HOST, LENIENT).violations;
    expect(v.message).toMatch(/Content-Security-Policy blocked it, but the code that asked is not gated/);
  });

  it('ignores tags gated on required or negated categories', () => {
    const hosts = gatedHosts(
      config(),
      [
        { src: 'https://a.example.com/x.js', category: 'analytics' },
        { src: 'https://b.example.com/x.js', category: 'necessary' },
        { src: 'https://c.example.com/x.js', category: '!analytics' },
        { src: `http://${HOST}/own.js`, category: 'analytics' },
      ],
      HOST,
    );
    expect(hosts).toEqual(['a.example.com']);
  });

  it("counts Google's hosts as gated when Google Analytics is configured", () => {
    const c = config({ services: { googleAnalytics: { measurementId: 'G-ABC123' } } });
    expect(gatedHosts(c, [], HOST)).toEqual(['googletagmanager.com', 'google-analytics.com']);
    const snaps = clean();
    snaps[0].requests.push({ url: 'https://www.googletagmanager.com/gtag/js?id=G-ABC123', phase: 'before' });
    snaps[2].requests.push({ url: 'https://region1.google-analytics.com/g/collect', phase: 'after' });
    // Before the click in the reject visit: the same page as the no-decision visit, not counted twice.
    snaps[2].requests.push({ url: 'https://region1.google-analytics.com/g/before', phase: 'before' });
    expect(computeFindings(c, snaps, HOST, LENIENT).violations.map((v) => [v.kind, v.host])).toEqual([
      ['request-before-decision', 'www.googletagmanager.com'],
      ['request-after-refusal', 'region1.google-analytics.com'],
    ]);
  });

  it('reports refused cookies that survive "Reject all", and undeclared ones it leaves behind', () => {
    const snaps = clean();
    snaps[2].cookiesBefore = [cookie('_ga', 400 * DAY), cookie('_fbp', 90 * DAY, HOST)];
    snaps[2].cookies.push(cookie('_ga', 400 * DAY, HOST), cookie('_fbp', 90 * DAY, HOST), cookie('__utmb', 1800));
    const f = computeFindings(config(), snaps, HOST, LENIENT);
    expect(f.violations.map((v) => [v.kind, v.cookie?.name])).toEqual([
      ['survived-refusal', '_ga'],
      ['cookie-after-refusal', '_fbp'],
      ['survived-refusal', '__utmb'],
    ]);
    expect(f.violations[0].message).toMatch(/survived "Reject all"/);
    expect(f.violations[1].message).toMatch(/undeclared cookie _fbp left behind by "Reject all"/);
    expect(f.violations[2].message).toMatch(/set after "Reject all"/);
  });

  it('holds nothing against a reject visit in which no decision could be made', () => {
    const snaps = clean();
    snaps[2] = snap('reject', [cookie('_ga', 400 * DAY)], { decidedBy: 'none' });
    expect(computeFindings(config(), snaps, HOST, LENIENT).violations).toEqual([]);
  });

  it('lists undeclared cookies with a suggestion and the declared name they resemble', () => {
    const snaps = clean();
    snaps[1].cookies.push(cookie('_fbp', 90 * DAY, HOST), cookie('_gid', DAY), cookie('basket_7f3a', 'session', HOST));
    const f = computeFindings(config({ cookies: charity.cookies.filter((c) => c.name !== 'cookiegate') }), snaps, HOST);
    expect(f.undeclared.map((u) => [u.name, u.suggestion?.category, u.suggestion?.provider, u.scenarios])).toEqual([
      ['cookiegate', 'necessary', 'This site (cookiegate)', ['accept', 'reject']],
      ['__utma', 'analytics', 'Google', ['accept']],
      ['_fbp', 'marketing', 'Facebook', ['accept']],
      ['_gid', 'analytics', 'Google', ['accept']],
      ['basket_7f3a', undefined, undefined, ['accept']],
    ]);
    expect(f.undeclared.find((u) => u.name === '__utma')?.similarTo).toBe('_utma');
  });

  it('notes _utma declared while the browser holds __utma, and does not call the declaration stale', () => {
    const f = computeFindings(config(), clean(), HOST);
    expect(f.spelling).toEqual([
      { declared: '_utma', seen: '__utma', category: 'analytics', coveredByPattern: false },
      { declared: '_utmb', seen: '__utmb', category: 'analytics', coveredByPattern: true },
    ]);
    expect(f.stale).toEqual([]);
  });

  it("lists declarations no visit saw, the preset's rows included and marked", () => {
    const snaps = clean();
    snaps[1].cookies = snaps[1].cookies.filter((c) => c.name !== '_ga');
    // The site says it runs analytics.js: the preset adds that library's rows (_ga, _gid, _gat).
    const c = config({ services: { googleAnalytics: { measurementId: 'G-ABC123', library: 'analytics.js' } } });
    expect(c.cookies.some(isPresetDeclaration)).toBe(true);
    const stale = computeFindings(c, snaps, HOST).stale;
    expect(stale).toContainEqual({ name: '_ga', category: 'analytics' });
    expect(stale).toContainEqual({ name: '_gid', category: 'analytics', preset: 'googleAnalytics' });
    // The preset's __utma row is seen (the browser holds __utma): not stale.
    expect(stale.map((s) => s.name)).not.toContain('__utma');
  });

  it('fails the audit on an undeclared cookie after "Accept all", unless allowed', () => {
    const snaps = clean();
    snaps[1].cookies.push(cookie('_fbp', 90 * DAY, HOST));
    const strict = computeFindings(config(), snaps, HOST);
    expect(strict.violations.map((v) => v.message)).toEqual([
      'undeclared cookie __utma set after "Accept all", on .example.org.uk',
      'undeclared cookie _fbp set after "Accept all", on www.example.org.uk',
    ]);
    expect(strict.violations.every((v) => v.kind === 'undeclared-cookie' && v.scenario === 'accept')).toBe(true);
    expect(computeFindings(config(), snaps, HOST, LENIENT).violations).toEqual([]);
    expect(computeFindings(config(), snaps, HOST, LENIENT).undeclared.map((u) => u.name)).toEqual(['__utma', '_fbp']);
  });

  it("fails the audit on a cookie kept longer than declared, allowing Chrome's 400-day cap and some slack", () => {
    const strictConfig = config({
      cookies: charity.cookies.map((c) => (c.name === '_utma' ? { ...c, pattern: '_{1,2}utma' } : c)),
    });
    expect(computeFindings(strictConfig, clean(), HOST).violations).toEqual([]);
    const snaps = clean();
    snaps[1].cookies.push(cookie('__utmb', 1800 + 60));
    expect(computeFindings(strictConfig, snaps, HOST).violations).toEqual([]);
    snaps[1].cookies.push(cookie('__utmb', 3 * 3600));
    expect(computeFindings(strictConfig, snaps, HOST).violations).toEqual([
      expect.objectContaining({
        kind: 'outlives-declaration',
        message: 'cookie __utmb on .example.org.uk lives 3 hours, declared "30 minutes"',
      }),
    ]);
  });

  it('fails the audit on a declared cookie on a domain the declaration does not cover', () => {
    const strictConfig = config({
      cookies: charity.cookies.map((c) => (c.name === '_utma' ? { ...c, pattern: '_{1,2}utma' } : c)),
    });
    const snaps = clean();
    snaps[1].cookies.push(cookie('_ga', 400 * DAY, '.tracker.example.net'));
    const f = computeFindings(strictConfig, snaps, HOST);
    expect(f.domains).toEqual([{ name: '_ga', domain: 'tracker.example.net', covered: ['example.org.uk'] }]);
    expect(f.violations.map((v) => v.kind)).toEqual(['undeclared-domain']);
    // A subdomain of the site, or Google's domains when the config runs Google Analytics, are covered.
    snaps[1].cookies.splice(
      -1,
      1,
      cookie('_ga', 400 * DAY, '.shop.example.org.uk'),
      cookie('_ga', 400 * DAY, '.google-analytics.com'),
    );
    const withGoogle = config({
      cookies: strictConfig.cookies.map(({ match: _match, ...c }) => c),
      services: { googleAnalytics: { measurementId: 'G-ABC123' } },
    });
    expect(computeFindings(withGoogle, snaps, HOST).domains).toEqual([]);
  });

  it("reports cookies that outlive their declaration, within Chrome's 400-day cap", () => {
    const snaps = clean();
    snaps[1].cookies = [
      cookie('has_js', DAY, HOST),
      cookie('__utmb', 2 * 3600),
      cookie('_ga', 400 * DAY),
      cookie('cookiegate', 182 * DAY, HOST),
    ];
    const f = computeFindings(config(), snaps, HOST);
    expect(f.lifetimes).toEqual([
      { name: 'has_js', domain: HOST, declared: 'session', realSeconds: DAY, real: '24 hours' },
      { name: '__utmb', domain: '.example.org.uk', declared: '30 minutes', realSeconds: 7200, real: '2 hours' },
    ]);
  });

  it('lists declared lifetimes it cannot read', () => {
    const cookies = charity.cookies.map((c) => (c.name === '_ga' ? { ...c, expires: 'varies' } : c));
    expect(computeFindings(config({ cookies }), clean(), HOST).unreadableLifetimes).toEqual(['_ga: "varies"']);
  });
});
