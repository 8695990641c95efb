import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/core/consent';
import type { CoreConfig } from '../../../src/core/config-types';
import { installCookieConsentShim } from '../../../src/compat/vanilla-shim';
import { gatedScript } from '../gated-markup';

const config: CoreConfig = {
  revision: '1',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
};
type Shim = ReturnType<typeof import('../../../src/compat/vanilla-shim').createCookieConsentShim>;

describe('window.CookieConsent shim', () => {
  it('answers vanilla-cookieconsent’s common calls with its meanings', () => {
    gatedScript({ 'data-category': 'analytics', 'data-service': 'Google Analytics' });
    const consent = createConsent(config, { console: { warn: vi.fn(), error: vi.fn() } });
    const remove = installCookieConsentShim(window, consent);
    const cc = (window as unknown as { CookieConsent: Shim }).CookieConsent;
    expect(cc.validConsent()).toBe(false);
    cc.acceptCategory('all', ['marketing']);
    expect(cc.validConsent()).toBe(true);
    expect(cc.acceptedCategory('analytics')).toBe(true);
    expect(cc.acceptedCategory('marketing')).toBe(false);
    expect(cc.acceptedCategory('ads')).toBe(false);
    expect(cc.acceptedService('Google Analytics', 'analytics')).toBe(true);
    cc.acceptService([], 'analytics');
    expect(cc.acceptedService('Google Analytics', 'analytics')).toBe(false);
    expect(cc.acceptedCategory('analytics')).toBe(true);
    cc.acceptCategory([]);
    expect(cc.acceptedCategory('analytics')).toBe(false);
    expect(cc.acceptedCategory('necessary')).toBe(true);
    const preferences = vi.fn();
    consent.on('preferences', preferences);
    cc.showPreferences();
    expect(preferences).toHaveBeenCalledOnce();
    remove();
    expect((window as { CookieConsent?: unknown }).CookieConsent).toBeUndefined();
    consent.destroy();
  });

  it('leaves a page’s own CookieConsent alone', () => {
    const own = {};
    (window as { CookieConsent?: unknown }).CookieConsent = own;
    const consent = createConsent(config, { console: { warn: vi.fn(), error: vi.fn() } });
    installCookieConsentShim(window, consent)();
    expect((window as { CookieConsent?: unknown }).CookieConsent).toBe(own);
    delete (window as { CookieConsent?: unknown }).CookieConsent;
    consent.destroy();
  });
});
