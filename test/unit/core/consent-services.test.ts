// Services as a unit of consent (issue 16.1) and vanilla-cookieconsent's markup meanings (issue 17.1).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/core/consent';
import { gatedScript } from '../gated-markup';
import { MAX_MARKUP_SERVICES } from '../../../src/core/markup-services';
import type { CoreConfig } from '../../../src/core/config-types';

const config = {
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: { plausible: { category: 'analytics', title: 'Plausible' } },
} as const;

// Markup names are known at run time only: like window.cookiegate, an instance typed by plain strings.
const untyped: CoreConfig = config;
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });
// Gated scripts run in jsdom's own script context: they report through the shared document.
const ran = () => document.title.split(',').filter(Boolean);
const tag = (attrs: Record<string, string>, marker: string) => gatedScript(attrs, `document.title += '${marker},'`);

afterEach(() => {
  document.title = '';
});

describe('services', () => {
  it('grants every service of a granted category, declared and markup-named alike', () => {
    tag({ 'data-category': 'analytics', 'data-service': 'Google Analytics' }, 'ga');
    const consent = createConsent(untyped, { console: quiet() });
    consent.set({ analytics: true });
    expect(consent.has('plausible')).toBe(true);
    expect(consent.has('Google Analytics')).toBe(true);
    expect(ran()).toEqual(['ga']);
    consent.destroy();
  });

  it('grants one service without its category: other tags of the category stay inert', () => {
    tag({ 'data-category': 'analytics' }, 'plain');
    tag({ 'data-category': 'analytics', 'data-service': 'plausible' }, 'plausible');
    tag({ 'data-category': 'analytics', 'data-service': 'Google Analytics' }, 'ga');
    const consent = createConsent(untyped, { console: quiet() });
    consent.set({ plausible: true });
    expect(consent.has('plausible')).toBe(true);
    expect(consent.has('analytics')).toBe(false);
    expect(consent.has('Google Analytics')).toBe(false);
    expect(ran()).toEqual(['plausible']);
    consent.set({ 'Google Analytics': true });
    expect(ran()).toEqual(['plausible', 'ga']);
    consent.destroy();
  });

  it('refuses one service of a granted category', () => {
    tag({ 'data-category': 'analytics', 'data-service': 'Google Analytics' }, 'ga');
    const consent = createConsent(untyped, { console: quiet() });
    consent.set({ analytics: true, 'Google Analytics': false });
    expect(consent.has('analytics')).toBe(true);
    expect(consent.has('plausible')).toBe(true);
    expect(consent.has('Google Analytics')).toBe(false);
    expect(ran()).toEqual([]);
    consent.destroy();
  });

  it('lists markup services after the declared ones and tells listeners of each new one', async () => {
    const consent = createConsent(untyped, { console: quiet() });
    const seen = vi.fn();
    consent.on('services', seen);
    tag({ 'data-category': 'marketing', 'data-service': 'Meta Pixel' }, 'pixel');
    await vi.waitFor(() => {
      expect(seen).toHaveBeenCalled();
    });
    expect(consent.services().map((s) => [s.id, s.category, s.title])).toEqual([
      ['plausible', 'analytics', 'Plausible'],
      ['Meta Pixel', 'marketing', 'Meta Pixel'],
    ]);
    expect(seen).toHaveBeenCalledTimes(1);
    consent.destroy();
  });

  it('stores markup-named service decisions and reads them back on the next page', () => {
    tag({ 'data-category': 'analytics', 'data-service': 'Google Analytics' }, 'ga');
    const first = createConsent(untyped, { console: quiet() });
    first.set({ analytics: true, 'Google Analytics': false });
    first.destroy();
    const next = createConsent(untyped, { console: quiet() });
    expect(next.record()?.services).toEqual({ 'Google Analytics': false });
    expect(next.has('analytics')).toBe(true);
    expect(next.has('Google Analytics')).toBe(false);
    next.destroy();
  });

  it("keeps a decision on another page's markup service until a decision names categories", () => {
    tag({ 'data-category': 'analytics', 'data-service': 'Google Analytics' }, 'ga');
    const first = createConsent(untyped, { console: quiet() });
    first.set({ analytics: true, 'Google Analytics': false });
    first.destroy();
    document.body.replaceChildren();
    // Another page, without that markup: its own decisions keep the entry…
    const other = createConsent(untyped, { console: quiet() });
    other.set({ plausible: false });
    expect(other.record()?.services).toEqual({ plausible: false, 'Google Analytics': false });
    // …and "Accept all" there means all.
    other.acceptAll();
    expect(other.record()?.services).toEqual({});
    other.destroy();
  });

  it(`gives at most ${MAX_MARKUP_SERVICES} markup names a decision of their own; the rest follow their category, with one warning each`, () => {
    for (let i = 0; i <= MAX_MARKUP_SERVICES; i++)
      tag({ 'data-category': 'analytics', 'data-service': `Vendor ${i}` }, `v${i}`);
    tag({ 'data-category': 'analytics', 'data-service': 'x'.repeat(65) }, 'long');
    tag({ 'data-category': 'analytics', 'data-service': 'x'.repeat(65) }, 'long-again');
    const out = quiet();
    const consent = createConsent(untyped, { console: out });
    expect(consent.services()).toHaveLength(1 + MAX_MARKUP_SERVICES);
    expect(out.warn.mock.calls.filter(([m]) => (m as string).includes('data-service'))).toHaveLength(2);
    consent.set({ analytics: true, [`Vendor ${MAX_MARKUP_SERVICES}`]: false });
    // Over the limit, the name is no service: it follows analytics.
    expect(ran()).toContain(`v${MAX_MARKUP_SERVICES}`);
    expect(ran()).toContain('long');
    consent.destroy();
  });

  it('never lets a markup name reach the prototype', () => {
    tag({ 'data-category': 'analytics', 'data-service': 'constructor' }, 'ctor');
    tag({ 'data-category': 'analytics', 'data-service': 'toString' }, 'tostring');
    const consent = createConsent(untyped, { console: quiet() });
    consent.set({ analytics: true });
    expect(ran().sort()).toEqual(['ctor', 'tostring']);
    consent.set({ toString: false });
    expect(consent.has('toString')).toBe(false);
    expect(consent.has('analytics')).toBe(true);
    consent.destroy();
  });
});

describe('vanilla-cookieconsent markup meanings', () => {
  it('runs "!category" once on a withdrawal, never on a first refusal', () => {
    tag({ 'data-category': '!analytics' }, 'withdrawn');
    const consent = createConsent(untyped, { console: quiet() });
    consent.rejectAll();
    expect(ran()).toEqual([]);
    consent.acceptAll();
    consent.rejectAll();
    expect(ran()).toEqual(['withdrawn']);
    consent.acceptAll();
    consent.rejectAll();
    expect(ran()).toEqual(['withdrawn']);
    consent.destroy();
  });

  it('does not run "!category" on a later page whose stored decision refuses it', () => {
    const first = createConsent(untyped, { console: quiet() });
    first.acceptAll();
    first.rejectAll();
    first.destroy();
    tag({ 'data-category': '!analytics' }, 'withdrawn');
    const next = createConsent(untyped, { console: quiet() });
    expect(ran()).toEqual([]);
    next.destroy();
  });

  it('runs "!service" once on that service\'s withdrawal, including by its category', () => {
    tag({ 'data-category': 'analytics', 'data-service': '!Google Analytics' }, 'ga-off');
    tag({ 'data-category': '!analytics', 'data-service': 'plausible' }, 'plausible-off');
    const consent = createConsent(untyped, { console: quiet() });
    consent.acceptAll();
    expect(ran()).toEqual([]);
    consent.set({ 'Google Analytics': false });
    expect(ran()).toEqual(['ga-off']);
    consent.set({ analytics: false });
    expect(ran()).toEqual(['ga-off', 'plausible-off']);
    consent.destroy();
  });

  it('keeps tags of undeclared categories inert, with one warning naming the category', () => {
    tag({ 'data-category': 'ads' }, 'ads');
    tag({ 'data-category': '!ads' }, 'not-ads');
    const out = quiet();
    const consent = createConsent(untyped, { console: out });
    consent.acceptAll();
    consent.rejectAll();
    expect(ran()).toEqual([]);
    const warnings = out.warn.mock.calls.map(([m]) => m as string).filter((m) => m.includes('"ads"'));
    expect(warnings).toEqual(['cookiegate: data-category="ads" is not a category of the config: its tags never run']);
    consent.destroy();
  });
});

describe('data-cc actions', () => {
  const click = (action: string, element = 'button') => {
    const el = document.createElement(element);
    el.setAttribute('data-cc', action);
    const inner = document.createElement('span');
    el.append(inner);
    document.body.append(el);
    inner.click();
  };

  it('accept-all, accept-necessary and show-preferencesModal work on any element, added at any time', () => {
    const consent = createConsent(untyped, { console: quiet() });
    const preferences = vi.fn();
    consent.on('preferences', preferences);
    click('accept-all', 'a');
    expect(consent.has('marketing')).toBe(true);
    click('accept-necessary', 'div');
    expect(consent.has('marketing')).toBe(false);
    click('show-preferencesModal');
    click('show-consentModal');
    expect(preferences).toHaveBeenCalledTimes(2);
    consent.destroy();
  });

  it('accept-custom lets an open dialog save its draft, else saves the current decision', () => {
    const consent = createConsent(untyped, { console: quiet() });
    click('accept-custom');
    expect(consent.record()?.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    const off = consent.on('accept-custom', (request) => {
      consent.set({ analytics: true });
      request.handled = true;
    });
    click('accept-custom');
    expect(consent.has('analytics')).toBe(true);
    off();
    click('accept-custom');
    expect(consent.has('analytics')).toBe(true);
    consent.destroy();
  });

  it('marks the openers present at start as opening a dialog', () => {
    const opener = document.createElement('a');
    opener.setAttribute('data-cc', 'show-preferencesModal');
    document.body.append(opener);
    const consent = createConsent(untyped, { console: quiet() });
    expect(opener.getAttribute('aria-haspopup')).toBe('dialog');
    consent.destroy();
  });

  it('stops answering after destroy()', () => {
    const consent = createConsent(untyped, { console: quiet() });
    consent.destroy();
    click('accept-all');
    expect(consent.record()).toBeNull();
  });
});
