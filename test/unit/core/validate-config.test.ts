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
    expect(lines.some((l) => l.startsWith('cookie.days: expected a number of days from 1 to 400'))).toBe(true);
    expect(lines).toContain('cookie.sameSite: expected one of Lax, Strict, None, got "lax"');
    expect(lines).toContain('cookies[0].category: expected one of the declared categories (analytics), got "ads"');
    expect(lines.some((l) => l.startsWith('policyUrl: only http(s) and relative URLs are allowed'))).toBe(true);
  });

  it('reports an invalid pattern as a config error, not a crash', () => {
    const { errors } = validateConfig({ ...base, cookies: [{ name: 'x', pattern: '(', category: 'analytics', provider: 'p', purpose: 'p', expires: '1 day' }] });
    expect(errors[0].path).toBe('cookies[0].pattern');
  });

  it('warns about unknown keys', () => {
    const { warnings, errors } = validateConfig({ ...base, colour: 'red' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ path: 'colour', message: 'unknown option, ignored' }]);
  });

  it('adds the Google Analytics cookie family to the analytics category', () => {
    const { config } = validateConfig({ ...base, services: { googleAnalytics: { measurementId: 'G-ABC123' } } });
    const names = config.cookies.filter((c) => c.category === 'analytics').map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['_ga', '_ga_<container-id>', '_gid', '_gat', '__utma', '__utmz']));
    expect(config.googleAnalytics).toMatchObject({ measurementId: 'G-ABC123', category: 'analytics', mode: 'basic', consentMode: true });
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
