// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestCookie } from '../../../src/cli/known-cookies';
import { ENTRIES, OPEN_COOKIE_DATABASE_NOTICE } from '../../../src/cli/open-cookie-database';

describe('suggestions for undeclared cookies', () => {
  it("suggests the Google presets first, with Google's lifetimes, for both ga.js spellings", () => {
    expect(suggestCookie('_gid')).toEqual({
      category: 'analytics',
      provider: 'Google',
      description: 'Distinguishes visitors for one day (Google Analytics).',
      expires: '24 hours',
      source: 'cookiegate preset',
    });
    expect(suggestCookie('_ga_ABC123')).toMatchObject({
      category: 'analytics',
      expires: '2 years',
      source: 'cookiegate preset',
    });
    expect(suggestCookie('_utmz')).toMatchObject({ expires: '6 months', source: 'cookiegate preset' });
    expect(suggestCookie('_gat_UA-1234-1')).toMatchObject({ expires: '1 minute', source: 'cookiegate preset' });
  });

  it('suggests well-known cookies of other providers from the Open Cookie Database', () => {
    expect(suggestCookie('_fbp')).toMatchObject({
      category: 'marketing',
      provider: 'Facebook',
      expires: '4 months',
      source: 'Open Cookie Database',
    });
    expect(suggestCookie('_hjid')).toMatchObject({ category: 'analytics', provider: 'Hotjar' });
    expect(suggestCookie('has_js')).toMatchObject({
      category: 'necessary',
      provider: 'This site',
      expires: 'session',
      source: 'generic name',
    });
  });

  it('matches prefixes, the longest first', () => {
    const hotjar = suggestCookie('_hjSessionUser_123456');
    expect(hotjar?.provider).toBe('Hotjar');
    expect(hotjar?.source).toBe('Open Cookie Database');
  });

  it('knows nothing of made-up names', () => {
    expect(suggestCookie('brightwater_basket_7f3a')).toBeUndefined();
  });

  it('keeps the whole database with its attribution', () => {
    expect(ENTRIES.length).toBeGreaterThan(2000);
    expect(OPEN_COOKIE_DATABASE_NOTICE).toMatch(/Open Cookie Database.*Apache License 2\.0/);
  });
});
