// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/validate-config';
import { normaliseName, spellingNotes } from '../../../src/cli/spelling';

const declare = (cookies: object[]) =>
  validateConfig({ revision: '1', categories: { necessary: { required: true }, analytics: {} }, cookies }).config
    .cookies;
const line = (name: string, extra: object = {}) => ({
  name,
  category: 'analytics',
  provider: 'Google',
  purpose: 'p',
  expires: '2 years',
  ...extra,
});

describe('spelling notes', () => {
  it('normalises leading underscores only', () => {
    expect(normaliseName('__utma')).toBe('utma');
    expect(normaliseName('_utma')).toBe('utma');
    expect(normaliseName('utm_a_')).toBe('utm_a_');
  });

  it("pairs the policy's _utma with the browser's __utma, saying whether a pattern covers it", () => {
    expect(spellingNotes(declare([line('_utma')]), ['__utma', '_ga'])).toEqual([
      { declared: '_utma', seen: '__utma', category: 'analytics', coveredByPattern: false },
    ]);
    expect(spellingNotes(declare([line('_utma', { pattern: '_{1,2}utma' })]), ['__utma'])).toEqual([
      { declared: '_utma', seen: '__utma', category: 'analytics', coveredByPattern: true },
    ]);
  });

  it('says nothing when the spelling is right or another line spells it right', () => {
    expect(spellingNotes(declare([line('__utma')]), ['__utma'])).toEqual([]);
    expect(spellingNotes(declare([line('_utma'), line('__utma')]), ['__utma'])).toEqual([]);
    expect(spellingNotes(declare([line('_utma')]), ['_utmb', 'utmx'])).toEqual([]);
  });

  it('skips placeholder names', () => {
    expect(
      spellingNotes(declare([line('_ga_<container-id>', { pattern: '_ga_\\w+' })]), ['__ga_<container-id>', '_ga_ABC']),
    ).toEqual([]);
  });
});
