// The server entry: reads a visitor's decision from a request's `Cookie` header, with the browser's
// codec and fail-closed rules. No document, no module state: safe under concurrent requests.
import type { ConsentConfig } from './config';
import type { ConfigIssue } from './core/config-fields';
import { readCookie } from './core/cookie-header';
import { grants, type ConsentRecord } from './core/record';
import { decodeRecord } from './core/record-codec';
import { validateConfig } from './core/validate-config';
import { shippedPresets } from './presets/shipped';

export type { ConsentConfig } from './config';
export type { ConfigIssue } from './core/config-fields';
export type { ConsentRecord } from './core/record';

/** Where the `Cookie` header comes from: the header itself, a Fetch `Request` or `Headers`, or nothing. */
export type CookieSource =
  | string
  | { readonly headers: { get(name: string): string | null } }
  | { get(name: string): string | null }
  | null
  | undefined;

/** A visitor's decision as the server reads it. `C` and `S` are the config's category and service ids. */
export interface ServerConsent<C extends string = string, S extends string = string> {
  /** The stored decision, or `null` (no cookie, malformed, expired, another revision, or an invalid config). */
  readonly record: ConsentRecord | null;
  /** Whether a category or a service is granted, exactly as `consent.has(id)` answers in the browser. */
  has(id: C | S): boolean;
  /** Config errors; when there are any, nothing beyond the required categories is granted. */
  readonly errors: readonly ConfigIssue[];
}

/** Options of {@link readConsent}. */
export interface ReadConsentOptions {
  /** The time to judge expiry by, in milliseconds since the epoch. Default `Date.now()`. */
  now?: number;
  /** Where config errors are reported. Default `console`. */
  console?: Pick<Console, 'error'>;
}

/** The `Cookie` header of a source, duck-typed so that any Fetch implementation's objects work. */
function cookieHeader(source: CookieSource): string | undefined {
  if (typeof source === 'string') return source;
  if (!source || typeof source !== 'object') return undefined;
  const headers = 'headers' in source ? source.headers : source;
  return typeof headers.get === 'function' ? (headers.get('cookie') ?? undefined) : undefined;
}

/**
 * Reads the decision stored in the consent cookie of a request, validated against `config` as the
 * browser does (the shipped presets' keys included), so server and browser reach the same decision
 * (DESIGN.md behaviour 11). Fails closed: a malformed, forged, expired or other-revision cookie is no
 * decision, and an invalid config grants nothing beyond the required categories, with its errors
 * returned and logged. Every call is independent: nothing is kept between requests.
 *
 * @example
 * import { readConsent } from 'cookiegate/server';
 * const { has } = readConsent(request, config); // or req.headers.cookie in node:http
 * const analytics = has('analytics') ? '<script src="/analytics.js"></script>' : '';
 */
export function readConsent<const C extends string, const S extends string = never>(
  source: CookieSource,
  config: ConsentConfig<C, S>,
  options: ReadConsentOptions = {},
): ServerConsent<C, S> {
  const { config: normalized, errors } = validateConfig(config, { presets: shippedPresets });
  const out = options.console ?? console;
  for (const error of errors)
    out.error(`cookiegate: invalid config: ${error.path ? `${error.path}: ` : ''}${error.message}`);
  const value = readCookie(cookieHeader(source), normalized.cookie.name);
  // With config errors the browser reads no decision either (fail closed, DESIGN.md behaviour 6).
  const record = errors.length > 0 ? null : decodeRecord(value, normalized, options.now ?? Date.now());
  return { record, errors, has: (id) => grants(normalized, record, id) };
}
