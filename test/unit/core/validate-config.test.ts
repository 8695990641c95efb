import { shippedPresets } from '../../../src/presets/shipped';
import { googleAnalyticsOf } from '../../../src/presets/google-analytics';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateConfig, isSafeUrl } from '../../../src/core/validate-config';

const base = { revision: '1', categories: { necessary: { required: true }, analytics: {} } };

describe('validateConfig', () => {
  it('fills defaults and freezes the result', () => {
    const { config, errors } = validateConfig(base);
    expect(errors).toEqual([]);
    expect(config.cookie).toEqual({ name: 'cookiegate', days: 182, domain: undefined, path: '/', sameSite: 'Lax' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.categories[0])).toBe(true);
  });

  it('names the field path and the reason of every problem', () => {
    const { errors } = validateConfig({
      revision: 3,
      categories: { analytics: { required: 'yes' } },
      cookie: { days: 1000, sameSite: 'lax' },
      cookies: [{ name: '_ga', category: 'ads', provider: 'Google', purpose: 'x', expires: '2 years', pattern: '(' }],
      policyUrl: 'javascript:alert(1)',
    });
    const lines = errors.map((e) => `${e.path}: ${e.message}`);
    expect(lines).toContain('revision: expected a non-empty string, got 3');
    expect(lines).toContain('categories.analytics.required: expected a boolean, got "yes"');
    expect(lines.some((l) => l.startsWith('cookie.days: expected a number of days above 0 and up to 395'))).toBe(true);
    expect(lines).toContain('cookie.sameSite: expected one of Lax, Strict, None, got "lax"');
    expect(lines).toContain('cookies[0].category: expected one of the declared categories (analytics), got "ads"');
    expect(lines.some((l) => l.startsWith('policyUrl: only http(s) and relative URLs are allowed'))).toBe(true);
  });

  it('reports an invalid pattern as a config error, not a crash', () => {
    const { errors } = validateConfig({
      ...base,
      cookies: [{ name: 'x', pattern: '(', category: 'analytics', provider: 'p', purpose: 'p', expires: '1 day' }],
    });
    expect(errors[0].path).toBe('cookies[0].pattern');
  });

  it('caps the consent cookie at 395 days (13 months, CNIL) and the revision at 128 characters', () => {
    const days = (n: number) => validateConfig({ ...base, cookie: { days: n } }).errors.map((e) => e.path);
    expect(days(395)).toEqual([]);
    expect(days(396)).toEqual(['cookie.days']);
    expect(validateConfig({ ...base, revision: 'r'.repeat(128) }).errors).toEqual([]);
    expect(validateConfig({ ...base, revision: 'r'.repeat(129) }).errors.map((e) => e.path)).toEqual(['revision']);
  });

  it('reads own keys only: __proto__, constructor and prototype warn as unknown and never reach a prototype', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString']) {
      const top: unknown = JSON.parse(
        `{ "revision": "1", "categories": { "analytics": {} }, "${key}": { "polluted": true } }`,
      );
      const inCategory: unknown = JSON.parse(
        `{ "revision": "1", "categories": { "analytics": { "${key}": { "required": true } } } }`,
      );
      const asId: unknown = JSON.parse(
        `{ "revision": "1", "categories": { "analytics": {}, "${key}": { "required": true } } }`,
      );
      // `toString` is a valid category id; the three reserved names are not.
      const cases = [
        [top, key],
        [inCategory, `categories.analytics.${key}`],
      ];
      if (key !== 'toString') cases.push([asId, `categories.${key}`]);
      for (const [input, path] of cases) {
        const { config, errors, warnings } = validateConfig(input);
        expect(errors, key).toEqual([]);
        expect(warnings, key).toContainEqual({ path, message: 'unknown option, ignored' });
        expect(
          config.categories.every((c) => !c.required),
          key,
        ).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    }
  });

  it('refuses a service that can never be strictly necessary in a required category (ICO: analytics are not)', () => {
    const { errors } = validateConfig(
      { ...base, services: { googleAnalytics: { measurementId: 'G-ABC123', category: 'necessary' } } },
      { presets: shippedPresets },
    );
    expect(errors).toContainEqual({
      path: 'services.googleAnalytics.category',
      message: expect.stringContaining('never be strictly necessary') as unknown,
    });
    const custom = validateConfig({ ...base, services: { login: { category: 'necessary' } } });
    expect(custom.errors).toEqual([]);
  });

  it('warns when a known analytics cookie is declared strictly necessary', () => {
    const row = { name: '_ga', category: 'necessary', provider: 'Google', purpose: 'x', expires: '2 years' };
    const { errors, warnings } = validateConfig({ ...base, cookies: [row] }, { presets: shippedPresets });
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual({
      path: 'cookies[0].category',
      message: expect.stringContaining('Google Analytics') as unknown,
    });
    const ownCookie = validateConfig({ ...base, cookies: [{ ...row, name: 'has_js' }] }, { presets: shippedPresets });
    expect(ownCookie.warnings).toEqual([]);
  });

  it('warns when the statistics exception covers a third party’s service (compliance.md A.3)', () => {
    const { warnings } = validateConfig(
      { ...base, statisticsException: true, services: { googleAnalytics: { measurementId: 'G-ABC123' } } },
      { presets: shippedPresets },
    );
    expect(warnings).toContainEqual({
      path: 'statisticsException',
      message: expect.stringContaining('services.googleAnalytics') as unknown,
    });
    expect(validateConfig({ ...base, statisticsException: true }).warnings).toEqual([]);
  });

  it('warns about unknown keys', () => {
    const { warnings, errors } = validateConfig({ ...base, colour: 'red' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ path: 'colour', message: 'unknown option, ignored' }]);
  });

  it('adds the cookies of the Google Analytics library the site runs to its category', () => {
    const presets = shippedPresets;
    const gtag = validateConfig({ ...base, services: { googleAnalytics: { measurementId: 'G-ABC123' } } }, { presets });
    const names = (config: typeof gtag.config) =>
      config.cookies.filter((c) => c.category === 'analytics').map((c) => c.name);
    expect(names(gtag.config)).toEqual(['_ga', '_ga_<container-id>']);
    expect(googleAnalyticsOf(gtag.config)).toMatchObject({
      measurementId: 'G-ABC123',
      category: 'analytics',
      mode: 'basic',
      consentMode: true,
    });
    const gaJs = validateConfig(
      { ...base, services: { googleAnalytics: { measurementId: 'G-ABC123', library: 'ga.js' } } },
      { presets },
    );
    expect(names(gaJs.config)).toEqual(['__utma', '__utmb', '__utmc', '__utmz', '__utmt', '__utmv']);
  });

  it('warns once, naming the service, when a preset is used without its plugin', () => {
    const { errors, warnings, config } = validateConfig({
      ...base,
      services: { googleAnalytics: { measurementId: 'G-ABC123' } },
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      { path: 'services.googleAnalytics', message: expect.stringContaining('measurementId') as unknown },
    ]);
    expect(googleAnalyticsOf(config)).toBeUndefined();
  });

  it('refuses javascript: and data: links', () => {
    expect(isSafeUrl('/privacy')).toBe(true);
    expect(isSafeUrl('https://example.org/privacy')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
  });

  it('never throws on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { config } = validateConfig(value);
        return Array.isArray(config.categories);
      }),
      { numRuns: 2_000 },
    );
  });
});
