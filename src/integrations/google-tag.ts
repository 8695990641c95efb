import type { Plugin } from '../core/consent';
import { gtagOf, type GoogleWindow } from './gtag';
import { trusted } from '../core/trusted-types';

const SERVICE = 'googleAnalytics';

/**
 * The Google tag (GA4) loader. Basic mode, the default Google advises for the UK and EEA
 * (support.google.com/analytics/answer/14009635), injects `gtag/js` only once Google Analytics is
 * granted; advanced mode loads it at once under the denied Consent Mode defaults, so it sends
 * cookieless pings. Either way it loads once: a script that ran cannot be unloaded.
 */
export const googleTag: Plugin = (consent, { document, nonce, console }) => {
  const ga = consent.config.googleAnalytics;
  const win = document?.defaultView as GoogleWindow | null | undefined;
  if (!ga || !document || !win) return;
  const id = ga.measurementId;
  const disable = 'ga-disable-' + id;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    const src = ga.src ?? 'https://www.googletagmanager.com/gtag/js';
    const script = document.createElement('script');
    script.async = true;
    try {
      // Under `require-trusted-types-for 'script'` the URL goes through the cookiegate policy.
      script.src = trusted(win, src + (src.includes('?') ? '&' : '?') + 'id=' + encodeURIComponent(id));
    } catch {
      // The site's CSP does not allow the cookiegate policy: gtag/js can still come through gated markup.
      return console.warn('cookiegate: Trusted Types refused gtag/js');
    }
    if (nonce) script.nonce = nonce;
    document.head.append(script);
    // Google's snippet order: the async tag, then `js` and `config` (developers.google.com/tag-platform/gtagjs/install).
    const gtag = gtagOf(win);
    gtag('js', new Date());
    gtag('config', id, { ...ga.config });
  };
  // Advanced mode relies on the denied defaults: without Consent Mode it would track before
  // consent, so it falls back to basic.
  if ((ga.mode === 'advanced' && ga.consentMode !== false) || consent.has(SERVICE)) load();
  return consent.on('change', (_record, { granted, withdrawn }) => {
    // Google's documented opt-out (developers.google.com/analytics/devguides/collection/ga4/disable-analytics):
    // the loaded tag stops sending hits; the core's clean-up deletes its cookies.
    if (withdrawn.includes(SERVICE)) win[disable] = true;
    if (granted.includes(SERVICE)) {
      win[disable] = false;
      load();
    }
  });
};
