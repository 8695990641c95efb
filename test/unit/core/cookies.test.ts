import { afterEach, describe, expect, it } from 'vitest';
import { cookieJar, cookieNames, removeCookie } from '../../../src/core/cookies';

const attributes = { path: '/', sameSite: 'Lax', secure: false } as const;

describe('the cookie module (js-cookie)', () => {
  afterEach(() => {
    for (const name of cookieNames()) removeCookie(name, { path: '/', secure: false });
  });

  it('writes and reads record values unchanged: they are cookie-octets already', () => {
    const jar = cookieJar('cg_jar', attributes);
    const value = '2|2021-03-01|abc-123|k3x9a|k3x9b|necessary+!analytics|';
    jar.set(value, 1);
    expect(document.cookie).toContain(`cg_jar=${value}`);
    expect(jar.get()).toBe(value);
    jar.remove();
    expect(jar.get()).toBeUndefined();
  });

  it('lists every name, surviving malformed pairs, and removes by name and path', () => {
    document.cookie = 'a=1';
    document.cookie = 'b=%E0%A4%A';
    expect(cookieNames().sort()).toEqual(['a', 'b']);
    removeCookie('a', { path: '/', secure: false });
    expect(cookieNames()).toEqual(['b']);
  });

  it('answers "no cookie" instead of throwing where document.cookie throws (sandboxed frames)', () => {
    const blocked = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: blocked, set: blocked });
    try {
      const jar = cookieJar('cg_blocked', attributes);
      expect(() => {
        jar.set('x', 1);
      }).not.toThrow();
      expect(jar.get()).toBeUndefined();
      expect(cookieNames()).toEqual([]);
      expect(() => {
        removeCookie('x', { path: '/', secure: false });
      }).not.toThrow();
    } finally {
      delete (document as unknown as { cookie?: string }).cookie;
    }
  });
});
