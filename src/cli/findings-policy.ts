// Does the declaration match reality (compliance.md G.29)? Undeclared cookies, declarations never
// seen, cookies that outlive their declared expiry, cookies on domains the declaration does not
// cover. After "Accept all" the first, third and fourth are violations unless --allow-undeclared.

import type { DeclaredCookie, NormalizedConfig } from '../core/config-types';
import { googleAnalyticsCookies, googleAnalyticsOf } from '../presets/google-analytics';
import { suggestCookie, type Suggestion } from './known-cookies';
import { exceedsDeclared, formatSeconds, parseLifetime } from './lifetime';
import { normaliseName, type SpellingNote } from './spelling';
import { bareHost, patternHost, siteOf } from './site';
import type {
  CookieRecord,
  DomainFinding,
  LifetimeFinding,
  Scenario,
  Snapshot,
  StaleDeclaration,
  UndeclaredCookie,
  Violation,
} from './report-types';

/** Every cookie the visits saw, once per name, with the visits that saw it. */
export type SeenCookies = Map<string, { cookie: CookieRecord; scenarios: Scenario[] }>;

/** Where Google's tag loads from and sends hits to, covered when the config runs Google Analytics. */
const GOOGLE_SITES = ['googletagmanager.com', 'google-analytics.com', 'google.com', 'doubleclick.net'];

/** True for the declarations the Google Analytics preset added, as opposed to the site's own lines. */
export function isPresetDeclaration(declaration: DeclaredCookie): boolean {
  return googleAnalyticsCookies.some(
    (preset) => preset.name === declaration.name && preset.purpose === declaration.purpose,
  );
}

export function seenCookies(snapshots: readonly Snapshot[]): SeenCookies {
  const seen: SeenCookies = new Map();
  for (const snap of snapshots) {
    for (const cookie of [...snap.cookiesBefore, ...snap.cookies]) {
      const entry = seen.get(cookie.name) ?? { cookie, scenarios: [] };
      if (!entry.scenarios.includes(snap.scenario)) entry.scenarios.push(snap.scenario);
      seen.set(cookie.name, entry);
    }
  }
  return seen;
}

/** The suggestion for cookiegate's own consent cookie, which sites often forget to declare. */
function consentCookieSuggestion(config: NormalizedConfig): Suggestion {
  return {
    category: config.categories.find((category) => category.required)?.id ?? 'necessary',
    provider: 'This site (cookiegate)',
    description: "Stores the visitor's cookie choices",
    expires: `${config.cookie.days} days`,
    source: 'cookiegate preset',
  };
}

export function undeclaredCookies(config: NormalizedConfig, seen: SeenCookies): UndeclaredCookie[] {
  const own = config.cookies.filter((declaration) => !isPresetDeclaration(declaration));
  const undeclared: UndeclaredCookie[] = [];
  for (const [name, { cookie, scenarios }] of seen) {
    if (config.cookies.some((declaration) => declaration.match(name))) continue;
    const similar = own.find((declaration) => normaliseName(declaration.name) === normaliseName(name));
    const suggestion = name === config.cookie.name ? consentCookieSuggestion(config) : suggestCookie(name);
    undeclared.push({
      name,
      domain: cookie.domain,
      scenarios,
      suggestion,
      ...(similar ? { similarTo: similar.name } : {}),
    });
  }
  return undeclared;
}

/** Declarations no visit saw, preset rows included (marked), except the ones a spelling note explains. */
export function staleDeclarations(
  config: NormalizedConfig,
  seen: SeenCookies,
  spelling: readonly SpellingNote[],
): StaleDeclaration[] {
  const names = [...seen.keys()];
  return config.cookies
    .filter(
      (declaration) =>
        !names.some((name) => declaration.match(name)) && !spelling.some((note) => note.declared === declaration.name),
    )
    .map((declaration) => ({
      name: declaration.name,
      category: declaration.category,
      ...(isPresetDeclaration(declaration) ? { preset: 'googleAnalytics' } : {}),
    }));
}

/** Keeps the longest over-long lifetime per cookie name and domain. */
function keepLongest(findings: LifetimeFinding[], finding: LifetimeFinding): void {
  const prior = findings.find((known) => known.name === finding.name && known.domain === finding.domain);
  if (prior && prior.realSeconds >= finding.realSeconds) return;
  if (prior) findings.splice(findings.indexOf(prior), 1);
  findings.push(finding);
}

/** Cookies kept longer than declared: min(declared, Chrome's 400 days) plus a little slack (lifetime.ts). */
export function lifetimeFindings(
  config: NormalizedConfig,
  snapshots: readonly Snapshot[],
): { lifetimes: LifetimeFinding[]; unreadable: string[] } {
  const lifetimes: LifetimeFinding[] = [];
  const unreadable = new Set<string>();
  for (const snap of snapshots) {
    for (const cookie of snap.cookies) {
      const declaration = config.cookies.find((candidate) => candidate.match(cookie.name));
      if (!declaration) continue;
      const declared = parseLifetime(declaration.expires);
      if (declared.kind === 'unknown') unreadable.add(`${declaration.name}: "${declaration.expires}"`);
      const { real, exceeds } = exceedsDeclared(cookie.expires, snap.readAt, declared);
      if (!exceeds || real === 'session') continue;
      const seconds = Math.round(real);
      keepLongest(lifetimes, {
        name: cookie.name,
        domain: cookie.domain,
        declared: declaration.expires,
        realSeconds: seconds,
        real: formatSeconds(real),
      });
    }
  }
  return { lifetimes, unreadable: [...unreadable] };
}

/**
 * The sites a declaration covers: the page's own, those its services load from (`urls`, when the
 * config has them) and Google's when it runs Google Analytics.
 */
export function coveredSites(config: NormalizedConfig, pageHost: string): string[] {
  const sites = new Set([siteOf(pageHost)]);
  for (const service of config.services) {
    for (const url of service.urls) sites.add(siteOf(patternHost(url)));
  }
  if (googleAnalyticsOf(config)) GOOGLE_SITES.forEach((site) => sites.add(site));
  return [...sites].filter(Boolean);
}

/** Declared cookies that a visit found on another site's domain than the declaration covers. */
export function domainFindings(
  config: NormalizedConfig,
  snapshots: readonly Snapshot[],
  pageHost: string,
): DomainFinding[] {
  const covered = coveredSites(config, pageHost);
  const findings: DomainFinding[] = [];
  for (const cookie of snapshots.flatMap((snap) => snap.cookies)) {
    if (!config.cookies.some((declaration) => declaration.match(cookie.name))) continue;
    if (covered.includes(siteOf(cookie.domain))) continue;
    if (findings.some((known) => known.name === cookie.name && known.domain === cookie.domain)) continue;
    findings.push({ name: cookie.name, domain: bareHost(cookie.domain), covered });
  }
  return findings;
}

/** The policy findings that fail the audit: each undeclared cookie "Accept all" set, each over-long lifetime, each uncovered domain. */
export function policyViolations(
  undeclared: readonly UndeclaredCookie[],
  lifetimes: readonly LifetimeFinding[],
  domains: readonly DomainFinding[],
): Violation[] {
  const scenario: Scenario = 'accept';
  return [
    ...undeclared
      .filter((cookie) => cookie.scenarios.includes('accept'))
      .map((cookie): Violation => ({
        kind: 'undeclared-cookie',
        scenario,
        message: `undeclared cookie ${cookie.name} set after "Accept all", on ${cookie.domain}`,
      })),
    ...lifetimes.map((cookie): Violation => ({
      kind: 'outlives-declaration',
      scenario,
      message: `cookie ${cookie.name} on ${cookie.domain} lives ${cookie.real}, declared "${cookie.declared}"`,
    })),
    ...domains.map((cookie): Violation => ({
      kind: 'undeclared-domain',
      scenario,
      message: `cookie ${cookie.name} on ${cookie.domain}: the declaration covers ${cookie.covered.join(', ')} only`,
    })),
  ];
}
