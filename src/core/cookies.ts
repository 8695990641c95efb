import Cookies from 'js-cookie';

/**
 * The only code that touches `document.cookie`, through js-cookie as published. js-cookie works on
 * the global `document` (it takes no other), so cookie I/O always concerns the page the library
 * runs in. Every call is guarded: sandboxed frames and some privacy settings throw on
 * `document.cookie`, and a server has no `document` at all.
 */

/** Attributes of a cookie the library writes. */
export interface CookieAttributes {
  readonly path: string;
  readonly domain?: string;
  readonly sameSite: 'Lax' | 'Strict' | 'None';
  readonly secure: boolean;
}

/** One named cookie with fixed attributes: the consent cookie. */
export interface CookieJar {
  /** The value, or undefined when there is none or cookies are blocked. */
  get(): string | undefined;
  /** Writes the value for `days` days. */
  set(value: string, days: number): void;
  remove(): void;
}

/**
 * Values pass through unchanged: the record codec writes cookie-octets only (RFC 6265 section
 * 4.1.1), so js-cookie's percent-encoding would only make them longer.
 */
const identity = { read: (value: string) => value, write: (value: string) => value };

function guarded<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** A frozen API for one cookie name and its attributes (js-cookie's `withAttributes`). */
export function cookieJar(name: string, attributes: CookieAttributes): CookieJar {
  const api = Cookies.withAttributes({ ...attributes }).withConverter(identity);
  return Object.freeze({
    get: () => guarded(() => api.get(name), undefined),
    set: (value: string, days: number) => {
      guarded(() => api.set(name, value, { expires: days }), undefined);
    },
    remove: () => {
      guarded(() => api.remove(name), undefined);
    },
  });
}

/** The names of every cookie the page can see (none when cookies are blocked). */
export function cookieNames(): string[] {
  return guarded(() => Object.keys(Cookies.withConverter(identity).get()), []);
}

/** Deletes one cookie set with this domain (undefined: host-only) and path. */
export function removeCookie(name: string, where: { path: string; domain?: string; secure: boolean }): void {
  guarded(() => {
    Cookies.withConverter(identity).remove(name, where);
  }, undefined);
}
