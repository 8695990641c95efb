import type { DeclaredCookie, NormalizedConfig } from './config-types';

/**
 * Builds the name test for one declaration. A `pattern` is a regular-expression source matched
 * against the whole name; without one the name must match exactly. Throws on an invalid pattern,
 * which config validation reports as a config error.
 */
export function compileMatcher(name: string, pattern?: string): (cookieName: string) => boolean {
  if (pattern === undefined) return (cookieName) => cookieName === name;
  const re = new RegExp(`^(?:${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`);
  return (cookieName) => re.test(cookieName);
}

/** Answers questions about the cookie declaration of one config. */
export interface Registry {
  /** The declaration that matches a cookie name, or undefined for an undeclared cookie. */
  find(cookieName: string): DeclaredCookie | undefined;
  /** The declarations of one category, in config order. */
  of(category: string): readonly DeclaredCookie[];
  /** Every category that declares a cookie name (usually one). */
  categoriesOf(cookieName: string): string[];
}

export function createRegistry(config: NormalizedConfig): Registry {
  return {
    find: (cookieName) => config.cookies.find((c) => c.match(cookieName)),
    of: (category) => config.cookies.filter((c) => c.category === category),
    categoriesOf: (cookieName) => [
      ...new Set(config.cookies.filter((c) => c.match(cookieName)).map((c) => c.category)),
    ],
  };
}
