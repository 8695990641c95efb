// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/registry';
import { catalogue } from '../../../src/presets/catalogue';

/** The `*` wildcard of `services.<id>.urls` (DESIGN.md), as a test oracle. */
const wildcard = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
const loads = (id: string, url: string) =>
  catalogue.find((preset) => preset.id === id)!.urls.some((pattern) => wildcard(pattern).test(url));

/** An example of a placeholder name such as `_pk_id.<site-id>.<hash>`: every `<…>` becomes digits. */
const example = (name: string) => name.replace(/<[^>]+>/g, '123');

describe('the vendor catalogue', () => {
  it('holds the ten vendors of issue 16, once each', () => {
    const ids = catalogue.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'googleAnalytics',
        'googleTagManager',
        'youtube',
        'vimeo',
        'googleMaps',
        'metaPixel',
        'hotjar',
        'matomoCloud',
        'microsoftClarity',
        'linkedInInsight',
      ]),
    );
  });

  it.each(catalogue.map((preset) => [preset.id, preset] as const))('%s has a valid shape', (_id, preset) => {
    expect(preset.id).toMatch(/^[A-Za-z][\w-]{0,39}$/);
    expect(preset.title.trim()).not.toBe('');
    expect(['analytics', 'marketing', 'functional']).toContain(preset.category);
    // PECR reg. 6(4), ICO: no analytics, tag manager, advertising or social vendor is strictly necessary.
    expect(preset.essential).toBe(false);
    expect(preset.urls.length).toBeGreaterThan(0);
    for (const url of preset.urls) expect(url).toMatch(/^https:\/\/[a-z0-9*.-]+\.[a-z]+\//);
    expect(preset.privacyUrl).toMatch(/^https:\/\//);
    expect(preset.cookies.length).toBeGreaterThan(0);
    const names = preset.cookies.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of preset.cookies) {
      expect(c.provider.trim()).not.toBe('');
      expect(c.purpose.trim()).not.toBe('');
      expect(c.expires.trim()).not.toBe('');
      expect(() => compileMatcher(c.name, c.pattern)).not.toThrow();
      // A placeholder name needs a pattern, and the pattern matches an example of the name.
      if (/[<>*]/.test(c.name)) expect(c.pattern).toBeDefined();
      expect(compileMatcher(c.name, c.pattern)(example(c.name))).toBe(true);
    }
  });

  it('matches the URLs each generation of Google Analytics loads from', () => {
    expect(loads('googleAnalytics', 'https://www.googletagmanager.com/gtag/js?id=G-ABC123')).toBe(true);
    expect(loads('googleAnalytics', 'https://www.google-analytics.com/analytics.js')).toBe(true);
    expect(loads('googleAnalytics', 'https://ssl.google-analytics.com/ga.js')).toBe(true);
    expect(loads('googleAnalytics', 'https://region1.google-analytics.com/g/collect?v=2')).toBe(true);
    // Issue 16: the Google Analytics preset holds Tag Manager's container too (a GA install through
    // GTM); a site that runs Tag Manager for other tags declares `googleTagManager` as well.
    expect(loads('googleAnalytics', 'https://www.googletagmanager.com/gtm.js?id=GTM-XXXX')).toBe(true);
    expect(loads('googleTagManager', 'https://www.googletagmanager.com/gtm.js?id=GTM-XXXX')).toBe(true);
  });

  it('matches embeds and pixels of the other vendors, and nothing of the site itself', () => {
    expect(loads('youtube', 'https://www.youtube.com/embed/dQw4w9WgXcQ')).toBe(true);
    expect(loads('youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toBe(true);
    expect(loads('vimeo', 'https://player.vimeo.com/video/76979871')).toBe(true);
    expect(loads('googleMaps', 'https://www.google.com/maps/embed?pb=!1m18')).toBe(true);
    expect(loads('metaPixel', 'https://connect.facebook.net/en_US/fbevents.js')).toBe(true);
    expect(loads('hotjar', 'https://static.hotjar.com/c/hotjar-123.js?sv=6')).toBe(true);
    expect(loads('matomoCloud', 'https://cdn.matomo.cloud/brightwater.matomo.cloud/matomo.js')).toBe(true);
    expect(loads('microsoftClarity', 'https://www.clarity.ms/tag/abcdef')).toBe(true);
    expect(loads('linkedInInsight', 'https://snap.licdn.com/li.lms-analytics/insight.min.js')).toBe(true);
    for (const preset of catalogue) expect(loads(preset.id, 'https://www.example.org.uk/analytics.js')).toBe(false);
  });

  it('names the cookies the vendors really write', () => {
    const matches = (id: string, name: string) =>
      catalogue.find((p) => p.id === id)!.cookies.some((c) => compileMatcher(c.name, c.pattern)(name));
    expect(matches('googleAnalytics', '_ga_ABC123')).toBe(true);
    expect(matches('googleAnalytics', '__utma')).toBe(true);
    expect(matches('hotjar', '_hjSessionUser_3412345')).toBe(true);
    expect(matches('matomoCloud', '_pk_id.1.1fff')).toBe(true);
    expect(matches('microsoftClarity', '_clck')).toBe(true);
    expect(matches('metaPixel', '_fbp')).toBe(true);
    expect(matches('youtube', 'VISITOR_INFO1_LIVE')).toBe(true);
    expect(matches('linkedInInsight', 'li_fat_id')).toBe(true);
  });
});
