import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/core/consent';

const config = { revision: '1', categories: { necessary: { required: true }, analytics: {} } };

describe('storage when cookies are blocked', () => {
  it('keeps the decision in memory for the page and warns once', () => {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => { throw new Error('blocked'); } });
    try {
      const out = { warn: vi.fn(), error: vi.fn() };
      const consent = createConsent(config, { console: out });
      consent.acceptAll();
      consent.rejectAll();
      expect(consent.has('analytics')).toBe(false);
      expect(consent.record()?.categories.analytics).toBe(false);
      expect(out.warn).toHaveBeenCalledTimes(1);
      expect(out.warn.mock.calls[0][0]).toMatch(/cookies are blocked/);
      consent.destroy();
    } finally {
      delete (document as unknown as { cookie?: string }).cookie;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(desc);
    }
  });
});

describe('Global Privacy Control', () => {
  it('keeps gpc categories refused on accept all, and never grants anything by itself', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    try {
      const consent = createConsent({ ...config, categories: { ...config.categories, marketing: { gpc: true } } }, { console: { warn: vi.fn(), error: vi.fn() } });
      expect(consent.gpc).toBe(true);
      expect(consent.has('analytics')).toBe(false);
      consent.acceptAll();
      expect(consent.has('analytics')).toBe(true);
      expect(consent.has('marketing')).toBe(false);
      consent.set({ marketing: true });
      expect(consent.has('marketing')).toBe(true);
      consent.destroy();
    } finally {
      delete (navigator as unknown as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });
});
