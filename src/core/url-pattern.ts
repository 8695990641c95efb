/** Characters with a meaning in a regular expression, escaped so a pattern matches them literally. */
const SPECIAL = /[.+?^${}()|[\]\\/-]/g;

/**
 * The regular expression of one URL pattern: `*` matches any run of characters (none included),
 * everything else matches itself, and the whole absolute URL must match; `https://` and `http://`
 * match either scheme.
 */
export function urlPatternSource(pattern: string): string {
  const source = pattern
    .split('*')
    .map((part) => part.replace(SPECIAL, '\\$&'))
    .join('.*');
  // Fail closed: a page served over http loads the same vendor's tags over http (ga.js's classic
  // snippet picks `http://www.` there), so an `https://` pattern holds the `http://` URL too.
  return source.replace(/^https?:\\\/\\\//, 'https?:\\/\\/');
}

/**
 * A test of absolute URLs against URL patterns (`https://www.youtube.com/embed/*`): true when
 * one of them matches the whole URL. No pattern matches nothing.
 *
 * @example
 * const google = compileUrlPatterns(['https://www.googletagmanager.com/gtag/js*']);
 * google('https://www.googletagmanager.com/gtag/js?id=G-X'); // true
 */
export function compileUrlPatterns(patterns: readonly string[]): (url: string) => boolean {
  if (patterns.length === 0) return () => false;
  const expression = new RegExp(`^(?:${patterns.map(urlPatternSource).join('|')})$`);
  return (url) => expression.test(url);
}
