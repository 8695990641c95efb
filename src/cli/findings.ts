// From what the three visits recorded to what is wrong with the site: pure functions, so every rule
// is tested without a browser. The consent rules live in findings-consent.ts, the declaration's
// match with reality in findings-policy.ts.

import type { NormalizedConfig } from '../core/config-types';
import { afterRefusal, beforeDecision, consentSources, type ConsentContext } from './findings-consent';
import {
  domainFindings,
  isPresetDeclaration,
  lifetimeFindings,
  policyViolations,
  seenCookies,
  staleDeclarations,
  undeclaredCookies,
} from './findings-policy';
import { spellingNotes } from './spelling';
import { googleAnalyticsOf } from '../presets/google-analytics';
import { hostOf } from './site';
import type { Findings, GatedSource, Snapshot } from './report-types';

export { isPresetDeclaration } from './findings-policy';

/** Where Google's tag is fetched from and where it sends hits (DESIGN.md: `services.googleAnalytics`). */
const GOOGLE_HOSTS = ['googletagmanager.com', 'google-analytics.com'];

/** A host is covered by a listed one when it is that host or a subdomain of it. */
const coveredBy = (host: string, hosts: readonly string[]): boolean =>
  hosts.some((listed) => host === listed || host.endsWith(`.${listed}`));

/** What the audit may accept that a strict run would not. */
export interface FindingOptions {
  /** Undeclared, over-long and off-domain cookies after "Accept all" are reported, not violations. */
  allowUndeclared?: boolean;
}

/**
 * The hosts whose requests count as gated on a page: the `data-src` hosts of its gated tags other
 * than the page's own, and Google's when the config enables Google Analytics.
 */
export function gatedHosts(config: NormalizedConfig, sources: readonly GatedSource[], pageHost: string): string[] {
  const hosts = new Set<string>();
  for (const source of consentSources(config, sources)) {
    const host = hostOf(source.src);
    if (host && host !== pageHost) hosts.add(host);
  }
  const googleAnalytics = googleAnalyticsOf(config);
  if (googleAnalytics) {
    GOOGLE_HOSTS.forEach((host) => hosts.add(host));
    const src = googleAnalytics.src && hostOf(new URL(googleAnalytics.src, `http://${pageHost}/`).href);
    if (src && src !== pageHost) hosts.add(src);
  }
  return [...hosts];
}

function consentContext(config: NormalizedConfig, snapshots: readonly Snapshot[], pageHost: string): ConsentContext {
  const required = new Set(config.categories.filter((category) => category.required).map((category) => category.id));
  const categoriesOf = (name: string) => [
    ...new Set(
      config.cookies.filter((declaration) => declaration.match(name)).map((declaration) => declaration.category),
    ),
  ];
  const sources = snapshots.flatMap((snap) => snap.gatedSources);
  const hosts = gatedHosts(config, sources, pageHost);
  const gatedUrls = new Set(consentSources(config, sources).map((source) => source.src));
  return {
    categoriesOf,
    // Allowed without consent: the consent cookie and cookies declared in a required category.
    isRequired: (name) => name === config.cookie.name || categoriesOf(name).some((category) => required.has(category)),
    isGatedSource: (url) => gatedUrls.has(url),
    isGatedRequest: (url) => gatedUrls.has(url) || coveredBy(hostOf(url), hosts),
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
export function computeFindings(
  config: NormalizedConfig,
  snapshots: readonly Snapshot[],
  pageHost: string,
  options: FindingOptions = {},
): Findings {
  const context = consentContext(config, snapshots, pageHost);
  const none = snapshots.find((snap) => snap.scenario === 'none');
  const reject = snapshots.find((snap) => snap.scenario === 'reject');
  const seen = seenCookies(snapshots);
  // Spelling notes concern the site's own lines: a preset spells names as the browser does.
  const spelling = spellingNotes(
    config.cookies.filter((declaration) => !isPresetDeclaration(declaration)),
    seen.keys(),
  );
  const undeclared = undeclaredCookies(config, seen);
  const { lifetimes, unreadable } = lifetimeFindings(config, snapshots);
  const domains = domainFindings(config, snapshots, pageHost);
  const violations = [
    ...(none ? beforeDecision(context, none) : []),
    ...(reject ? afterRefusal(context, reject) : []),
    ...(options.allowUndeclared ? [] : policyViolations(undeclared, lifetimes, domains)),
  ];
  const stale = staleDeclarations(config, seen, spelling);
  return { violations, undeclared, stale, spelling, lifetimes, unreadableLifetimes: unreadable, domains };
}
