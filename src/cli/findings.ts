// From what the three visits recorded to what is wrong with the site: pure functions, so every rule
// is tested without a browser.

import type { DeclaredCookie, NormalizedConfig } from '../core/config-types';
import { googleAnalyticsCookies, googleAnalyticsOf } from '../presets/google-analytics';
import { suggestCookie, type Suggestion } from './known-cookies';
import { exceedsDeclared, formatSeconds, parseLifetime } from './lifetime';
import { normaliseName, spellingNotes } from './spelling';
import type { CookieRecord, Findings, GatedSource, LifetimeFinding, Scenario, Snapshot, UndeclaredCookie, Violation } from './report-types';

/** Where Google's tag is fetched from and where it sends hits (DESIGN.md: `services.googleAnalytics`). */
const GOOGLE_HOSTS = ['googletagmanager.com', 'google-analytics.com'];

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** A host is covered by a listed one when it is that host or a subdomain of it. */
const coveredBy = (host: string, hosts: readonly string[]): boolean => hosts.some((h) => host === h || host.endsWith(`.${h}`));

/** The gated tags that must stay inert until a visitor consents: not `!category` and not required. */
function consentSources(config: NormalizedConfig, sources: readonly GatedSource[]): GatedSource[] {
  const required = new Set(config.categories.filter((c) => c.required).map((c) => c.id));
  return sources.filter((s) => !s.category.trim().startsWith('!') && !required.has(s.category.trim()));
}

/**
 * The hosts whose requests count as gated on a page: the `data-src` hosts of its gated tags other
 * than the page's own, and Google's when the config enables Google Analytics.
 */
export function gatedHosts(config: NormalizedConfig, sources: readonly GatedSource[], pageHost: string): string[] {
  const hosts = new Set<string>();
  for (const s of consentSources(config, sources)) {
    const host = hostOf(s.src);
    if (host && host !== pageHost) hosts.add(host);
  }
  if (googleAnalyticsOf(config)) {
    for (const h of GOOGLE_HOSTS) hosts.add(h);
    const src = googleAnalyticsOf(config)?.src && hostOf(new URL(googleAnalyticsOf(config)?.src ?? '', `http://${pageHost}/`).href);
    if (src && src !== pageHost) hosts.add(src);
  }
  return [...hosts];
}

/** True for the declarations the Google Analytics preset added, as opposed to the site's own lines. */
export function isPresetDeclaration(decl: DeclaredCookie): boolean {
  return googleAnalyticsCookies.some((p) => p.name === decl.name && p.purpose === decl.purpose);
}

const where = (c: CookieRecord) => `${c.domain}${c.path === '/' ? '' : ` path ${c.path}`}`;

/** The suggestion for cookiegate's own consent cookie, which sites often forget to declare. */
function consentCookieSuggestion(config: NormalizedConfig): Suggestion {
  return {
    category: config.categories.find((c) => c.required)?.id ?? 'necessary',
    provider: 'This site (cookiegate)',
    description: "Stores the visitor's cookie choices",
    expires: `${config.cookie.days} days`,
    source: 'cookiegate preset',
  };
}

/**
 * Compares the visits of one URL with its declaration. `snapshots` holds the `none`, `accept` and
 * `reject` visits (a missing one is skipped); `pageHost` is the host the page was served from.
 *
 * @example
 * const findings = computeFindings(validateConfig(json).config, [none, accept, reject], 'www.example.org.uk');
 * if (findings.violations.length) process.exitCode = 1;
 */
export function computeFindings(config: NormalizedConfig, snapshots: readonly Snapshot[], pageHost: string): Findings {
  const consentName = config.cookie.name;
  const required = new Set(config.categories.filter((c) => c.required).map((c) => c.id));
  const own = config.cookies.filter((d) => !isPresetDeclaration(d));
  const categoriesOf = (name: string) => [...new Set(config.cookies.filter((d) => d.match(name)).map((d) => d.category))];
  // A cookie is allowed without consent when it is the consent cookie or declared in a required category.
  const isRequired = (name: string) => name === consentName || categoriesOf(name).some((c) => required.has(c));

  const sources = snapshots.flatMap((s) => s.gatedSources);
  const hosts = gatedHosts(config, sources, pageHost);
  const gatedUrls = new Set(consentSources(config, sources).map((s) => s.src));
  const isGatedRequest = (url: string) => gatedUrls.has(url) || coveredBy(hostOf(url), hosts);

  const violations: Violation[] = [];
  const requestViolations = (snap: Snapshot, phase: 'before' | 'after', kind: Violation['kind'], when: string) => {
    const seen = new Set<string>();
    for (const r of snap.requests) {
      if (r.phase !== phase || seen.has(r.url) || !isGatedRequest(r.url)) continue;
      seen.add(r.url);
      const host = hostOf(r.url);
      const why = gatedUrls.has(r.url) ? 'the source of a gated tag' : 'a host of gated tags';
      const outcome = r.failure === 'csp'
        ? '; the page\'s Content-Security-Policy blocked it, but the code that asked is not gated'
        : r.failure ? `; it failed (${r.failure}), but the code that asked is not gated` : '';
      violations.push({ kind, scenario: snap.scenario, request: r.url, host, message: `request ${when} to ${host} (${why}${outcome}): ${r.url}` });
    }
  };

  const none = snapshots.find((s) => s.scenario === 'none');
  if (none) {
    for (const c of none.cookies) {
      if (isRequired(c.name)) continue;
      const category = categoriesOf(c.name)[0];
      violations.push({
        kind: 'cookie-before-decision', scenario: 'none', cookie: c, category,
        message: `cookie ${c.name} (${category ?? 'undeclared'}) set before any decision, on ${where(c)}`,
      });
    }
    requestViolations(none, 'before', 'request-before-decision', 'before any decision');
  }

  const reject = snapshots.find((s) => s.scenario === 'reject');
  // Without a refusal there is nothing to hold the page to; the crawl has already warned.
  if (reject && reject.decidedBy !== 'none') {
    for (const c of reject.cookies) {
      if (isRequired(c.name)) continue;
      const category = categoriesOf(c.name)[0];
      const before = reject.cookiesBefore.some((b) => b.name === c.name);
      if (category !== undefined) {
        violations.push({
          kind: 'survived-refusal', scenario: 'reject', cookie: c, category,
          message: before
            ? `cookie ${c.name} (${category}) survived "Reject all" (or was set again after clean-up), on ${where(c)}`
            : `cookie ${c.name} (${category}) set after "Reject all", on ${where(c)}`,
        });
      } else {
        violations.push({
          kind: 'cookie-after-refusal', scenario: 'reject', cookie: c,
          message: `undeclared cookie ${c.name} ${before ? 'left behind by' : 'set after'} "Reject all" (clean-up only knows declared cookies), on ${where(c)}`,
        });
      }
    }
    requestViolations(reject, 'after', 'request-after-refusal', 'after "Reject all"');
  }

  // Every cookie any visit saw, once per name, with the visits that saw it.
  const seenCookies = new Map<string, { cookie: CookieRecord; scenarios: Scenario[] }>();
  for (const snap of snapshots) {
    for (const c of [...snap.cookiesBefore, ...snap.cookies]) {
      const entry = seenCookies.get(c.name) ?? { cookie: c, scenarios: [] };
      if (!entry.scenarios.includes(snap.scenario)) entry.scenarios.push(snap.scenario);
      seenCookies.set(c.name, entry);
    }
  }
  const seenNames = [...seenCookies.keys()];

  const spelling = spellingNotes(own, seenNames);
  const undeclared: UndeclaredCookie[] = [];
  for (const [name, { cookie, scenarios }] of seenCookies) {
    if (categoriesOf(name).length) continue;
    const similar = own.find((d) => normaliseName(d.name) === normaliseName(name));
    undeclared.push({
      name, domain: cookie.domain, scenarios,
      suggestion: name === consentName ? consentCookieSuggestion(config) : suggestCookie(name),
      ...(similar ? { similarTo: similar.name } : {}),
    });
  }

  const stale = own
    .filter((d) => !seenNames.some((n) => d.match(n)) && !spelling.some((s) => s.declared === d.name))
    .map((d) => ({ name: d.name, category: d.category }));

  const lifetimes: LifetimeFinding[] = [];
  const unreadable = new Set<string>();
  for (const snap of snapshots) {
    for (const c of snap.cookies) {
      const decl = config.cookies.find((d) => d.match(c.name));
      if (!decl) continue;
      const declared = parseLifetime(decl.expires);
      if (declared.kind === 'unknown') unreadable.add(`${decl.name}: "${decl.expires}"`);
      const { real, exceeds } = exceedsDeclared(c.expires, snap.readAt, declared);
      if (!exceeds || real === 'session') continue;
      const prior = lifetimes.find((l) => l.name === c.name && l.domain === c.domain);
      if (prior && prior.realSeconds >= real) continue;
      if (prior) lifetimes.splice(lifetimes.indexOf(prior), 1);
      lifetimes.push({ name: c.name, domain: c.domain, declared: decl.expires, realSeconds: Math.round(real), real: formatSeconds(real) });
    }
  }

  return { violations, undeclared, stale, spelling, lifetimes, unreadableLifetimes: [...unreadable] };
}
