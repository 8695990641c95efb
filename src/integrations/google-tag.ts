import type { Consent } from '../core/consent';
import type { PluginContext } from '../core/plugin';
import { trusted } from '../core/trusted-types';
import { googleAnalyticsOf, googleAnalyticsPreset, type NormalizedGoogleAnalytics } from '../presets/google-analytics';
import { gtagOf, type GoogleWindow } from './gtag';

const SERVICE = googleAnalyticsPreset.id;

/**
 * The Google tag (GA4) loader. Basic mode, the default Google advises for the UK and EEA
 * (support.google.com/analytics/answer/14009635), injects `gtag/js` only once Google Analytics is
 * granted; advanced mode loads it at once under the denied Consent Mode defaults, so it sends
 * cookieless pings. Either way it loads once: a script that ran cannot be unloaded.
 */
export function startGoogleTag(
  consent: Consent<string, string>,
  { document, nonce, console }: PluginContext,
): (() => void) | undefined {
  const ga = googleAnalyticsOf(consent.config);
  const win = document?.defaultView as GoogleWindow | null | undefined;
  if (!ga || !document || !win) return undefined;
  const disable = `ga-disable-${ga.measurementId}`;
  let loaded = false;
  const load = () => {
    if (!loaded) loadGoogleTag(document, ga, nonce, console);
    loaded = true;
  };
  if (startsAtOnce(ga, consent.has)) load();
  return consent.on('change', (_record, { granted, withdrawn }) => {
    // Google's documented opt-out (developers.google.com/analytics/devguides/collection/ga4/disable-analytics):
    // the loaded tag stops sending hits; the core's clean-up deletes its cookies.
    if (withdrawn.includes(SERVICE)) win[disable] = true;
    if (granted.includes(SERVICE)) {
      win[disable] = false;
      load();
    }
  });
}

/**
 * Whether the tag loads at start: in advanced mode always (it relies on the denied defaults, so
 * without Consent Mode it falls back to basic), in basic mode once Google Analytics is granted.
 */
export const startsAtOnce = (ga: NormalizedGoogleAnalytics, has: (id: string) => boolean): boolean =>
  (ga.mode === 'advanced' && ga.consentMode) || has(SERVICE);

/** Injects `gtag/js` and pushes `js` and `config`, in the order of Google's snippet. */
export function loadGoogleTag(
  document: Document,
  ga: NormalizedGoogleAnalytics,
  nonce: string | undefined,
  console: Pick<Console, 'warn'>,
): void {
  const win = document.defaultView as unknown as GoogleWindow;
  const id = ga.measurementId;
  const src = ga.src ?? 'https://www.googletagmanager.com/gtag/js';
  const script = document.createElement('script');
  script.async = true;
  try {
    // Under `require-trusted-types-for 'script'` the URL goes through the cookiegate policy.
    script.src = trusted(win, `${src}${src.includes('?') ? '&' : '?'}id=${encodeURIComponent(id)}`);
  } catch {
    // The site's CSP does not allow the cookiegate policy: gtag/js can still come through gated markup.
    console.warn('cookiegate: Trusted Types refused gtag/js');
    return;
  }
  if (nonce) script.nonce = nonce;
  document.head.append(script);
  // Google's snippet order: the async tag, then `js` and `config` (developers.google.com/tag-platform/gtagjs/install).
  const gtag = gtagOf(win);
  gtag('js', new Date());
  gtag('config', id, { ...ga.config });
}
