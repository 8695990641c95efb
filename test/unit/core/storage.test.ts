import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/core/consent';

const config = { revision: '1', categories: { necessary: { required: true }, analytics: {} } };

describe('storage when cookies are blocked', () => {
  it('keeps the decision in memory for the page and warns once', () => {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => '',
      set: () => {
        throw new Error('blocked');
      },
    });
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
      const consent = createConsent(
        { ...config, categories: { ...config.categories, marketing: { gpc: true } } },
        { console: { warn: vi.fn(), error: vi.fn() } },
      );
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

describe('the consent cookie', () => {
  /** Every string written to document.cookie while `fn` runs (the writes still reach jsdom); `reads.n` counts the reads. */
  const reads = { n: 0 };
  const writes = (fn: () => void): string[] => {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const seen: string[] = [];
    reads.n = 0;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        reads.n += 1;
        return desc.get!.call(document) as string;
      },
      set: (v: string) => {
        seen.push(v);
        desc.set!.call(document, v);
      },
    });
    try {
      fn();
    } finally {
      delete (document as unknown as { cookie?: string }).cookie;
    }
    return seen;
  };

  it('is written raw (through js-cookie) with its expiry, path and SameSite, and removed with an expiry in the past', () => {
    const cfg = { ...config, cookie: { name: 'cg_attrs', days: 30, path: '/', sameSite: 'Strict' } } as const;
    const consent = createConsent(cfg, { console: { warn: vi.fn(), error: vi.fn() } });
    const before = Date.now();
    const [written] = writes(() => consent.acceptAll());
    expect(written).toMatch(
      /^cg_attrs=2\|1\|[\w-]+\|[0-9a-z]+\|[0-9a-z]+\|necessary\+analytics\|; path=\/; sameSite=Strict; expires=[^;]+$/,
    );
    const expires = Date.parse(/expires=([^;]+)/.exec(written)![1]);
    expect(Math.abs(expires - (before + 30 * 864e5))).toBeLessThan(2000);
    expect(written).not.toMatch(/secure/i); // jsdom serves http://localhost
    const [removed] = writes(() => consent.reset());
    expect(removed).toMatch(
      /^cg_attrs=; path=\/; sameSite=Strict; expires=Thu, 01 Jan 1970|^cg_attrs=; path=\/; sameSite=Strict; expires=/,
    );
    expect(Date.parse(/expires=([^;]+)/.exec(removed)![1])).toBeLessThan(Date.now());
    expect(document.cookie).not.toContain('cg_attrs=');
    consent.destroy();
  });

  it('reads its own name only, not a valid record under a name that starts or ends with it', () => {
    const quiet = () => ({ warn: vi.fn(), error: vi.fn() });
    // Valid records, written by instances of their own, under look-alike names.
    const others = ['cg_prefix_other', 'old_cg_prefix'].map((name) =>
      createConsent({ ...config, cookie: { name } }, { console: quiet() }),
    );
    others.forEach((o) => o.acceptAll());
    const cfg = { ...config, cookie: { name: 'cg_prefix' } };
    const consent = createConsent(cfg, { console: quiet() });
    expect(consent.record()).toBeNull();
    const record = consent.acceptAll();
    expect(createConsent(cfg, { console: quiet() }).record()).toEqual(record);
    for (const o of others) {
      o.reset();
      o.destroy();
    }
    consent.destroy();
  });

  // Each read of document.cookie can be a blocking round trip to Chromium's browser process.
  it('reads the cookies once at start-up for a visitor who accepted everything, and cleans for one who refused', () => {
    const cfg = {
      ...config,
      cookie: { name: 'cg_startup' },
      cookies: [{ name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Analytics', expires: '2 years' }],
    };
    const quiet = () => ({ warn: vi.fn(), error: vi.fn() });
    const first = createConsent(cfg, { console: quiet() });
    first.acceptAll();
    document.cookie = '_ga=GA1.1.1';
    let returning: ReturnType<typeof createConsent> | undefined;
    expect(writes(() => (returning = createConsent(cfg, { console: quiet() })))).toEqual([]);
    // js-cookie's get() reads document.cookie twice (a test, then the split), in one task.
    expect(reads.n).toBe(2);
    expect(returning!.has('analytics')).toBe(true);
    returning!.rejectAll();
    document.cookie = '_ga=GA1.1.2';
    const refused = writes(() => createConsent(cfg, { console: quiet() }).destroy());
    expect(refused.some((w) => w.startsWith('_ga=;'))).toBe(true);
    expect(document.cookie).not.toContain('_ga=');
    first.destroy();
    returning!.destroy();
  });
});
