import { beforeEach, describe, expect, it } from 'vitest';
import { base, resetGoogle, start, win, withGa } from './helpers';

beforeEach(resetGoogle);

const events = () => (win.dataLayer ?? []).filter((e) => (e as { event?: string })?.event === 'cookiegate_consent');

describe('dataLayer events for Google Tag Manager', () => {
  it('pushes a plain object per decision when the page has a dataLayer', () => {
    win.dataLayer = [];
    const consent = start(base);
    consent.set({ analytics: true });
    consent.rejectAll();
    expect(events()).toEqual([
      { event: 'cookiegate_consent', cookiegate: { necessary: true, analytics: true, marketing: false } },
      { event: 'cookiegate_consent', cookiegate: { necessary: true, analytics: false, marketing: false } },
    ]);
    expect(Object.getPrototypeOf(events()[0])).toBe(Object.prototype);
    consent.destroy();
  });

  it('pushes the stored decision at start', () => {
    win.dataLayer = [];
    start(base).acceptAll();
    win.dataLayer = [];
    const consent = start(base);
    expect(events()).toEqual([
      { event: 'cookiegate_consent', cookiegate: { necessary: true, analytics: true, marketing: true } },
    ]);
    consent.destroy();
  });

  it('creates the dataLayer when Google Analytics is configured', () => {
    const consent = start(withGa());
    consent.acceptAll();
    expect(events()).toHaveLength(1);
    consent.destroy();
  });

  it('does nothing without a dataLayer or Google Analytics', () => {
    const consent = start(base);
    consent.acceptAll();
    expect(win.dataLayer).toBeUndefined();
    consent.destroy();
  });
});
