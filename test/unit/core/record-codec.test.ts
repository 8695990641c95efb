import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../../../src/core/record-codec';
import { decide } from '../../../src/core/record';
import { validateConfig } from '../../../src/core/validate-config';
import { decodesSafely } from '../../fuzz/record-codec.property';

const { config } = validateConfig({
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: { googleAnalytics: { measurementId: 'G-TEST123' } },
});
const now = Date.UTC(2026, 0, 1);

describe('the consent record codec', () => {
  it('round-trips a decision', () => {
    const record = decide(config, null, { analytics: true }, now);
    expect(decodeRecord(encodeRecord(record), config, now)).toEqual(record);
  });

  it('stays under 400 bytes with 10 categories', () => {
    const categories = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`category-number-${i}`, {}]));
    const big = validateConfig({ revision: 'policy-2026-11-28-v12', categories }).config;
    const record = decide(
      big,
      null,
      Object.fromEntries(Object.keys(categories).map((id, i) => [id, i % 2 === 0])),
      now,
    );
    const value = encodeRecord(record);
    expect(value.length).toBeLessThan(400);
    // Cookie-octets (RFC 6265 section 4.1.1): storage writes the value as it is, unescaped.
    expect(value).toMatch(/^[\w.!~*'()|+%-]+$/);
  });

  it('refuses another revision, another format version, an expired or a future record', () => {
    const value = encodeRecord(decide(config, null, { analytics: true }, now));
    expect(decodeRecord(value, { ...config, revision: 'next' }, now)).toBeNull();
    expect(decodeRecord(value.replace(/^2/, '3'), config, now)).toBeNull();
    expect(decodeRecord(value, config, now + 183 * 864e5)).toBeNull();
    expect(decodeRecord(value, config, now - 2 * 864e5)).toBeNull();
  });

  it('reads a version 1 record (with or without the old config fingerprint) as the same decision', () => {
    const record = decide(config, null, { analytics: true }, now);
    const v1 = encodeRecord(record).replace(/^2\|/, '1|');
    expect(decodeRecord(v1, config, now)).toEqual(record);
    expect(decodeRecord(`${v1}|k3x9a`, config, now)).toEqual(record);
    expect(decodeRecord(`${v1}|K3X9A`, config, now)).toBeNull();
    expect(decodeRecord(encodeRecord(record).replace(/^2\|/, '3|'), config, now)).toBeNull();
  });

  it('refuses records missing a category or naming an unknown one', () => {
    const value = encodeRecord(decide(config, null, {}, now));
    expect(decodeRecord(value.replace('+!marketing', ''), config, now)).toBeNull();
    expect(decodeRecord(value.replace('!marketing', 'ads'), config, now)).toBeNull();
  });

  it('always grants required categories even when a forged value refuses them', () => {
    const value = encodeRecord(decide(config, null, {}, now)).replace('necessary', '!necessary');
    expect(decodeRecord(value, config, now)?.categories.necessary).toBe(true);
  });

  it('never throws and never grants an optional category for arbitrary strings', () => {
    // The same property runs with 100,000 values in test/fuzz (npx vitest run --config test/fuzz/vitest.config.ts).
    fc.assert(decodesSafely, { numRuns: 10_000 });
  });

  it('treats values built from valid parts but with random decisions as at most what they say', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('necessary', '!necessary', 'analytics', '!analytics', 'marketing', '!marketing', 'x', ''),
          { maxLength: 5 },
        ),
        (items) => {
          const value = `1|2021-03-01|abcdefgh-1|${now.toString(36)}|${now.toString(36)}|${items.join('+')}|`;
          const r = decodeRecord(value, config, now);
          if (!r) return true;
          return (
            r.categories.analytics === items.includes('analytics') &&
            r.categories.marketing === items.includes('marketing')
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
