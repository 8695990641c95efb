// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readConsent } from '../../../src/server';
import { decide } from '../../../src/core/record';
import { encodeRecord } from '../../../src/core/record-codec';
import { validateConfig } from '../../../src/core/validate-config';
import { shippedPresets } from '../../../src/presets/shipped';

const config = {
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    googleAnalytics: { category: 'analytics', measurementId: 'G-TEST123' },
    youtube: { category: 'marketing' },
  },
} as const;

const NOW = Date.UTC(2026, 11, 6);
const normalized = validateConfig(config, { presets: shippedPresets }).config;
const quiet = { console: { error: () => undefined }, now: NOW };

/** The cookie value the browser would write for this choice. */
const stored = (choice: Record<string, boolean>, now = NOW) => encodeRecord(decide(normalized, null, choice, now));

describe('readConsent', () => {
  it('reads the decision from a Cookie header, with has() on categories and services', () => {
    const value = stored({ analytics: true, marketing: false, youtube: true });
    const result = readConsent(`theme=dark; cookiegate=${value}; other=1`, config, quiet);
    expect(result.errors).toEqual([]);
    expect(result.record?.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(result.has('analytics')).toBe(true);
    expect(result.has('googleAnalytics')).toBe(true);
    expect(result.has('marketing')).toBe(false);
    expect(result.has('youtube')).toBe(true);
    expect(result.has('necessary')).toBe(true);
  });

  it('accepts a Request, Headers, or nothing', () => {
    const header = `cookiegate=${stored({ analytics: true, marketing: true })}`;
    const request = new Request('https://www.example.org.uk/', { headers: { cookie: header } });
    expect(readConsent(request, config, quiet).has('marketing')).toBe(true);
    expect(readConsent(new Headers({ cookie: header }), config, quiet).has('marketing')).toBe(true);
    for (const nothing of [undefined, null, '', new Headers(), new Request('https://www.example.org.uk/')]) {
      const result = readConsent(nothing, config, quiet);
      expect(result.record).toBeNull();
      expect(result.has('analytics')).toBe(false);
      expect(result.has('necessary')).toBe(true);
    }
  });

  it('is no decision for a malformed, forged, expired or other-revision cookie', () => {
    const values = [
      'garbage',
      stored({ analytics: true }).replace('2021-03-01', '2020-01-01'),
      stored({ analytics: true }, NOW - 200 * 864e5),
      stored({ analytics: true }, NOW + 5 * 864e5),
      `${stored({ analytics: true })}${'x'.repeat(4000)}`,
    ];
    for (const value of values) {
      const result = readConsent(`cookiegate=${value}`, config, quiet);
      expect(result.record, value.slice(0, 40)).toBeNull();
      expect(result.has('analytics')).toBe(false);
    }
  });

  it('reads the config’s own cookie name', () => {
    const renamed = { ...config, cookie: { name: 'consent' } };
    const value = stored({ analytics: true });
    expect(readConsent(`cookiegate=${value}`, renamed, quiet).record).toBeNull();
    expect(readConsent(`consent=${value}`, renamed, quiet).has('analytics')).toBe(true);
  });

  it('fails closed on an invalid config, returning and logging the errors with their path', () => {
    const logged: string[] = [];
    const broken = { ...config, categories: { ...config.categories, analytics: { required: 'yes' } } };
    const value = stored({ analytics: true, marketing: true });
    // @ts-expect-error: the config is wrong on purpose
    const result = readConsent(`cookiegate=${value}`, broken, {
      now: NOW,
      console: { error: (m: string) => logged.push(m) },
    });
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.record).toBeNull();
    expect(result.has('marketing')).toBe(false);
    expect(logged.join('\n')).toMatch(/categories\.analytics/);
  });

  it('keeps nothing between calls: many interleaved requests each get their own decision', async () => {
    const accepted = `cookiegate=${stored({ analytics: true, marketing: true })}`;
    const refused = `cookiegate=${stored({ analytics: false, marketing: false })}`;
    const requests = Array.from({ length: 400 }, (_, index) => ({
      index,
      header: index % 3 === 0 ? accepted : index % 3 === 1 ? refused : undefined,
    }));
    const answers = await Promise.all(
      requests.map(async ({ header, index }) => {
        // Yield between parsing and answering, so calls interleave as concurrent requests do.
        await new Promise((resolve) => setTimeout(resolve, index % 7));
        const result = readConsent(header, config, quiet);
        await Promise.resolve();
        return { index, analytics: result.has('analytics'), decided: result.record !== null };
      }),
    );
    for (const { index, analytics, decided } of answers) {
      expect(analytics).toBe(index % 3 === 0);
      expect(decided).toBe(index % 3 !== 2);
    }
  });

  it('type-checks ids against the config', () => {
    const { has } = readConsent(undefined, config, quiet);
    // @ts-expect-error: a misspelt category
    has('analytcs');
    expect(has('youtube')).toBe(false);
  });
});
