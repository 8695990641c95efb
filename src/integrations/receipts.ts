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
  /** The version of the banner the visitor answered: the config's `revision` (CNIL 2020-092, proof of consent). */
  bannerVersion: string;
  /** Every category's and service's decision, services where they differ from their category. */
  choices: Record<string, boolean>;
  /** Where the decision was made: the page's URL without its query or fragment. */
  source: string;
}

/**
 * Consent receipts: with `receipts.endpoint`, posts a {@link ConsentReceipt} as JSON (sent as
 * `text/plain`, so parse the body whatever its type) for every decision (not for a sync from
 * another tab, nor a reset). The library adds no IP address or user
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
      const receipt: ConsentReceipt = {
        id: record.id,
        revision: record.revision,
        categories: record.categories,
        action,
        timestamp: new Date(record.updated).toISOString(),
        path: win.location.pathname,
        bannerVersion: record.revision,
        choices: { ...record.categories, ...record.services },
        source: win.location.origin + win.location.pathname,
      };
      const body = JSON.stringify(receipt);
      let sent = false;
      try {
        // text/plain is CORS-safelisted: to another origin, application/json would need a
        // preflight that sendBeacon cannot make (Fetch standard). The body is JSON all the same.
        sent = win.navigator.sendBeacon(endpoint, new Blob([body], { type: 'text/plain;charset=UTF-8' }));
      } catch {
        /* no sendBeacon, or it refused the payload: fall back to fetch */
      }
      // A string body is sent as text/plain;charset=UTF-8 (Fetch standard, extract a body).
      if (!sent) win.fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => {});
    } catch {
      /* no fetch, or a blocked request: the decision stands without its receipt */
    }
  });
};
