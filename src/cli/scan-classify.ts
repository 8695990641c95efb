// From a cookie the scan saw to its line in the starter config: the vendor catalogue first, then
// cookiegate's own consent cookie, generic framework names (the site's own), the Open Cookie
// Database, and `"purpose": "TODO"` in the `unclassified` category for the rest (issue 18).

import type { CookieDeclaration } from '../core/config-types';
import { compileMatcher } from '../core/registry';
import type { ServicePreset } from '../core/preset';
import { catalogue } from '../presets/catalogue';
import { TODO, UNCLASSIFIED } from './check';
import { suggestCookie, THIS_SITE } from './known-cookies';
import { allowedSeconds, parseLifetime } from './lifetime';
import { siteOf } from './site';
import type { ClassificationSource, ScannedCookie } from './scan-types';

/** A starter config line, where it came from, and the catalogue service it belongs to. */
export interface Classified {
  line: CookieDeclaration;
  source: ClassificationSource;
  service?: ServicePreset;
}

/** The category ids the Open Cookie Database's categories become in a config. */
const CATEGORY_OF: Record<string, string> = {
  necessary: 'necessary',
  security: 'necessary',
  functional: 'functional',
  personalization: 'functional',
  analytics: 'analytics',
  marketing: 'marketing',
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A lifetime rounded up to a readable unit, so the declaration never understates it. */
export function formatLifetimeUp(seconds: number): string {
  const pick = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds >= 2 * DAY) return pick(Math.ceil(seconds / DAY), 'day');
  if (seconds >= 2 * HOUR) return pick(Math.ceil(seconds / HOUR), 'hour');
  if (seconds >= 2 * MINUTE) return pick(Math.ceil(seconds / MINUTE), 'minute');
  return pick(Math.max(1, Math.ceil(seconds)), 'second');
}

/**
 * The expiry to declare: the documented one when the real cookie fits within it (the audit's
 * tolerance included), else the real lifetime, so the audit never finds the line too short.
 */
export function declaredExpiry(documented: string | undefined, lifetime: ScannedCookie['lifetime']): string {
  if (lifetime === 'session') return documented ?? 'session';
  const allowed = documented === undefined ? null : allowedSeconds(parseLifetime(documented));
  return documented !== undefined && allowed !== null && allowed >= lifetime ? documented : formatLifetimeUp(lifetime);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `foo_8f3a9c12` → `foo_<id>` with a pattern, so one line covers every id; other names stay exact. */
export function generalise(name: string): Pick<CookieDeclaration, 'name' | 'pattern'> {
  const match = /^(.*?[_.-])([0-9a-f]{6,}|\d{3,})$/i.exec(name);
  if (!match) return { name };
  return { name: `${match[1]}<id>`, pattern: `${escapeRegExp(match[1])}[0-9A-Za-z]+` };
}

function fromCatalogue(cookie: ScannedCookie): Classified | undefined {
  for (const service of catalogue) {
    const row = service.cookies.find((candidate) => compileMatcher(candidate.name, candidate.pattern)(cookie.name));
    if (!row) continue;
    const { name, pattern, provider, purpose, content, expires } = row;
    // Key order as a person writes a line: name, pattern, category, provider, purpose, content, expires.
    const line = {
      name,
      ...(pattern ? { pattern } : {}),
      category: service.category,
      provider,
      purpose,
      ...(content ? { content } : {}),
      expires: declaredExpiry(expires, cookie.lifetime),
    };
    return { line, source: 'catalogue', service };
  }
  return undefined;
}

function providerOf(cookie: ScannedCookie): string {
  return cookie.thirdParty ? siteOf(cookie.domain) : THIS_SITE;
}

function fromSuggestion(cookie: ScannedCookie): Classified | undefined {
  const suggestion = suggestCookie(cookie.name);
  if (!suggestion) return undefined;
  const generic = suggestion.source === 'generic name';
  const names = suggestion.prefix
    ? { name: `${suggestion.prefix}<id>`, pattern: `${escapeRegExp(suggestion.prefix)}.*` }
    : { name: cookie.name };
  const line: CookieDeclaration = {
    ...names,
    category: CATEGORY_OF[suggestion.category] ?? UNCLASSIFIED,
    // A generic name on another site's domain is that site's, not ours (issue 18).
    provider: generic ? providerOf(cookie) : suggestion.provider,
    purpose: suggestion.description,
    expires: declaredExpiry(suggestion.expires, cookie.lifetime),
  };
  return { line, source: generic ? 'generic name' : 'Open Cookie Database' };
}

/**
 * Classifies one cookie for the starter config. `consentCookie` is cookiegate's own cookie name
 * when the site already runs cookiegate.
 *
 * @example
 * classifyCookie({ name: '_ga', … }, 'cookiegate'); // { source: 'catalogue', service: googleAnalytics, line: { … } }
 */
export function classifyCookie(cookie: ScannedCookie, consentCookie: string | undefined): Classified {
  if (cookie.name === consentCookie) {
    const line = {
      name: cookie.name,
      category: 'necessary',
      provider: `${THIS_SITE} (cookiegate)`,
      purpose: "Stores the visitor's cookie choices",
      expires: declaredExpiry(undefined, cookie.lifetime),
    };
    return { line, source: 'cookiegate' };
  }
  const known = fromCatalogue(cookie) ?? fromSuggestion(cookie);
  if (known) return known;
  const line = {
    ...generalise(cookie.name),
    category: UNCLASSIFIED,
    provider: providerOf(cookie),
    purpose: TODO,
    expires: declaredExpiry(undefined, cookie.lifetime),
  };
  return { line, source: 'TODO' };
}
