import type { Plugin } from '../core/plugin';
import { googleAnalyticsHandler } from '../presets/google-analytics';
import { startConsentMode } from './google-consent-mode';
import { startGoogleTag } from './google-tag';
import { dataLayerEvents } from './datalayer-events';
import { receipts } from './receipts';

/**
 * Google Analytics: checks `services.googleAnalytics` (measurement id, Consent Mode options),
 * declares its cookies, pushes the Consent Mode v2 default and updates, and loads the Google tag
 * once granted. The Consent Mode default goes first: it must precede the tag's `config`
 * (developers.google.com/tag-platform/security/guides/consent).
 */
export const googleAnalytics: Plugin = {
  name: 'google-analytics',
  presets: [googleAnalyticsHandler],
  start(consent, context) {
    const stops = [startConsentMode(consent, context), startGoogleTag(consent, context)];
    return () => {
      for (const stop of stops) stop?.();
    };
  },
};

/**
 * The integrations the script tag and the framework providers start; each does nothing unless the
 * config names it. `createConsent` from `cookiegate/headless` starts only the plugins passed to it.
 */
export const shippedPlugins: readonly Plugin[] = [googleAnalytics, dataLayerEvents, receipts];
