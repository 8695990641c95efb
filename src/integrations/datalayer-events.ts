import type { Plugin } from '../core/consent';
import type { GoogleWindow } from './gtag';

/**
 * Google Tag Manager events: on each decision (and for a stored one at start) pushes
 * `{ event: 'cookiegate_consent', cookiegate: { <category>: boolean } }` to `dataLayer`, a plain
 * object as GTM's custom event triggers expect. Only when the page has a `dataLayer` (GTM's snippet
 * creates one) or Google Analytics is configured.
 */
export const dataLayerEvents: Plugin = (consent, { document }) => {
  const win = document?.defaultView as GoogleWindow | null | undefined;
  if (!win) return;
  const push = () => {
    if (!win.dataLayer && !consent.config.googleAnalytics) return;
    const cookiegate: Record<string, boolean> = {};
    for (const { id } of consent.config.categories) cookiegate[id] = consent.has(id);
    (win.dataLayer = win.dataLayer || []).push({ event: 'cookiegate_consent', cookiegate });
  };
  if (consent.record()) push();
  return consent.on('change', push);
};
