import { shippedPresets } from '../../../src/presets/shipped';
import { googleAnalyticsOf } from '../../../src/presets/google-analytics';
import { beforeEach, describe, expect, it } from 'vitest';
import { commands, isArguments, resetGoogle, start, win, withGa, base } from './helpers';
import { consentState, defaultSignals } from '../../../src/integrations/google-consent-mode';
import { validateConfig } from '../../../src/core/validate-config';

const DENIED = {
  ad_storage: 'denied',
  analytics_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

beforeEach(resetGoogle);

describe('Google Consent Mode v2', () => {
  it('pushes the denied default first, as an Arguments object, with every signal', () => {
    const consent = start(withGa());
    expect(isArguments(win.dataLayer?.[0])).toBe(true);
    expect(commands()[0]).toEqual(['consent', 'default', DENIED]);
    consent.destroy();
  });

  it('pushes every gtag command as an Arguments object, never an array', () => {
    const consent = start(withGa({ adsDataRedaction: true }));
    consent.acceptAll();
    const gtagEntries = (win.dataLayer ?? []).filter((e) => !(e && typeof e === 'object' && 'event' in e));
    expect(gtagEntries.length).toBeGreaterThan(3);
    expect(gtagEntries.every(isArguments)).toBe(true);
    expect((win.dataLayer ?? []).some(Array.isArray)).toBe(false);
    consent.destroy();
  });

  it('adds wait_for_update and region to the default when configured', () => {
    const consent = start(withGa({ waitForUpdate: 500, region: ['GB'] }));
    expect(commands()[0]).toEqual(['consent', 'default', { ...DENIED, wait_for_update: 500, region: ['GB'] }]);
    consent.destroy();
  });

  it('grants functionality signals in the default only when their category is required', () => {
    const consent = start({ ...withGa(), categories: { ...base.categories, functional: { required: true } } });
    expect(commands()[0]).toEqual([
      'consent',
      'default',
      { ...DENIED, functionality_storage: 'granted', personalization_storage: 'granted' },
    ]);
    consent.destroy();
  });

  it('pushes one update per decision, mapped from the categories', () => {
    const consent = start(withGa());
    const before = win.dataLayer!.length;
    consent.set({ analytics: true });
    const updates = commands()
      .slice(before)
      .filter((c) => Array.isArray(c) && c[1] === 'update');
    expect(updates).toEqual([['consent', 'update', { ...DENIED, analytics_storage: 'granted' }]]);

    consent.set({ marketing: true, analytics: false });
    expect(
      commands()
        .filter((c) => Array.isArray(c) && c[1] === 'update')
        .at(-1),
    ).toEqual([
      'consent',
      'update',
      { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
    ]);
    consent.destroy();
  });

  it('pushes a denied update on reject, withdrawal and reset', () => {
    const consent = start(withGa());
    consent.acceptAll();
    const last = () =>
      commands()
        .filter((c) => Array.isArray(c) && c[1] === 'update')
        .at(-1);
    consent.set({ analytics: false, marketing: false });
    expect(last()).toEqual(['consent', 'update', DENIED]);
    consent.acceptAll();
    consent.reset();
    expect(last()).toEqual(['consent', 'update', DENIED]);
    consent.rejectAll();
    expect(last()).toEqual(['consent', 'update', DENIED]);
    consent.destroy();
  });

  it('pushes an update when a decision arrives from another tab', () => {
    const other = start(withGa());
    const consent = start(withGa());
    consent.set({ analytics: true });
    window.dispatchEvent(new Event('focus'));
    expect(other.has('analytics')).toBe(true);
    const updates = commands().filter((c) => Array.isArray(c) && c[1] === 'update');
    // One from the tab that decided, one from the tab that synced.
    expect(updates).toEqual([
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
    ]);
    other.destroy();
    consent.destroy();
  });

  it('follows a separate decision on the Google Analytics service', () => {
    const consent = start(withGa());
    consent.set({ analytics: true, googleAnalytics: false });
    expect(
      commands()
        .filter((c) => Array.isArray(c) && c[1] === 'update')
        .at(-1),
    ).toEqual(['consent', 'update', DENIED]);
    consent.destroy();
  });

  it('pushes an update at once for a stored decision', () => {
    start(withGa()).acceptAll();
    resetGoogle();
    const consent = start(withGa());
    const list = commands();
    expect(list[0]).toEqual(['consent', 'default', DENIED]);
    expect(list[1]).toEqual([
      'consent',
      'update',
      {
        ...DENIED,
        analytics_storage: 'granted',
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
      },
    ]);
    consent.destroy();
  });

  it('puts set entries between the default and the config', () => {
    const consent = start(withGa({ adsDataRedaction: true, urlPassthrough: true }));
    consent.acceptAll();
    const list = commands()
      .filter(Array.isArray)
      .map((c) => c.slice(0, 2).join(' '));
    expect(list.slice(0, 3)).toEqual(['consent default', 'set ads_data_redaction', 'set url_passthrough']);
    expect(commands()[1]).toEqual(['set', 'ads_data_redaction', true]);
    expect(list.indexOf('config G-TEST123')).toBeGreaterThan(2);
    consent.destroy();
  });

  it('pushes no set entries unless configured', () => {
    const consent = start(withGa());
    consent.acceptAll();
    expect(commands().some((c) => Array.isArray(c) && c[0] === 'set')).toBe(false);
    consent.destroy();
  });

  it('reuses a gtag the page defined', () => {
    const calls: unknown[][] = [];
    win.dataLayer = [];
    win.gtag = (...args: unknown[]) => calls.push(args);
    const consent = start(withGa());
    expect(calls[0]?.slice(0, 2)).toEqual(['consent', 'default']);
    consent.destroy();
  });

  it('takes category signals from the config', () => {
    const { config } = validateConfig(withGa({ signals: { analytics: ['analytics_storage', 'ad_storage'] } }), {
      presets: shippedPresets,
    });
    expect(consentState(config.categories, googleAnalyticsOf(config), (c) => c.id === 'analytics')).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'denied',
    });
    expect(defaultSignals.marketing).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('does nothing without Google Analytics or with consentMode false', () => {
    start(base).acceptAll();
    expect(win.dataLayer).toBeUndefined();
    resetGoogle();
    const consent = start(withGa({ consentMode: false }));
    consent.acceptAll();
    expect(commands().some((c) => Array.isArray(c) && c[0] === 'consent')).toBe(false);
    consent.destroy();
  });
});
