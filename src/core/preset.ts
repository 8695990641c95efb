import type { CookieDeclaration } from './config-types';

/**
 * What the library knows about a well-known service (a vendor): its cookies and the URLs it
 * loads scripts and iframes from. The core knows presets only through this shape; the presets
 * themselves (Google Analytics, the vendor catalogue) live in `src/presets/` and reach an instance
 * through its plugins.
 */
export interface ServicePreset {
  /** The service id a config uses for it, e.g. `googleAnalytics`, `youtube`. */
  readonly id: string;
  /** Shown to visitors, e.g. "Google Analytics". */
  readonly title: string;
  /** The category it belongs to unless the config says otherwise, e.g. `analytics`. */
  readonly category: string;
  /**
   * Whether the service can ever be strictly necessary (PECR reg. 6(4); ICO: analytics are not).
   * Analytics, tag managers, advertising and social vendors cannot: putting one in a required
   * category is a config error.
   */
  readonly essential: boolean;
  /** URL patterns (`*` matches any run of characters) of the scripts and iframes it loads. */
  readonly urls: readonly string[];
  /** The cookies it sets, as a declaration without a category (the service's category applies). */
  readonly cookies: readonly Omit<CookieDeclaration, 'category'>[];
  /** The vendor's privacy page. */
  readonly privacyUrl?: string;
}
