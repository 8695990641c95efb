// The npm main entry: the headless API plus the Preact interface.
import type { Consent } from './core/consent-types';
import { loadLanguage } from './ui/load-language';
import { mountBanner as mountInterface, type MountedBanner, type MountOptions } from './ui/mount-banner';

export * from './headless';
export type { MountOptions, MountedBanner, TextsLoader } from './ui/mount-banner';
export { english } from './i18n/english';
export { loadLanguage } from './ui/load-language';

/**
 * Shows the consent interface for an instance: the banner while there is no decision, the
 * preferences dialog on request, the floating reopen control, and the cookie declaration in every
 * `[data-cookiegate="declaration"]` element. The config's `language` (`"auto"`: `<html lang>`)
 * loads one of the shipped languages on demand (`cookiegate/i18n/<lang>`). One banner per
 * document: a second call warns and returns the mounted one.
 *
 * @example
 * const consent = createConsent(config, { plugins: shippedPlugins });
 * const banner = mountBanner(consent);
 * // later: banner.unmount();
 */
export function mountBanner(consent: Consent<string, string>, options: MountOptions = {}): MountedBanner {
  return mountInterface(consent, { loadTexts: loadLanguage, ...options });
}
