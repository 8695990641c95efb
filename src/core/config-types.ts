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
  /** Days until the decision expires and the banner returns (CNIL: about 6 months). 1 to 395 (13 months). */
  days?: number;
  domain?: string;
  path?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
}

/**
 * A service within a category (a vendor, a tag, an embed), so a visitor can decide on it alone.
 * Granting its category grants it; granting it does not grant its category. A preset's own keys
 * (such as Google Analytics' `measurementId`) sit beside these; its plugin checks them.
 */
export interface ServiceConfig<C extends string = string> {
  category: C;
  /** Shown to visitors; default: the preset's title, else the id. */
  title?: string;
  description?: string;
  /**
   * URL patterns of the scripts and iframes it loads (`*` matches any run of characters, matched
   * against the absolute URL), e.g. `https://www.youtube.com/embed/*`: with `autoBlock`, elements
   * loading from them are held until the service is granted.
   */
  urls?: readonly string[];
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
export interface CoreConfig<C extends string = string, S extends string = string> {
  /** A JSON Schema reference for editors (`cookiegate/config.schema.json`); ignored. */
  $schema?: string;
  /** Policy version; a change voids stored decisions and brings the banner back. At most 128 characters. */
  revision: string;
  policyUrl?: string;
  cookie?: ConsentCookieOptions;
  categories: Record<C, CategoryConfig>;
  cookies?: readonly CookieDeclaration<NoInfer<C>>[];
  /** Services by id (any id): `{ category, title?, description?, urls? }`. */
  services?: Record<S, ServiceConfig<NoInfer<C>>>;
  texts?: Partial<Texts>;
  /** `en`, `cy`, `fr`, … or `auto` (the default) to follow `<html lang>`, then the browser. */
  language?: string;
  /** Reload the page when a visitor withdraws consent, since code that ran cannot be unloaded. */
  reloadOnWithdraw?: boolean;
  receipts?: ReceiptsConfig;
  /** Banner placement. Default `bottom`. */
  position?: 'bottom' | 'top' | 'corner';
  /** `modal` blocks the page until a choice: off by default (ICO: no cookie walls). */
  mode?: 'bar' | 'modal';
  /**
   * A small floating control that reopens the preferences once a decision exists: a way back on
   * every page (EDPB Taskforce, type K). Default `true`; turn it off only where every page has a
   * `data-cookiegate="preferences"` link.
   */
  reopenButton?: boolean;
  /**
   * Hold every script and iframe whose URL matches an ungranted service's `urls`, without markup
   * changes. Needs the cookiegate tag first in `<head>`, without `async` or `defer`.
   */
  autoBlock?: boolean;
  /** Further links in the banner, e.g. the imprint. */
  links?: readonly LinkConfig[];
  /**
   * UK PECR Sch. A1 para. 5 (DUAA 2025): statistics for the site's own use may run without consent
   * if the visitor is told and can object simply and for free. `true` turns the `analytics`
   * category on until the visitor objects, and shows an "Object to
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

/** A service after normalisation. */
export interface Service {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly description: string;
  readonly urls: readonly string[];
  /** Whether it may sit in a required category (presets say; a custom service may). */
  readonly essential: boolean;
  /** A preset's own keys, as its plugin checked and defaulted them (empty for a custom service). */
  readonly options: Readonly<Record<string, unknown>>;
}

/** The validated, defaulted and frozen configuration every module reads. */
export interface NormalizedConfig {
  readonly revision: string;
  readonly policyUrl?: string;
  readonly cookie: Readonly<Required<Omit<ConsentCookieOptions, 'domain'>>> & { readonly domain?: string };
  readonly categories: readonly Category[];
  readonly cookies: readonly DeclaredCookie[];
  readonly services: readonly Service[];
  readonly texts: Readonly<Partial<Texts>>;
  readonly language: string;
  readonly reloadOnWithdraw: boolean;
  readonly receipts?: Readonly<ReceiptsConfig>;
  readonly position: 'bottom' | 'top' | 'corner';
  readonly mode: 'bar' | 'modal';
  readonly reopenButton: boolean;
  readonly autoBlock: boolean;
  readonly links: readonly LinkConfig[];
  /** The category that runs under the statistics exception until the visitor objects, if any. */
  readonly statisticsException?: string;
}
