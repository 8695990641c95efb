import { describe, expect, it } from 'vitest';
import { compileMatcher, createRegistry } from '../../../src/core/registry';
import { validateConfig } from '../../../src/core/validate-config';

describe('the cookie registry', () => {
  const { config } = validateConfig({
    revision: '1',
    categories: { necessary: { required: true }, analytics: {} },
    cookies: [
      { name: 'has_js', category: 'necessary', provider: 'Site', purpose: 'JS flag', expires: 'session' },
      {
        name: '_utma',
        pattern: '_{1,2}utma',
        category: 'analytics',
        provider: 'Google',
        purpose: 'Visitors',
        expires: '2 years',
      },
      {
        name: '_ga_<container-id>',
        pattern: '^_ga_[A-Z0-9]+$',
        category: 'analytics',
        provider: 'Google',
        purpose: 'Sessions',
        expires: '2 years',
      },
    ],
  });
  const registry = createRegistry(config);

  it('finds the declaration that matches a cookie name', () => {
    expect(registry.find('has_js')?.category).toBe('necessary');
    expect(registry.find('__utma')?.name).toBe('_utma');
    expect(registry.find('_utma')?.name).toBe('_utma');
    expect(registry.find('_ga_ABC123')?.name).toBe('_ga_<container-id>');
    expect(registry.find('_gid')).toBeUndefined();
  });

  it('lists the declarations and categories of a name', () => {
    expect(registry.of('analytics').map((c) => c.name)).toEqual(['_utma', '_ga_<container-id>']);
    expect(registry.categoriesOf('__utma')).toEqual(['analytics']);
    expect(registry.categoriesOf('other')).toEqual([]);
  });

  it('matches patterns against the whole name only', () => {
    const m = compileMatcher('_utma', '_{1,2}utma');
    expect(m('x__utma')).toBe(false);
    expect(m('__utmaz')).toBe(false);
    expect(compileMatcher('exact')('exactly')).toBe(false);
    expect(() => compileMatcher('x', '(')).toThrow();
  });
});
