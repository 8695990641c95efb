// What `cookiegate scan` records while it visits a site, and the report it writes with `--json`.
// The JSON report is public: fields are only ever added.

/** A cookie the browser held, with where and how it was first seen. */
export interface ScannedCookie {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie (Playwright's convention). */
  expires: number;
  /** Remaining lifetime in seconds when first read, or `session`. */
  lifetime: number | 'session';
  /** True when the cookie's domain is another site than the scanned one. */
  thirdParty: boolean;
  /** The page on which it was first seen. */
  firstSeen: string;
  /** True when it was already there before "Accept all" was clicked. */
  beforeConsent: boolean;
  /** The script that wrote it (document.cookie) or the response that set it (Set-Cookie), when known. */
  setBy?: string;
}

/** A localStorage or sessionStorage key. */
export interface ScannedStorageKey {
  key: string;
  storage: 'localStorage' | 'sessionStorage';
  firstSeen: string;
}

/** A third-party script or iframe the site loaded. */
export interface ScannedResource {
  url: string;
  type: 'script' | 'iframe';
  firstSeen: string;
  /** True when it loaded before "Accept all" was clicked. */
  beforeConsent: boolean;
  /** The script that asked for it, from the DevTools protocol, when known. */
  initiator?: string;
}

/** What one page visit found. */
export interface ScannedPage {
  url: string;
  error?: string;
  /** How the visitor accepted: the banner's button, the `window.cookiegate` API, or not at all (already decided). */
  accepted: 'button' | 'api' | 'none';
  /** Scripts and iframes of the page that wait for consent in gated markup (`data-src`). */
  gatedSources: string[];
  /** Every script URL (first- and third-party) the page loaded before "Accept all". */
  scriptsBeforeConsent: string[];
  /** Same-site links found in the page. */
  links: string[];
  /** A link to a privacy or cookie page, if the page has one. */
  policyLink?: string;
  /** The name of cookiegate's consent cookie when the page carries a cookiegate config. */
  consentCookie?: string;
}

/** Everything one scan recorded. */
export interface ScanRecording {
  startUrl: string;
  pages: ScannedPage[];
  cookies: ScannedCookie[];
  storage: ScannedStorageKey[];
  resources: ScannedResource[];
  /** Every request URL (for measurement ids and service recognition). */
  requests: string[];
}

/** Where a starter config line came from. */
export type ClassificationSource = 'catalogue' | 'generic name' | 'Open Cookie Database' | 'cookiegate' | 'TODO';

/** What needs a human, and what the pages need, as the summary and the JSON report list them. */
export interface ScanAdvice {
  /** Each `TODO` left in the config. */
  todos: string[];
  /** Per page: which tags need gated markup or `autoBlock`. */
  gating: { page: string; advice: string[] }[];
  /** Non-essential cookies set before "Accept all": the site sets them without consent. */
  beforeConsent: string[];
}

/**
 * The machine-readable report `cookiegate scan --json <file>` writes.
 *
 * @example
 * const report: ScanReport = JSON.parse(readFileSync('scan.json', 'utf8'));
 * console.log(report.classified);
 */
export interface ScanReport extends ScanRecording {
  tool: 'cookiegate scan';
  version: 1;
  startedAt: string;
  seconds: number;
  /** 0 clean, 1 non-essential cookies before consent, 2 the start page could not be scanned. */
  exitCode: 0 | 1 | 2;
  /** How many `cookies` entries of the starter config each source classified. */
  classified: Record<ClassificationSource, number>;
  advice: ScanAdvice;
  /** Attribution of the Open Cookie Database, whose entries the config quotes. */
  notice: string;
}
