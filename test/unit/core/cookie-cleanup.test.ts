import { describe, expect, it } from 'vitest';
import { parentDomains, parentPaths } from '../../../src/core/cookie-cleanup';
import { cookieNames } from '../../../src/core/cookies';

describe('cookie clean-up helpers', () => {
  it('lists the host and each parent domain', () => {
    expect(parentDomains('www.example.org.uk')).toEqual(['www.example.org.uk', 'example.org.uk', 'org.uk', 'uk']);
    expect(parentDomains('localhost')).toEqual(['localhost']);
    expect(parentDomains('127.0.0.1')).toEqual([]);
  });

  it('lists the path and each parent path', () => {
    expect(parentPaths('/a/b/c')).toEqual(['/a/b/c', '/a/b', '/a', '/']);
    expect(parentPaths('/a/b/')).toEqual(['/a/b/', '/a', '/']);
    expect(parentPaths('/')).toEqual(['/']);
  });

  it('reads cookie names, surviving malformed pairs', () => {
    document.cookie = 'a=1';
    document.cookie = 'b=%E0%A4%A';
    expect(cookieNames().sort()).toEqual(['a', 'b']);
  });
});
