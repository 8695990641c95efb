// The consent rules: nothing non-essential before a decision, nothing refused after "Reject all"
// (compliance.md sections A and B). Pure functions over the recorded visits.

import type { NormalizedConfig } from '../core/config-types';
import type { CookieRecord, GatedSource, Snapshot, Violation } from './report-types';
import { hostOf } from './site';

/** What the consent rules need to know about a page and its declaration. */
export interface ConsentContext {
  /** True for cookies allowed without consent: the consent cookie and required categories. */
  isRequired(name: string): boolean;
  /** The declared categories of a cookie name. */
  categoriesOf(name: string): string[];
  /** True for a request to a gated tag's URL or to a host of gated tags. */
  isGatedRequest(url: string): boolean;
  /** True for the exact URL of a gated tag. */
  isGatedSource(url: string): boolean;
}

/** Where a cookie lives, for messages: `example.org.uk` or `example.org.uk path /shop`. */
export const where = (cookie: CookieRecord) => `${cookie.domain}${cookie.path === '/' ? '' : ` path ${cookie.path}`}`;

/** The gated tags that must stay inert until a visitor consents: not `!category` and not required. */
export function consentSources(config: NormalizedConfig, sources: readonly GatedSource[]): GatedSource[] {
  const required = new Set(config.categories.filter((category) => category.required).map((category) => category.id));
  return sources.filter((source) => !source.category.trim().startsWith('!') && !required.has(source.category.trim()));
}

function outcomeOf(failure: string | undefined): string {
  if (failure === 'csp') return "; the page's Content-Security-Policy blocked it, but the code that asked is not gated";
  return failure ? `; it failed (${failure}), but the code that asked is not gated` : '';
}

/** One violation per gated URL requested in the given phase of a visit. */
function requestViolations(
  context: ConsentContext,
  snap: Snapshot,
  phase: 'before' | 'after',
  when: string,
): Violation[] {
  const kind = phase === 'before' ? 'request-before-decision' : 'request-after-refusal';
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const request of snap.requests) {
    if (request.phase !== phase || seen.has(request.url) || !context.isGatedRequest(request.url)) continue;
    seen.add(request.url);
    const host = hostOf(request.url);
    const why = context.isGatedSource(request.url) ? 'the source of a gated tag' : 'a host of gated tags';
    const message = `request ${when} to ${host} (${why}${outcomeOf(request.failure)}): ${request.url}`;
    violations.push({ kind, scenario: snap.scenario, request: request.url, host, message });
  }
  return violations;
}

/** Cookies and gated requests before any decision (ICO, PECR reg. 6: consent comes first). */
export function beforeDecision(context: ConsentContext, none: Snapshot): Violation[] {
  const cookies = none.cookies
    .filter((cookie) => !context.isRequired(cookie.name))
    .map((cookie): Violation => {
      const category = context.categoriesOf(cookie.name)[0] as string | undefined;
      const message = `cookie ${cookie.name} (${category ?? 'undeclared'}) set before any decision, on ${where(cookie)}`;
      return { kind: 'cookie-before-decision', scenario: 'none', cookie, category, message };
    });
  return [...cookies, ...requestViolations(context, none, 'before', 'before any decision')];
}

function refusedCookie(context: ConsentContext, reject: Snapshot, cookie: CookieRecord): Violation {
  const category = context.categoriesOf(cookie.name)[0] as string | undefined;
  const before = reject.cookiesBefore.some((held) => held.name === cookie.name);
  if (category === undefined) {
    const how = before ? 'left behind by' : 'set after';
    const message = `undeclared cookie ${cookie.name} ${how} "Reject all" (clean-up only knows declared cookies), on ${where(cookie)}`;
    return { kind: 'cookie-after-refusal', scenario: 'reject', cookie, message };
  }
  const message = before
    ? `cookie ${cookie.name} (${category}) survived "Reject all" (or was set again after clean-up), on ${where(cookie)}`
    : `cookie ${cookie.name} (${category}) set after "Reject all", on ${where(cookie)}`;
  return { kind: 'survived-refusal', scenario: 'reject', cookie, category, message };
}

/** Refused cookies still held and gated requests made after "Reject all" (GDPR art. 7(3)). */
export function afterRefusal(context: ConsentContext, reject: Snapshot): Violation[] {
  // Without a refusal there is nothing to hold the page to; the crawl has already warned.
  if (reject.decidedBy === 'none') return [];
  const cookies = reject.cookies
    .filter((cookie) => !context.isRequired(cookie.name))
    .map((cookie) => refusedCookie(context, reject, cookie));
  return [...cookies, ...requestViolations(context, reject, 'after', 'after "Reject all"')];
}
