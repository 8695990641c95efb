import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/core/consent';
import type { ChangeInfo } from '../../../src/core/consent-types';
import type { ConsentRecord } from '../../../src/core/record';
import { gatedScript } from '../gated-markup';

const config = {
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {}, marketing: { gpc: true } },
  cookies: [
    { name: 'has_js', category: 'necessary', provider: 'This site', purpose: 'JS flag', expires: 'session' },
    { name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Analytics', expires: '2 years' },
  ],
} as const;

const quiet = () => ({ warn: vi.fn(), error: vi.fn() });

describe('createConsent', () => {
  it('grants only required categories before a decision', () => {
    const consent = createConsent(config, { console: quiet() });
    expect(consent.record()).toBeNull();
    expect(consent.has('necessary')).toBe(true);
    expect(consent.has('analytics')).toBe(false);
    consent.destroy();
  });

  it('stores acceptAll in the cookie and reads it back in a new instance', () => {
    const a = createConsent(config, { console: quiet() });
    const record = a.acceptAll();
    expect(record?.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(document.cookie).toContain('cookiegate=');
    const b = createConsent(config, { console: quiet() });
    expect(b.has('analytics')).toBe(true);
    expect(b.record()?.id).toBe(record?.id);
    a.destroy();
    b.destroy();
  });

  it('keeps required categories on whatever set() asks', () => {
    const consent = createConsent(config, { console: quiet() });
    consent.set({ necessary: false, analytics: true });
    expect(consent.has('necessary')).toBe(true);
    expect(consent.has('analytics')).toBe(true);
    expect(consent.has('marketing')).toBe(false);
    consent.destroy();
  });

  it('voids a stored decision when the revision changes', () => {
    createConsent(config, { console: quiet() }).acceptAll();
    const next = createConsent({ ...config, revision: '2026-01-01' }, { console: quiet() });
    expect(next.record()).toBeNull();
    expect(next.has('analytics')).toBe(false);
  });

  it('fails closed on an invalid config and names the field', () => {
    const out = quiet();
    const invalid: unknown = { ...config, categories: { ...config.categories, analytics: { required: 'yes' } } };
    const consent = createConsent(invalid as typeof config, { console: out });
    expect(out.error).toHaveBeenCalledWith(
      'cookiegate: invalid config: categories.analytics.required: expected a boolean, got "yes"',
    );
    expect(consent.acceptAll()).toBeNull();
    expect(consent.has('analytics')).toBe(false);
    expect(consent.has('necessary')).toBe(true);
  });

  it('emits change with the action and withdrawn categories, and a DOM event', () => {
    const consent = createConsent(config, { console: quiet() });
    const listener = vi.fn();
    const dom = vi.fn();
    document.addEventListener('cookiegate:change', dom);
    const off = consent.on('change', listener);
    consent.acceptAll();
    consent.rejectAll();
    expect(listener).toHaveBeenCalledTimes(2);
    expect((listener.mock.calls[0][1] as ChangeInfo).action).toBe('accept-all');
    expect(listener.mock.calls[1][1]).toMatchObject({ action: 'withdraw', withdrawn: ['analytics', 'marketing'] });
    expect((dom.mock.calls[1][0] as CustomEvent<ConsentRecord>).detail.categories.analytics).toBe(false);
    off();
    consent.acceptAll();
    expect(listener).toHaveBeenCalledTimes(2);
    document.removeEventListener('cookiegate:change', dom);
    consent.destroy();
  });

  it('starts newly granted tags before the cookie write, and tells listeners once the decision is stored', () => {
    document.cookie = 'cookiegate=; max-age=0; path=/';
    document.title = '';
    const tag = gatedScript(
      { 'data-category': 'analytics' },
      "document.title += (document.cookie.includes('cookiegate=') ? 'stored' : 'first') + ','",
    );
    const consent = createConsent(config, { console: quiet() });
    let stored: boolean | undefined;
    consent.on('change', () => {
      stored = document.cookie.includes('cookiegate=');
    });
    consent.acceptAll();
    expect(document.title).toBe('first,');
    expect(stored).toBe(true);
    tag.remove();
    consent.destroy();
  });

  it('deletes cookies of refused categories but never necessary ones or the consent cookie', () => {
    document.cookie = 'has_js=1; path=/';
    document.cookie = '_ga=GA1.1.1; path=/';
    const consent = createConsent(config, { console: quiet() });
    consent.rejectAll();
    expect(document.cookie).not.toContain('_ga=');
    expect(document.cookie).toContain('has_js=1');
    expect(document.cookie).toContain('cookiegate=');
    consent.destroy();
  });

  it('reset() forgets the decision', () => {
    const consent = createConsent(config, { console: quiet() });
    consent.acceptAll();
    consent.reset();
    expect(consent.record()).toBeNull();
    expect(document.cookie).not.toContain('cookiegate=');
    expect(createConsent(config, { console: quiet() }).record()).toBeNull();
  });

  it('keeps two instances with different cookie names apart', () => {
    const a = createConsent(config, { console: quiet() });
    const b = createConsent({ ...config, cookie: { name: 'other' } }, { console: quiet() });
    a.acceptAll();
    expect(b.has('analytics')).toBe(false);
    expect(b.record()).toBeNull();
    a.destroy();
    b.destroy();
  });

  it('type-checks category ids', () => {
    const consent = createConsent(config, { console: quiet(), document: false });
    // @ts-expect-error a misspelt category is a compile error
    consent.has('analytcs');
    expect(consent.has('analytics')).toBe(false);
  });
});
