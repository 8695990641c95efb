import { describe, expect, it } from 'vitest';
import { googleAnalyticsCookies } from '../../../src/presets/google-analytics';
import { compileMatcher } from '../../../src/core/registry';

const matches = (cookie: string) =>
  googleAnalyticsCookies.filter((c) => compileMatcher(c.name, c.pattern)(cookie)).map((c) => c.name);

describe('the Google Analytics preset', () => {
  it('matches what ga.js and GA4 really write, and the policy spelling', () => {
    expect(matches('__utma')).toEqual(['__utma']);
    expect(matches('_utma')).toEqual(['__utma']);
    expect(matches('_ga')).toEqual(['_ga']);
    expect(matches('_ga_ABC123XY')).toEqual(['_ga_<container-id>']);
    expect(matches('_gat_UA-12345-1')).toEqual(['_gat']);
    expect(matches('_dc_gtm_UA-12345-1')).toEqual(['_gat']);
    expect(matches('__utmt')).toEqual(['__utmt']);
    expect(matches('_gallery')).toEqual([]);
    expect(matches('has_js')).toEqual([]);
  });

  it('carries Google’s documented lifetimes', () => {
    const life = Object.fromEntries(googleAnalyticsCookies.map((c) => [c.name, c.expires]));
    expect(life).toMatchObject({
      __utma: '2 years',
      __utmb: '30 minutes',
      __utmc: 'session',
      __utmz: '6 months',
      __utmt: '10 minutes',
      __utmv: '2 years',
      _ga: '2 years',
      _gid: '24 hours',
      _gat: '1 minute',
    });
  });
});
