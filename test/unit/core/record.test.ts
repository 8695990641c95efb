import { describe, expect, it } from 'vitest';
import { all, decide, grants, randomId } from '../../../src/core/record';
import { validateConfig } from '../../../src/core/validate-config';

const { config } = validateConfig({
  revision: '1',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: { video: { category: 'marketing' }, login: { category: 'necessary' } },
});

describe('consent record transitions', () => {
  it('keeps required categories on and refuses what was never named', () => {
    const r = decide(config, null, { necessary: false, analytics: true }, 1000);
    expect(r.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(r.created).toBe(1000);
    expect(r.updated).toBe(1000);
  });

  it('keeps the id and creation time across decisions, and earlier choices not named again', () => {
    const first = decide(config, null, { analytics: true }, 1000);
    const next = decide(config, first, { marketing: true }, 2000);
    expect(next.id).toBe(first.id);
    expect(next.created).toBe(1000);
    expect(next.updated).toBe(2000);
    expect(next.categories).toEqual({ necessary: true, analytics: true, marketing: true });
  });

  it('stores a service decision only where it differs from its category', () => {
    const r = decide(config, null, { marketing: false, video: true }, 1000);
    expect(r.services).toEqual({ video: true });
    expect(grants(config, r, 'video')).toBe(true);
    expect(grants(config, r, 'marketing')).toBe(false);
    // Deciding on the category again resets the service to follow it.
    const later = decide(config, r, { marketing: true }, 2000);
    expect(later.services).toEqual({});
    expect(grants(config, later, 'video')).toBe(true);
  });

  it('grants required categories and their services even before a decision, nothing else', () => {
    expect(grants(config, null, 'necessary')).toBe(true);
    expect(grants(config, null, 'login')).toBe(true);
    expect(grants(config, null, 'analytics')).toBe(false);
    expect(grants(config, null, 'video')).toBe(false);
    expect(grants(config, null, 'unknown')).toBe(false);
  });

  it('builds all-on and all-off choices, with exceptions', () => {
    expect(all(config, true, ['marketing'])).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(all(config, false)).toEqual({ necessary: false, analytics: false, marketing: false });
  });

  it('makes random version 4 UUIDs, with crypto or, failing that, Math.random', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const ids = new Set(Array.from({ length: 200 }, randomId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(v4);
    // Every variant digit (8, 9, a, b) turns up: the variant bits are right, not fixed.
    expect(new Set([...ids].map((id) => id[19]))).toEqual(new Set(['8', '9', 'a', 'b']));
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { configurable: true, value: undefined });
    try {
      expect(randomId()).toMatch(v4);
      expect(randomId()).not.toBe(randomId());
    } finally {
      Object.defineProperty(globalThis, 'crypto', { configurable: true, value: original });
    }
  });
});
