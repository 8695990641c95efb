import type { Category } from '../core/config-types';
import type { Plugin } from '../core/plugin';
import type { GoogleWindow } from './gtag';

/**
 * Google Tag Manager events: on each decision (and for a stored one at start) pushes
 * `{ event: 'cookiegate_consent', cookiegate: { <category>: boolean } }` to `dataLayer`, a plain
 * object as GTM's custom event triggers expect. Only when the page has a `dataLayer` (GTM's snippet
 * creates one) or Google Analytics is configured.
 */
export const dataLayerEvents: Plugin = {
  name: 'datalayer-events',
  start(consent, { document }) {
    const win = document?.defaultView as GoogleWindow | null | undefined;
    if (!win) return undefined;
    const wanted = consent.config.services.some((s) => s.id === 'googleAnalytics');
    const push = () => {
      pushConsentEvent(win, consent.config.categories, wanted, consent.has);
    };
    if (consent.record()) push();
    return consent.on('change', push);
  },
};

/** Pushes `cookiegate_consent` with what `has` grants now, when the page has a reason to want it. */
export function pushConsentEvent(
  win: GoogleWindow,
  categories: readonly Category[],
  wanted: boolean,
  has: (id: string) => boolean,
): void {
  if (!win.dataLayer && !wanted) return;
  const cookiegate: Record<string, boolean> = {};
  for (const { id } of categories) cookiegate[id] = has(id);
  win.dataLayer = win.dataLayer ?? [];
  win.dataLayer.push({ event: 'cookiegate_consent', cookiegate });
}
