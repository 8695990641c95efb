import { createConsent as createCore, type CategoryIds, type Consent, type ConsentOptions, type ServiceIds } from './core/consent';
import type { ConsentConfig } from './core/config-types';
import { builtInPlugins } from './integrations/plugins';

/**
 * Creates a consent instance: validates the config, reads the stored decision, gates the page's
 * scripts, cleans refused cookies, syncs tabs, and starts the integrations the config names
 * (Google Consent Mode v2 and the Google tag, dataLayer events, consent receipts).
 *
 * @example
 * const consent = createConsent({
 *   revision: '2021-03-01',
 *   categories: { necessary: { required: true }, analytics: {} },
 * });
 * if (consent.has('analytics')) startAnalytics();
 */
export function createConsent<const T extends ConsentConfig<string>>(
  config: T,
  options: ConsentOptions = {},
): Consent<CategoryIds<T>, ServiceIds<T>> {
  return createCore(config, { ...options, plugins: [...builtInPlugins, ...(options.plugins ?? [])] });
}
