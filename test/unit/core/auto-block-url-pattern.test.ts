import { describe, expect, it } from 'vitest';
import { compileUrlPatterns, urlPatternSource } from '../../../src/core/url-pattern';

describe('URL patterns', () => {
  it('matches the whole absolute URL, * standing for any run of characters', () => {
    const gtag = compileUrlPatterns(['https://www.googletagmanager.com/gtag/js*']);
    expect(gtag('https://www.googletagmanager.com/gtag/js?id=G-X')).toBe(true);
    expect(gtag('https://www.googletagmanager.com/gtag/js')).toBe(true);
    expect(gtag('https://www.googletagmanager.com/gtm.js?id=GTM-X')).toBe(false);
    // Anchored at both ends: the pattern's host cannot appear inside another URL.
    expect(gtag('https://evil.example/?u=https://www.googletagmanager.com/gtag/js')).toBe(false);
    expect(compileUrlPatterns(['https://www.youtube.com/embed/*'])('https://www.youtube.com/embed/x?y=1')).toBe(true);
    expect(compileUrlPatterns(['https://a.example/x'])('https://a.example/x/y')).toBe(false);
  });

  it('treats regular-expression characters literally', () => {
    const match = compileUrlPatterns(['https://cdn.example.com/a.js?v=(1)+[2]|$^']);
    expect(match('https://cdn.example.com/a.js?v=(1)+[2]|$^')).toBe(true);
    expect(match('https://cdnXexample.com/a.js?v=(1)+[2]|$^')).toBe(false);
    expect(urlPatternSource('https://a.b/*')).toBe('https?:\\/\\/a\\.b\\/.*');
  });

  it('holds the http:// URL of an https:// pattern (fail closed on a page served over http)', () => {
    const ga = compileUrlPatterns(['https://www.google-analytics.com/ga.js*']);
    expect(ga('http://www.google-analytics.com/ga.js')).toBe(true);
    expect(compileUrlPatterns(['http://x.example/*'])('https://x.example/a')).toBe(true);
  });

  it('matches several patterns, and nothing when there are none', () => {
    const two = compileUrlPatterns(['https://a.example/*', 'https://*.b.example/x.js']);
    expect(two('https://a.example/1')).toBe(true);
    expect(two('https://cdn.b.example/x.js')).toBe(true);
    expect(two('https://c.example/x.js')).toBe(false);
    expect(compileUrlPatterns([])('https://a.example/')).toBe(false);
  });
});
