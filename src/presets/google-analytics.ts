import type { CookieDeclaration } from '../core/config-types';
import type { Checker, Shape } from '../core/config-fields';
import { describe, isObj } from '../core/config-values';
import type { PresetHandler } from '../core/plugin';
import type { ServicePreset } from '../core/preset';

/** Google Consent Mode v2 signals (support.google.com/analytics/answer/13802165). */
export type ConsentSignal =
  | 'ad_storage'
  | 'analytics_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Which Google Analytics library the site runs: it decides which cookies are declared. */
export type GoogleAnalyticsLibrary = 'gtag' | 'analytics.js' | 'ga.js';

/** `services.googleAnalytics`: Google Analytics 4 through the Google tag, with Consent Mode v2. */
export interface GoogleAnalyticsConfig<C extends string = string> {
  /** `G-XXXXXXX`. */
  measurementId: string;
  /** The category that gates the tag. Default `analytics`. */
  category?: C;
  title?: string;
  description?: string;
  /** URL patterns of Google's tags; default: gtag/js, gtm.js, analytics.js and ga.js on Google's hosts. */
  urls?: readonly string[];
  /** Push Consent Mode v2 defaults and updates. Default `true`. */
  consentMode?: boolean;
  /** `basic` (default) loads the tag only after consent; `advanced` loads it at once under denied defaults. */
  mode?: 'basic' | 'advanced';
  /** Milliseconds Google's tag waits for an update (`wait_for_update`). */
  waitForUpdate?: number;
  /** ISO 3166-2 regions the default applies to, e.g. `["GB"]`. */
  region?: readonly string[];
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
  /** Which categories grant which Consent Mode signals. */
  signals?: Partial<Record<C, readonly ConsentSignal[]>>;
  /** Script URL; default `https://www.googletagmanager.com/gtag/js`. */
  src?: string;
  /** Extra `gtag('config')` parameters, e.g. `{ cookie_expires: 34128000 }` for CNIL's 13 months. */
  config?: Record<string, string | number | boolean>;
  /**
   * The library the site's pages run, which decides the cookies added to the declaration: `gtag`
   * (default: `_ga`, `_ga_<container-id>`), `analytics.js` (`_ga`, `_gid`, `_gat`) or `ga.js`
   * (`__utma`, `__utmb`, `__utmc`, `__utmz`, `__utmt`, `__utmv`).
   */
  library?: GoogleAnalyticsLibrary;
}

/** `services.googleAnalytics` after validation. */
export interface NormalizedGoogleAnalytics extends Readonly<GoogleAnalyticsConfig> {
  readonly category: string;
  readonly consentMode: boolean;
  readonly mode: 'basic' | 'advanced';
  readonly library: GoogleAnalyticsLibrary;
}

const GOOGLE = 'Google';
type Row = Omit<CookieDeclaration, 'category'>;

/**
 * The cookies each Google Analytics library really writes, with Google's documented lifetimes
 * (developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage, ga.js and gtag.js
 * tables). Policies often spell the ga.js names with one underscore (`_utma`); the patterns accept
 * both spellings so clean-up finds the real cookies whatever the policy says.
 */
const ROWS: Readonly<Record<string, Row>> = {
  _ga: {
    name: '_ga',
    provider: GOOGLE,
    purpose: 'Distinguishes visitors (Google Analytics).',
    content: 'Random client id',
    expires: '2 years',
  },
  _ga_id: {
    name: '_ga_<container-id>',
    pattern: '_ga_[A-Za-z0-9]+',
    provider: GOOGLE,
    purpose: 'Keeps the session state (Google Analytics 4).',
    content: 'Session id and count',
    expires: '2 years',
  },
  _gid: {
    name: '_gid',
    provider: GOOGLE,
    purpose: 'Distinguishes visitors for one day (Google Analytics).',
    content: 'Random client id',
    expires: '24 hours',
  },
  _gat: {
    name: '_gat',
    pattern: '_gat(_[\\w-]+)?|_dc_gtm_[\\w-]+',
    provider: GOOGLE,
    purpose: 'Throttles the request rate (Google Analytics).',
    content: '1',
    expires: '1 minute',
  },
  __utma: {
    name: '__utma',
    pattern: '_{1,2}utma',
    provider: GOOGLE,
    purpose: 'Distinguishes visitors and sessions (ga.js).',
    content: 'Domain hash, visitor id, visit times',
    expires: '2 years',
  },
  __utmb: {
    name: '__utmb',
    pattern: '_{1,2}utmb',
    provider: GOOGLE,
    purpose: 'Determines new sessions and visits (ga.js).',
    content: 'Domain hash and page count',
    expires: '30 minutes',
  },
  __utmc: {
    name: '__utmc',
    pattern: '_{1,2}utmc',
    provider: GOOGLE,
    purpose: 'Interoperates with urchin.js to find new sessions (ga.js).',
    content: 'Domain hash',
    expires: 'session',
  },
  __utmz: {
    name: '__utmz',
    pattern: '_{1,2}utmz',
    provider: GOOGLE,
    purpose: 'Stores how the visitor reached the site (ga.js).',
    content: 'Traffic source',
    expires: '6 months',
  },
  __utmt: {
    name: '__utmt',
    pattern: '_{1,2}utmt(_[\\w-]+)?',
    provider: GOOGLE,
    purpose: 'Throttles the request rate (ga.js).',
    content: '1',
    expires: '10 minutes',
  },
  __utmv: {
    name: '__utmv',
    pattern: '_{1,2}utmv',
    provider: GOOGLE,
    purpose: 'Stores visitor-level custom variables (ga.js).',
    content: 'Custom variable values',
    expires: '2 years',
  },
};

/** The rows of each library. */
export const googleAnalyticsRows: Readonly<Record<GoogleAnalyticsLibrary, readonly Row[]>> = {
  gtag: [ROWS._ga, ROWS._ga_id],
  'analytics.js': [ROWS._ga, ROWS._gid, ROWS._gat],
  'ga.js': [ROWS.__utma, ROWS.__utmb, ROWS.__utmc, ROWS.__utmz, ROWS.__utmt, ROWS.__utmv],
};

/** Every cookie any Google Analytics library writes (for the audit and the scanner). */
export const googleAnalyticsCookies: readonly Row[] = Object.values(ROWS);

/** Google Analytics as a known service. */
export const googleAnalyticsPreset: ServicePreset = {
  id: 'googleAnalytics',
  title: 'Google Analytics',
  category: 'analytics',
  // Analytics are not strictly necessary (ICO, "Are analytics cookies exempt?").
  essential: false,
  // The Google tag (gtag.js), Tag Manager's container, analytics.js and ga.js, and the hosts they
  // load from or send hits to (developers.google.com/tag-platform/security/guides/csp).
  urls: [
    'https://www.googletagmanager.com/gtag/js*',
    'https://www.googletagmanager.com/gtm.js*',
    'https://www.google-analytics.com/*',
    'https://ssl.google-analytics.com/*',
    'https://*.google-analytics.com/*',
    'https://analytics.google.com/*',
    'https://stats.g.doubleclick.net/*',
  ],
  cookies: googleAnalyticsCookies,
  privacyUrl: 'https://policies.google.com/privacy',
};

const SIGNALS: readonly ConsentSignal[] = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];
const SHAPE: Shape = {
  measurementId: { kind: 'text', required: true },
  consentMode: 'boolean',
  mode: ['basic', 'advanced'],
  waitForUpdate: 'number',
  region: 'list',
  adsDataRedaction: 'boolean',
  urlPassthrough: 'boolean',
  signals: 'object',
  src: 'url',
  config: 'object',
  library: ['gtag', 'analytics.js', 'ga.js'],
};

/** Checks the Google Analytics keys of `services.googleAnalytics` and fills their defaults. */
function options(
  value: Readonly<Record<string, unknown>>,
  path: string,
  check: Checker,
  categories: readonly string[],
): Record<string, unknown> {
  const fields = check.fields(value, SHAPE, path) ?? {};
  const id = fields.measurementId as string | undefined;
  if (id && !/^(G|GT|AW|DC|UA)-[\w-]+$/.test(id)) {
    check.error(`${path}.measurementId`, `expected an id like "G-XXXXXXX", got ${describe(id)}`);
  }
  const region = fields.region as unknown[] | undefined;
  if (region && !region.every((r) => typeof r === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(r))) {
    check.error(`${path}.region`, `expected ISO 3166-2 codes such as ["GB"], got ${describe(region)}`);
  }
  for (const [category, list] of Object.entries((fields.signals as object | undefined) ?? {})) {
    const at = `${path}.signals.${category}`;
    if (!categories.includes(category))
      check.error(at, `expected one of the declared categories (${categories.join(', ')})`);
    if (!Array.isArray(list) || !list.every((s) => SIGNALS.includes(s as ConsentSignal))) {
      check.error(at, `expected a list of ${SIGNALS.join(', ')}, got ${describe(list)}`);
    }
  }
  return {
    ...fields,
    measurementId: id ?? '',
    consentMode: fields.consentMode !== false,
    mode: fields.mode === 'advanced' ? 'advanced' : 'basic',
    library: fields.library ?? 'gtag',
    config: isObj(fields.config) ? fields.config : undefined,
  };
}

/** The preset with its own keys' checks and its cookies for the configured library. */
export const googleAnalyticsHandler: PresetHandler = {
  preset: googleAnalyticsPreset,
  options,
  cookies: (settings) => googleAnalyticsRows[(settings.library as GoogleAnalyticsLibrary | undefined) ?? 'gtag'],
};

/** A config's Google Analytics settings, when it configures the service and its plugin checked them. */
export function googleAnalyticsOf(config: {
  readonly services: readonly { id: string; category: string; options: Readonly<Record<string, unknown>> }[];
}): NormalizedGoogleAnalytics | undefined {
  const service = config.services.find((s) => s.id === googleAnalyticsPreset.id);
  if (!service || typeof service.options.measurementId !== 'string') return undefined;
  return { ...(service.options as unknown as NormalizedGoogleAnalytics), category: service.category };
}
