import type { Plugin } from '../core/consent';
import type { NormalizedConfig } from '../core/config-types';
import type { GoogleWindow } from './gtag';

/**
 * Google Tag Manager events: on each decision (and for a stored one at start) pushes
 * `{ event: 'cookiegate_consent', cookiegate: { <category>: boolean } }` to `dataLayer`, a plain
 * object as GTM's custom event triggers expect. Only when the page has a `dataLayer` (GTM's snippet
 * creates one) or Google Analytics is configured.
 */
export const dataLayerEvents: Plugin = (consent, { document, resumed }) => {
  const win = document?.defaultView as GoogleWindow | null | undefined;
  if (!win) return;
  const push = () => pushConsentEvent(win, consent.config, consent.has);
  // The split loader pushed the event for the decision it started the page with.
  if (consent.record() && !(__SPLIT__ && resumed?.value)) push();
  return consent.on('change', push);
};

/** Pushes `cookiegate_consent` with what `has` grants now, when the page has a reason to want it. */
export function pushConsentEvent(win: GoogleWindow, config: Pick<NormalizedConfig, 'categories' | 'googleAnalytics'>, has: (id: string) => boolean): void {
  if (!win.dataLayer && !config.googleAnalytics) return;
  const cookiegate: Record<string, boolean> = {};
  for (const { id } of config.categories) cookiegate[id] = has(id);
  (win.dataLayer = win.dataLayer || []).push({ event: 'cookiegate_consent', cookiegate });
}
