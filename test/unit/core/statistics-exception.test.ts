import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/create-consent';
import { validateConfig } from '../../../src/core/validate-config';
import { shippedPlugins } from '../../../src/integrations/plugins';

// compliance.md A.3: PECR Sch. A1 para. 5 (DUAA 2025), an explicit opt-in mode.
const config = {
  revision: 'stats-1',
  cookie: { name: 'cg_stats' },
  statisticsException: true,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  cookies: [{ name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Statistics', expires: '2 years' }],
} as const;
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });
type Win = Window & { dataLayer?: IArguments[] };

describe('the statistics exception', () => {
  it('is off unless asked for: analytics waits for consent', () => {
    const consent = createConsent(
      { ...config, statisticsException: false },
      { console: quiet(), plugins: shippedPlugins },
    );
    expect(consent.has('analytics')).toBe(false);
    consent.destroy();
  });

  it('runs statistics before a decision, and nothing else optional', () => {
    const consent = createConsent(config, { console: quiet(), plugins: shippedPlugins });
    expect(consent.record()).toBeNull();
    expect(consent.has('analytics')).toBe(true);
    expect(consent.has('marketing')).toBe(false);
    consent.destroy();
  });

  it('keeps statistics on when a choice does not mention them, and off once the visitor objects', () => {
    const consent = createConsent(config, { console: quiet(), plugins: shippedPlugins });
    consent.set({ marketing: true });
    expect(consent.has('analytics')).toBe(true);
    document.cookie = '_ga=GA1.1.1;path=/';
    const change = vi.fn();
    consent.on('change', change);
    consent.set({ analytics: false });
    expect(consent.has('analytics')).toBe(false);
    expect(change.mock.calls[0][1]).toMatchObject({ action: 'withdraw', withdrawn: ['analytics'] });
    expect(document.cookie).not.toContain('_ga=');
    // The objection is stored like any decision.
    expect(createConsent(config, { console: quiet(), plugins: shippedPlugins }).has('analytics')).toBe(false);
    consent.reset();
    consent.destroy();
  });

  it('treats "Reject all" as an objection', () => {
    const consent = createConsent(config, { console: quiet(), plugins: shippedPlugins });
    consent.rejectAll();
    expect(consent.has('analytics')).toBe(false);
    consent.reset();
    consent.destroy();
  });

  it('pushes a Consent Mode default with analytics_storage granted and ads denied', () => {
    const w = window as Win;
    delete w.dataLayer;
    const consent = createConsent(
      { ...config, services: { googleAnalytics: { measurementId: 'G-TEST1', category: 'analytics' } } },
      { console: quiet(), plugins: shippedPlugins },
    );
    const [first] = w.dataLayer!;
    expect([...first].slice(0, 2)).toEqual(['consent', 'default']);
    expect(first[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' });
    consent.destroy();
    delete w.dataLayer;
  });

  it('needs an optional category to apply to, and fails closed on an invalid config', () => {
    const { errors } = validateConfig({
      revision: '1',
      statisticsException: true,
      categories: { necessary: { required: true } },
    });
    expect(errors).toContainEqual({
      path: 'statisticsException',
      message: 'needs an optional category "analytics" to apply to',
    });
    const consent = createConsent(
      { ...config, cookie: { name: 'bad name' } },
      { console: quiet(), plugins: shippedPlugins },
    );
    expect(consent.has('analytics')).toBe(false);
    consent.destroy();
  });
});
