/**
 * Reads an HTTP `Cookie` request header (RFC 6265 section 5.4): `name=value` pairs joined by `; `.
 * No `document`, no state: a server reads each request's header on its own. js-cookie reads only
 * `document.cookie`, so it cannot serve here.
 */

/**
 * The value of one cookie in a `Cookie` header, or `undefined`. When a name occurs more than once the
 * first wins: browsers send cookies with longer paths first (RFC 6265 section 5.4, step 2), so the
 * first is the most specific, the one `document.cookie` and js-cookie would also give first.
 * Malformed pairs (no `=`, an empty name) are skipped, never thrown on.
 *
 * @example
 * readCookie('theme=dark; cookiegate=2|2021-03-01|…', 'cookiegate'); // '2|2021-03-01|…'
 */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  return parseCookieHeader(header).get(name);
}

/** Every cookie of a `Cookie` header, name → value, first occurrence of each name kept. */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (typeof header !== 'string') return cookies;
  // RFC 6265 section 4.2.1 separates pairs with "; "; a lenient reader (section 5.4 is what
  // browsers send, servers see more) splits on ";" and trims the optional whitespace.
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    const name = pair.slice(0, equals).trim();
    if (!name || cookies.has(name)) continue;
    cookies.set(name, unquote(pair.slice(equals + 1).trim()));
  }
  return cookies;
}

/** `cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE )`: the quotes are not part of it (section 4.1.1). */
function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
