import type { Texts } from './texts';

/** One purpose a visitor can grant or refuse, e.g. `analytics`. */
export interface CategoryConfig {
  /** Always on and shown as such (strictly necessary cookies: PECR reg. 6(4)). */
  required?: boolean;
  /** A Global Privacy Control signal refuses this category by default. */
  gpc?: boolean;
  title?: string;
  description?: string;
}

/** One line of the cookie declaration (the privacy policy's cookie table). */
export interface CookieDeclaration<C extends string = string> {
  /** The name as the policy spells it, e.g. `__utma` or `_ga_<container-id>`. */
  name: string;
  /** A regular-expression source matched against whole cookie names, e.g. `^_ga_[A-Z0-9]+$`. */
  pattern?: string;
  category: C;
  provider: string;
  purpose: string;
  /** Typical content, e.g. "randomly generated number". */
  content?: string;
  /** Lifetime as shown to visitors, e.g. "2 years", "session". */
  expires: string;
}

/** Attributes of the first-party cookie that stores the decision. */
export interface ConsentCookieOptions {
  name?: string;
  /** Days until the decision expires and the banner returns (CNIL: about 6 months). */
  days?: number;
  domain?: string;
  path?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
}

/** Google Consent Mode v2 signals. */
export type ConsentSignal =
  | 'ad_storage'
  | 'analytics_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Google Analytics 4 through the Google tag, with Consent Mode v2. */
export interface GoogleAnalyticsConfig<C extends string = string> {
  /** `G-XXXXXXX`. */
  measurementId: string;
  /** The category that gates the tag. Default `analytics`. */
  category?: C;
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
}

/** Any other service within a category, so a visitor can decide on it alone. */
export interface ServiceConfig<C extends string = string> {
  category: C;
  title?: string;
  description?: string;
}

export interface ServicesConfig<C extends string = string> {
  googleAnalytics?: GoogleAnalyticsConfig<C>;
  [id: string]: ServiceConfig<C> | GoogleAnalyticsConfig<C> | undefined;
}

/** Where proof-of-consent receipts are posted (GDPR art. 7(1); CNIL 2020-092). */
export interface ReceiptsConfig {
  endpoint: string;
}

/** A link shown to visitors: data, never HTML. */
export interface LinkConfig {
  label: string;
  href: string;
}

/**
 * The site owner's configuration. JSON-compatible; category ids declared in `categories`
 * type-check every other place that names a category.
 */
export interface ConsentConfig<C extends string = string> {
  /** Policy version; a change voids stored decisions and brings the banner back. */
  revision: string;
  policyUrl?: string;
  cookie?: ConsentCookieOptions;
  categories: { [K in C]: CategoryConfig };
  cookies?: readonly CookieDeclaration<NoInfer<C>>[];
  services?: ServicesConfig<NoInfer<C>>;
  texts?: Partial<Texts>;
  /** `en`, `cy`, `fr`, … or `auto` to follow `<html lang>`, then the browser. */
  language?: string;
  /** Reload the page when a visitor withdraws consent, since code that ran cannot be unloaded. */
  reloadOnWithdraw?: boolean;
  receipts?: ReceiptsConfig;
  /** Banner placement. Default `bottom`. */
  position?: 'bottom' | 'top' | 'corner';
  /** `modal` blocks the page until a choice: off by default (ICO: no cookie walls). */
  mode?: 'bar' | 'modal';
  /** Show a floating button to reopen the preferences after a decision. */
  reopenButton?: boolean;
  /** Further links in the banner, e.g. the imprint. */
  links?: readonly LinkConfig[];
  /**
   * UK PECR Sch. A1 para. 5 (DUAA 2025): statistics for the site's own use may run without consent
   * if the visitor is told and can object simply and for free. `true` turns the `analytics`
   * category (or Google Analytics' category) on until the visitor objects, and shows an "Object to
   * statistics" button on every page. Off by default: Google Analytics shares data with Google, which
   * loses the exception (compliance.md A.3), so take legal advice first.
   */
  statisticsException?: boolean;
}

/** A category after normalisation. */
export interface Category {
  readonly id: string;
  readonly required: boolean;
  readonly gpc: boolean;
  readonly title: string;
  readonly description: string;
}

/** A cookie declaration after normalisation, with its matcher compiled. */
export interface DeclaredCookie extends Readonly<CookieDeclaration> {
  readonly match: (name: string) => boolean;
}

export interface Service {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly description: string;
}

/** The validated, defaulted and frozen configuration every module reads. */
export interface NormalizedConfig {
  readonly revision: string;
  readonly policyUrl?: string;
  readonly cookie: Readonly<Required<Omit<ConsentCookieOptions, 'domain'>>> & { readonly domain?: string };
  readonly categories: readonly Category[];
  readonly cookies: readonly DeclaredCookie[];
  readonly services: readonly Service[];
  readonly googleAnalytics?: Readonly<GoogleAnalyticsConfig>;
  readonly texts: Readonly<Partial<Texts>>;
  readonly language: string;
  readonly reloadOnWithdraw: boolean;
  readonly receipts?: Readonly<ReceiptsConfig>;
  readonly position: 'bottom' | 'top' | 'corner';
  readonly mode: 'bar' | 'modal';
  readonly reopenButton: boolean;
  readonly links: readonly LinkConfig[];
  /** The category that runs under the statistics exception until the visitor objects, if any. */
  readonly statisticsException?: string;
}
