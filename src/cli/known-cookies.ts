// Suggestions for cookies a site sets but did not declare: first cookiegate's own presets (the
// names Google Analytics really writes), then the Open Cookie Database.

import { compileMatcher } from '../core/registry';
import { googleAnalyticsCookies } from '../presets/google-analytics';
import { genericCookie } from './generic-cookies';
import { CATEGORIES, ENTRIES, PLATFORMS, type OpenCookieEntry } from './open-cookie-database';

/** The provider of a generic session, login or form cookie: the site itself, never a vendor. */
export const THIS_SITE = 'This site';

/** What a well-known cookie probably is: enough to draft its line in the declaration. */
export interface Suggestion {
  /** A category id in cookiegate's usual vocabulary: `analytics`, `marketing`, `functional`, … */
  category: string;
  provider: string;
  description: string;
  /** The lifetime the source documents, e.g. "2 years". */
  expires: string;
  source: 'cookiegate preset' | 'generic name' | 'Open Cookie Database';
  /** Set when the database knows the name only as a prefix (e.g. `_hjSession_`): the line needs a pattern. */
  prefix?: string;
}

const presets = googleAnalyticsCookies.map((p) => ({ ...p, match: compileMatcher(p.name, p.pattern) }));

/** The database indexed by exact name, lower-cased name and prefix; built on first use. */
interface Tables {
  exact: Map<string, OpenCookieEntry>;
  lowerExact: Map<string, OpenCookieEntry>;
  prefixes: OpenCookieEntry[];
}
let tables: Tables | undefined;

function index(): Tables {
  if (tables) return tables;
  const exact = new Map<string, OpenCookieEntry>();
  const lowerExact = new Map<string, OpenCookieEntry>();
  const prefixes: OpenCookieEntry[] = [];
  for (const e of ENTRIES) {
    if (e[5] === 1) prefixes.push(e);
    // The first entry for a name wins: the database lists the most common platform first.
    if (!exact.has(e[0])) exact.set(e[0], e);
    if (!lowerExact.has(e[0].toLowerCase())) lowerExact.set(e[0].toLowerCase(), e);
  }
  // Longest prefix first, so `_ga_` wins over `_g` for `_ga_ABC123`.
  prefixes.sort((a, b) => b[0].length - a[0].length);
  tables = { exact, lowerExact, prefixes };
  return tables;
}

function fromEntry(e: OpenCookieEntry): Suggestion {
  return {
    category: (CATEGORIES[e[2]] ?? 'unknown').toLowerCase(),
    provider: PLATFORMS[e[1]] ?? 'unknown',
    description: e[3],
    expires: e[4],
    source: 'Open Cookie Database',
  };
}

/**
 * A suggested declaration for a cookie name, or undefined when no table knows it. Exact names win
 * over prefixes; the cookiegate presets win over the database, since they carry Google's own
 * lifetimes and match both spellings of the ga.js names; generic framework names (`sessionid`,
 * `PHPSESSID`, …) are the site's own before the database can name a vendor for them.
 *
 * @example
 * suggestCookie('_gid'); // { category: 'analytics', provider: 'Google', expires: '24 hours', … }
 */
export function suggestCookie(name: string): Suggestion | undefined {
  const preset = presets.find((p) => p.match(name));
  if (preset) {
    return {
      category: 'analytics',
      provider: preset.provider,
      description: preset.purpose,
      expires: preset.expires,
      source: 'cookiegate preset',
    };
  }
  const { exact, lowerExact, prefixes } = index();
  const generic = genericCookie(name);
  if (generic && !(generic.loose && exact.has(name))) {
    return {
      category: generic.category,
      provider: THIS_SITE,
      description: generic.description,
      expires: generic.expires,
      source: 'generic name',
    };
  }
  const exactHit = exact.get(name) ?? lowerExact.get(name.toLowerCase());
  if (exactHit) return fromEntry(exactHit);
  const prefixHit = prefixes.find((e) => name.startsWith(e[0]));
  return prefixHit && { ...fromEntry(prefixHit), prefix: prefixHit[0] };
}
