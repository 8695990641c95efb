import { createConsent as createCore } from './core/consent';
import type { Consent, ConsentOptions } from './core/consent-types';
import type { CoreConfig } from './core/config-types';
import type { ConsentConfig } from './config';

/**
 * Creates a consent instance: validates the config, reads the stored decision, starts the plugins
 * passed in `options.plugins` (none by default: pass `shippedPlugins` for Google Analytics,
 * dataLayer events and receipts), gates the page's scripts, cleans refused cookies and syncs tabs.
 * Category and service ids are inferred from the config: a typo in `cookies[].category`,
 * `services.*.category` or `has()` is a compile error.
 *
 * @example
 * const consent = createConsent(
 *   { revision: '2021-03-01', categories: { necessary: { required: true }, analytics: {} } },
 *   { plugins: shippedPlugins },
 * );
 * if (consent.has('analytics')) startAnalytics();
 */
export function createConsent<const C extends string, const S extends string = never>(
  config: ConsentConfig<C, S>,
  options: ConsentOptions = {},
): Consent<C, S> {
  return createCore(config as unknown as CoreConfig, options);
}

/** A typed identity: lets TypeScript infer category and service ids from a config literal kept in a variable. */
export function defineConfig<const C extends string, const S extends string = never>(
  config: ConsentConfig<C, S>,
): ConsentConfig<C, S> {
  return config;
}
