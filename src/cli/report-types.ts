// The shapes the audit records in the browser and the report it writes with `--json <file>`.
// The JSON report is public: a site's CI may read it, so fields are only ever added.

import type { ConfigIssue } from '../core/validate-config';
import type { SpellingNote } from './spelling';
import type { Suggestion } from './known-cookies';

/** The three visits made to each URL, each in a fresh browser context. */
export type Scenario = 'none' | 'accept' | 'reject';

/** A cookie as the browser holds it. */
export interface CookieRecord {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie (Playwright's convention). */
  expires: number;
}

/** A request the page made: `after` once the decision was clicked. */
export interface RequestRecord {
  url: string;
  phase: 'before' | 'after';
  /** Why the browser did not complete it, e.g. `csp` when the page's Content-Security-Policy blocked it. */
  failure?: string;
}

/** A gated tag found in the page before any decision: its resolved `data-src` and `data-category`. */
export interface GatedSource {
  src: string;
  category: string;
}

/** What one visit recorded. */
export interface Snapshot {
  scenario: Scenario;
  url: string;
  /** How the decision was made: the banner's button, the `window.cookiegate` API, or not at all. */
  decidedBy: 'button' | 'api' | 'none';
  /** Cookies just before the decision was clicked (empty for `none`). */
  cookiesBefore: CookieRecord[];
  /** Cookies once the page settled (after the decision, if any). */
  cookies: CookieRecord[];
  /** When `cookies` was read, in seconds since the epoch. */
  readAt: number;
  requests: RequestRecord[];
  localStorage: string[];
  gatedSources: GatedSource[];
  /** The config JSON found in the page (`#cookiegate-config` or `window.cookiegateConfig`), if any. */
  pageConfig?: string;
  warnings: string[];
}

/** A breach of the consent rules: any one makes the command exit with 1. */
export interface Violation {
  kind:
    | 'cookie-before-decision'
    | 'request-before-decision'
    | 'cookie-after-refusal'
    | 'survived-refusal'
    | 'request-after-refusal'
    // After "Accept all", the declaration is wrong (compliance.md G.29); not violations with --allow-undeclared.
    | 'undeclared-cookie'
    | 'outlives-declaration'
    | 'undeclared-domain';
  scenario: Scenario;
  message: string;
  cookie?: CookieRecord;
  /** The declared category of the cookie, or undefined for an undeclared one. */
  category?: string;
  request?: string;
  host?: string;
}

/** A cookie the browser held that no declaration matches. */
export interface UndeclaredCookie {
  name: string;
  domain: string;
  scenarios: Scenario[];
  suggestion?: Suggestion;
  /** A declared name it equals once leading underscores are normalised, e.g. `_utma` for `__utma`. */
  similarTo?: string;
}

/** A declaration no visit ever saw. */
export interface StaleDeclaration {
  name: string;
  category: string;
  /** Set when the row comes from a preset (e.g. Google Analytics) rather than the site's own list. */
  preset?: string;
}

/** A declared cookie found on a domain the declaration does not cover (another site's). */
export interface DomainFinding {
  name: string;
  domain: string;
  /** The sites the declaration covers: the page's own and those of its services' URLs. */
  covered: string[];
}

/** A cookie that lives longer than its declaration says. */
export interface LifetimeFinding {
  name: string;
  domain: string;
  declared: string;
  /** Remaining lifetime in seconds when read. */
  realSeconds: number;
  real: string;
}

/** Everything found for one URL. */
export interface Findings {
  violations: Violation[];
  undeclared: UndeclaredCookie[];
  stale: StaleDeclaration[];
  spelling: SpellingNote[];
  lifetimes: LifetimeFinding[];
  /** Declared lifetimes the audit could not read, e.g. "varies". */
  unreadableLifetimes: string[];
  /** Cookies on domains the declaration does not cover. */
  domains: DomainFinding[];
}

/** One visit as reported: what the page held and asked for. */
export interface ScenarioReport {
  scenario: Scenario;
  decidedBy: Snapshot['decidedBy'];
  cookies: CookieRecord[];
  /** Requests to hosts other than the page's. */
  thirdPartyRequests: string[];
  localStorage: string[];
  warnings: string[];
}

/** One audited URL. */
export interface PageReport {
  url: string;
  /** Where the declaration came from. */
  configSource: 'file' | 'page' | 'none';
  configErrors: ConfigIssue[];
  /** Hosts whose requests count as gated: `data-src` hosts of gated tags and Google's when configured. */
  gatedHosts: string[];
  /** Set when the page could not be audited (it did not load, or no config was found). */
  error?: string;
  scenarios: ScenarioReport[];
  findings: Findings;
}

/**
 * The machine-readable report `cookiegate audit --json <file>` writes.
 *
 * @example
 * const report: AuditReport = JSON.parse(readFileSync('audit.json', 'utf8'));
 * if (!report.ok) process.exit(1);
 */
export interface AuditReport {
  tool: 'cookiegate audit';
  version: 1;
  /** ISO 8601 time the audit started. */
  startedAt: string;
  /** True when no page has a violation or an error. */
  ok: boolean;
  /** The command's exit code: 0 clean, 1 violations, 2 a page could not be audited. */
  exitCode: 0 | 1 | 2;
  summary: {
    pages: number;
    violations: number;
    undeclared: number;
    stale: number;
    spelling: number;
    lifetimes: number;
    /** Declared cookies on domains the declaration does not cover. */
    domains: number;
    errors: number;
  };
  pages: PageReport[];
  /** Attribution of the Open Cookie Database, whose entries the suggestions quote. */
  notice: string;
}
