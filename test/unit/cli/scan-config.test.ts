// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/cli/check';
import { classifyCookie, declaredExpiry, formatLifetimeUp, generalise } from '../../../src/cli/scan-classify';
import { buildStarterConfig, measurementIdOf, urlMatches } from '../../../src/cli/scan-config';
import { formatScanSummary, scanAdvice } from '../../../src/cli/scan-advice';
import { pageUrl, PageQueue, sitemapUrls } from '../../../src/cli/scan-crawl';
import { cookieNamesOfHeader, scriptOfStack } from '../../../src/cli/scan-recorder';
import { catalogue } from '../../../src/presets/catalogue';
import type { ScannedCookie, ScannedPage, ScanRecording, ScanReport } from '../../../src/cli/scan-types';

const SITE = 'https://www.example.org.uk';
const DAY = 86_400;

const cookie = (name: string, extra: Partial<ScannedCookie> = {}): ScannedCookie => ({
  name,
  domain: '.example.org.uk',
  path: '/',
  expires: -1,
  lifetime: 'session',
  thirdParty: false,
  firstSeen: `${SITE}/`,
  beforeConsent: false,
  ...extra,
});
const page = (path: string, extra: Partial<ScannedPage> = {}): ScannedPage => ({
  url: `${SITE}${path}`,
  accepted: 'none',
  gatedSources: [],
  scriptsBeforeConsent: [],
  links: [],
  ...extra,
});
const recording = (extra: Partial<ScanRecording> = {}): ScanRecording => ({
  startUrl: `${SITE}/`,
  pages: [page('/', { accepted: 'button', policyLink: `${SITE}/privacy-notice`, consentCookie: 'cookiegate' })],
  cookies: [],
  storage: [],
  resources: [],
  requests: [],
  ...extra,
});

describe('classifying a scanned cookie', () => {
  it('takes vendor cookies from the catalogue, with the service', () => {
    const ga = classifyCookie(cookie('_ga_ABC123', { lifetime: 400 * DAY }), 'cookiegate');
    expect(ga).toMatchObject({
      source: 'catalogue',
      service: { id: 'googleAnalytics' },
      line: { name: '_ga_<container-id>', pattern: '_ga_[A-Za-z0-9]+', category: 'analytics', expires: '2 years' },
    });
    expect(Object.keys(ga.line)).toEqual(['name', 'pattern', 'category', 'provider', 'purpose', 'content', 'expires']);
    expect(classifyCookie(cookie('_hjSessionUser_1234'), undefined)).toMatchObject({
      source: 'catalogue',
      service: { id: 'hotjar' },
    });
  });

  it("calls generic names the site's own, or the other site's when they live on its domain", () => {
    expect(classifyCookie(cookie('sessionid'), undefined)).toMatchObject({
      source: 'generic name',
      line: { category: 'necessary', provider: 'This site' },
    });
    expect(
      classifyCookie(cookie('PHPSESSID', { domain: 'forms.example.net', thirdParty: true }), undefined).line.provider,
    ).toBe('example.net');
  });

  it('quotes the Open Cookie Database, with a pattern for the names it knows as prefixes', () => {
    expect(classifyCookie(cookie('_pin_unauth'), undefined)).toMatchObject({
      source: 'Open Cookie Database',
      line: { name: '_pin_unauth', category: 'marketing' },
    });
    const prefixed = classifyCookie(cookie('_pk_id.9.abcd'), undefined);
    expect(prefixed.source).toBe('catalogue');
    const hubspot = classifyCookie(cookie('hs-messages-hide-welcome-message'), undefined);
    expect(hubspot.source).toBe('Open Cookie Database');
  });

  it('leaves the rest as TODO in the unclassified category, one pattern for numbered names', () => {
    expect(classifyCookie(cookie('basket_8f3a9c12', { lifetime: 3 * DAY }), undefined)).toEqual({
      source: 'TODO',
      line: {
        name: 'basket_<id>',
        pattern: 'basket_[0-9A-Za-z]+',
        category: 'unclassified',
        provider: 'This site',
        purpose: 'TODO',
        expires: '3 days',
      },
    });
    expect(generalise('theme')).toEqual({ name: 'theme' });
  });

  it('declares the consent cookie as necessary', () => {
    expect(classifyCookie(cookie('cookiegate', { lifetime: 182 * DAY - 5 }), 'cookiegate')).toMatchObject({
      source: 'cookiegate',
      line: { category: 'necessary', expires: '182 days' },
    });
  });

  it('never declares an expiry shorter than the cookie really lives', () => {
    expect(declaredExpiry('2 years', 400 * DAY)).toBe('2 years');
    expect(declaredExpiry('session', DAY)).toBe('24 hours');
    expect(declaredExpiry('30 minutes', 3 * 3600 + 1)).toBe('4 hours');
    expect(declaredExpiry('Varies', 10 * DAY)).toBe('10 days');
    expect(declaredExpiry('1 year', 'session')).toBe('1 year');
    expect(formatLifetimeUp(59.2)).toBe('60 seconds');
  });
});

describe('the starter config', () => {
  it('is valid for check: categories found, services recognised, revision and policy link', () => {
    const result = buildStarterConfig(
      recording({
        cookies: [
          cookie('cookiegate', { lifetime: 182 * DAY }),
          cookie('has_js'),
          cookie('_ga', { lifetime: 400 * DAY }),
          cookie('_fbp', { lifetime: 90 * DAY }),
          cookie('mystery_1234567'),
        ],
        requests: [
          'https://www.youtube.com/embed/xyz',
          'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1',
        ],
      }),
      '2026-12-06',
    );
    const { config } = result;
    expect(config.revision).toBe('2026-12-06');
    expect(config.policyUrl).toBe('/privacy-notice');
    expect(config.categories).toEqual({
      necessary: { required: true, title: 'Strictly necessary' },
      analytics: { title: 'Analytics' },
      marketing: { title: 'Marketing' },
      unclassified: { title: 'Unclassified' },
    });
    expect(config.services).toEqual({
      googleAnalytics: { measurementId: 'G-ABC123', category: 'analytics' },
      youtube: {
        category: 'marketing',
        title: 'YouTube',
        urls: catalogue.find((preset) => preset.id === 'youtube')!.urls,
      },
      metaPixel: {
        category: 'marketing',
        title: 'Meta Pixel',
        urls: catalogue.find((preset) => preset.id === 'metaPixel')!.urls,
      },
    });
    expect(result.classified).toEqual({
      catalogue: 2,
      'generic name': 1,
      'Open Cookie Database': 0,
      cookiegate: 1,
      TODO: 1,
    });
    const check = checkText('config.json', JSON.stringify(config));
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((warning) => warning.path)).toEqual(
      expect.arrayContaining(['cookies[4].purpose', 'cookies[4].category']),
    );
  });

  it('declares each cookie or pattern once, and never guesses a measurement id', () => {
    const result = buildStarterConfig(
      recording({ cookies: [cookie('_ga_AAA111'), cookie('_ga_BBB222'), cookie('_ga')] }),
      '2026-12-06',
    );
    expect(result.config.cookies.map((line) => line.name)).toEqual(['_ga_<container-id>', '_ga']);
    expect(result.config.services).toBeUndefined();
    expect(result.missingMeasurementId).toBe(true);
    expect(measurementIdOf(['https://www.example.org.uk/collect?tid=G-DEMO'], catalogue[0])).toBeUndefined();
    expect(measurementIdOf(['https://www.googletagmanager.com/gtag/js?id=G-XYZ987'], catalogue[0])).toBe('G-XYZ987');
  });

  it('matches service URL patterns with * wildcards', () => {
    expect(urlMatches('https://www.youtube.com/embed/*', 'https://www.youtube.com/embed/abc')).toBe(true);
    expect(urlMatches('https://www.youtube.com/embed/*', 'https://www.youtube.com.evil.example/embed/abc')).toBe(false);
    expect(urlMatches('https://*.hotjar.com/*', 'https://static.hotjar.com/c/1.js')).toBe(true);
  });
});

describe('the advice', () => {
  const scanned = recording({
    pages: [
      page('/', {
        accepted: 'button',
        scriptsBeforeConsent: [`${SITE}/tracker.js`, `${SITE}/site.js`],
        gatedSources: [`${SITE}/tracker.js`],
      }),
    ],
    cookies: [
      cookie('_fbp', { beforeConsent: true, setBy: `${SITE}/tracker.js`, lifetime: 90 * DAY }),
      cookie('has_js', { beforeConsent: true, setBy: `${SITE}/site.js` }),
      cookie('mystery', { setBy: 'https://cdn.example.net/x.js' }),
    ],
    resources: [
      { url: 'https://www.youtube.com/embed/abc', type: 'iframe', firstSeen: `${SITE}/`, beforeConsent: true },
      { url: 'https://cdn.example.net/x.js', type: 'script', firstSeen: `${SITE}/`, beforeConsent: false },
    ],
  });
  const advice = scanAdvice(scanned, buildStarterConfig(scanned, '2026-12-06'));

  it('lists every TODO and every non-essential cookie set before consent', () => {
    expect(advice.todos).toEqual([
      `mystery on .example.org.uk (first seen on ${SITE}/, set by https://cdn.example.net/x.js): write its purpose and choose its category`,
    ]);
    expect(advice.beforeConsent).toEqual([
      `_fbp (marketing) on .example.org.uk, set before "Accept all" on ${SITE}/ by ${SITE}/tracker.js`,
    ]);
  });

  it('says which tags each page must gate, and what autoBlock would hold', () => {
    expect(advice.gating).toEqual([
      {
        page: `${SITE}/`,
        advice: [
          `${SITE}/tracker.js sets marketing cookies before consent: <script type="text/plain" data-category="marketing" data-src="${SITE}/tracker.js"></script>`,
          'iframe https://www.youtube.com/embed/abc (YouTube) loads before consent: "autoBlock": true holds it (services.youtube), or gate it with data-category="marketing"',
          'script https://cdn.example.net/x.js (unknown third party) loaded after "Accept all": gate it with data-category if it stores or tracks anything',
        ],
      },
    ]);
  });

  it('prints a short summary', () => {
    const report = {
      ...scanned,
      seconds: 3.25,
      classified: { catalogue: 1, 'generic name': 1, 'Open Cookie Database': 0, cookiegate: 0, TODO: 1 },
      advice,
    } as unknown as ScanReport;
    const text = formatScanSummary(report, 'cookiegate.json');
    expect(text).toContain('Scanned 1 page in 3.3 s: 3 cookies, 0 storage keys, 2 third-party scripts and iframes.');
    expect(text).toContain('TODO mystery on .example.org.uk');
    expect(text).toContain('cookiegate check cookiegate.json');
  });
});

describe('the crawl', () => {
  it('visits each page of the site once, up to the limit, never files or other sites', () => {
    const queue = new PageQueue(`${SITE}/`, 3);
    queue.add([
      `${SITE}/about#team`,
      `${SITE}/about`,
      'https://shop.example.org.uk/',
      'https://www.example.com/',
      `${SITE}/report.pdf`,
      'mailto:a@example.org.uk',
      `${SITE}/news`,
    ]);
    expect([queue.next(), queue.next(), queue.next(), queue.next()]).toEqual([
      `${SITE}/`,
      `${SITE}/about`,
      'https://shop.example.org.uk/',
      undefined,
    ]);
    expect(pageUrl('/x#y', `${SITE}/`)).toBe(`${SITE}/x`);
  });

  it('reads sitemaps', () => {
    expect(
      sitemapUrls(
        '<urlset><url><loc> https://a.example/x?a=1&amp;b=2 </loc></url><url><loc>https://a.example/y</loc></url></urlset>',
      ),
    ).toEqual(['https://a.example/x?a=1&b=2', 'https://a.example/y']);
  });

  it('finds who set a cookie in a stack trace or a Set-Cookie header', () => {
    expect(
      scriptOfStack('Error\n    at set (<anonymous>:12:5)\n    at https://www.example.org.uk/analytics.js:40:12'),
    ).toBe('https://www.example.org.uk/analytics.js');
    expect(cookieNamesOfHeader('a=1; Path=/\nb=2; HttpOnly')).toEqual(['a', 'b']);
  });
});
