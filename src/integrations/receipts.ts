import type { Plugin } from '../core/consent';

/** What a consent receipt posts: the proof of a decision (GDPR art. 7(1); CNIL 2020-092). */
export interface ConsentReceipt {
  /** The record's id, which the visitor can quote. */
  id: string;
  revision: string;
  categories: Record<string, boolean>;
  action: 'accept-all' | 'reject-all' | 'custom' | 'withdraw';
  /** ISO 8601 time of the decision. */
  timestamp: string;
  path: string;
}

/**
 * Consent receipts: with `receipts.endpoint`, posts a {@link ConsentReceipt} as JSON for every
 * decision (not for a sync from another tab, nor a reset). The library adds no IP address or user
 * agent. Uses `navigator.sendBeacon`, which survives the navigation a banner click often starts,
 * falling back to `fetch` with `keepalive`. Never throws: a lost receipt must not break the page.
 */
export const receipts: Plugin = (consent, { document }) => {
  const endpoint = consent.config.receipts?.endpoint;
  const win = document?.defaultView;
  if (!endpoint || !win) return;
  return consent.on('change', (record, { action }) => {
    if (!record || action === 'sync' || action === 'reset') return;
    try {
      const url = new URL(endpoint, win.location.href);
      const receipt: ConsentReceipt = {
        id: record.id,
        revision: record.revision,
        categories: record.categories,
        action,
        timestamp: new Date(record.updated).toISOString(),
        path: win.location.pathname,
      };
      const body = JSON.stringify(receipt);
      // Cross-origin, only a CORS-safelisted type avoids a preflight that sendBeacon cannot
      // answer (Fetch standard, CORS-safelisted request-header); the server parses JSON either way.
      const type = url.origin === win.location.origin ? 'application/json' : 'text/plain;charset=UTF-8';
      const nav = win.navigator;
      let sent = false;
      try {
        sent = !!nav.sendBeacon && nav.sendBeacon(url.href, new Blob([body], { type }));
      } catch {
        /* sendBeacon refused the payload: fall back to fetch */
      }
      if (!sent && win.fetch) {
        win.fetch(url.href, { method: 'POST', body, keepalive: true, headers: { 'content-type': type } }).catch(() => {});
      }
    } catch {
      /* a bad endpoint or a blocked request: the decision stands without its receipt */
    }
  });
};
