// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCookieHeader, readCookie } from '../../../src/core/cookie-header';

describe('Cookie header (RFC 6265 section 5.4)', () => {
  it('reads name=value pairs separated by "; "', () => {
    expect(Object.fromEntries(parseCookieHeader('a=1; b=two; cookiegate=2|x'))).toEqual({
      a: '1',
      b: 'two',
      cookiegate: '2|x',
    });
  });

  it('keeps the first of repeated names: browsers send the most specific path first', () => {
    expect(readCookie('cookiegate=deep; other=1; cookiegate=root', 'cookiegate')).toBe('deep');
  });

  it('keeps "=" inside values and strips the optional double quotes', () => {
    expect(readCookie('token=a=b==', 'token')).toBe('a=b==');
    expect(readCookie('quoted="abc"', 'quoted')).toBe('abc');
  });

  it('tolerates malformed pairs, missing spaces and stray separators', () => {
    const header = ';; junk; =nameless; a=1;b=2 ;  c = 3 ;';
    expect(Object.fromEntries(parseCookieHeader(header))).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('gives nothing for a missing or empty header', () => {
    expect(readCookie(undefined, 'a')).toBeUndefined();
    expect(readCookie(null, 'a')).toBeUndefined();
    expect(readCookie('', 'a')).toBeUndefined();
    expect(readCookie('ab=1', 'a')).toBeUndefined();
  });
});
