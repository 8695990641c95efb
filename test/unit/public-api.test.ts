import { describe, expect, expectTypeOf, it } from 'vitest';
import * as main from '../../src/index';
import * as headless from '../../src/headless';
import { createConsent, type ConsentRecord } from '../../src/headless';

describe('the public surface', () => {
  it('is small and the same in both entries, plus the interface in the main one', () => {
    expect(Object.keys(headless).sort()).toEqual([
      'createConsent',
      'dataLayerEvents',
      'defineConfig',
      'googleAnalytics',
      'googleAnalyticsCookies',
      'googleAnalyticsPreset',
      'hasGpcSignal',
      'isSafeUrl',
      'receipts',
      'shippedPlugins',
      'validateConfig',
    ]);
    expect(Object.keys(main).sort()).toEqual(
      [...Object.keys(headless), 'english', 'loadLanguage', 'mountBanner'].sort(),
    );
  });

  it('types category and service ids from the config', () => {
    const consent = createConsent(
      {
        revision: '1',
        categories: { necessary: { required: true }, analytics: {} },
        services: { googleAnalytics: { measurementId: 'G-ABC123' } },
      },
      { document: false, console: { warn() {}, error() {} } },
    );
    expectTypeOf(consent.has).parameter(0).toEqualTypeOf<'necessary' | 'analytics' | 'googleAnalytics'>();
    expectTypeOf(consent.record()).toEqualTypeOf<ConsentRecord | null>();
    // @ts-expect-error a misspelt category
    consent.set({ analytcs: true });
    // @ts-expect-error only booleans
    consent.set({ analytics: 'yes' });
    expect(consent.has('googleAnalytics')).toBe(false);
  });

  it('catches misspelt categories and event names at createConsent, without a helper', () => {
    const quiet = { document: false, console: { warn() {}, error() {} } } as const;
    createConsent(
      {
        revision: '1',
        categories: { necessary: { required: true }, analytics: {} },
        // @ts-expect-error a category that is not declared
        cookies: [{ name: '_ga', category: 'analytcs', provider: 'Google', purpose: 'x', expires: '2 years' }],
      },
      quiet,
    );
    createConsent(
      {
        revision: '1',
        categories: { necessary: { required: true }, analytics: {} },
        // @ts-expect-error a service in a category that is not declared
        services: { youtube: { category: 'marketing' } },
      },
      quiet,
    );
    const consent = createConsent({ revision: '1', categories: { analytics: {} } }, quiet);
    // @ts-expect-error a misspelt event name
    consent.on('chnage', () => {});
    consent.on('change', (record) => {
      expectTypeOf(record).toEqualTypeOf<ConsentRecord | null>();
    });
  });
});
