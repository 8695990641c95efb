import type { NormalizedConfig } from '../core/config-types';
import type { Plugin } from '../core/plugin';
import { VERSION } from '../core/version';

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
  /** The config's `revision`, the site owner's name for the policy version. */
  bannerVersion: string;
  /**
   * A fingerprint of what the visitor saw and chose from: the library version, the texts, the
   * categories, the services and the policy URL (CNIL 2020-092, "preuve du consentement": a
   * versioned banner). Two different banners never share it, whatever their `revision`.
   */
  bannerFingerprint: string;
  /** Every category's and service's decision, services where they differ from their category. */
  choices: Record<string, boolean>;
  /** Where the decision was made: the page's URL without its query or fragment. */
  source: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable fingerprint, not a secret. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of the banner a config shows, in the language the page shows it in. */
export function bannerFingerprint(config: NormalizedConfig, language: string): string {
  const shown = {
    version: VERSION,
    language,
    texts: config.texts,
    categories: config.categories,
    services: config.services.map(({ id, category, title, description }) => ({ id, category, title, description })),
    cookies: config.cookies.map(({ name, category, provider, purpose, expires }) => ({
      name,
      category,
      provider,
      purpose,
      expires,
    })),
    policyUrl: config.policyUrl,
    links: config.links,
  };
  return `${VERSION}-${fnv1a(JSON.stringify(shown))}`;
}

function send(win: Window, endpoint: string, receipt: ConsentReceipt): void {
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
  if (!sent) win.fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => undefined);
}

/**
 * Consent receipts: with `receipts.endpoint`, posts a {@link ConsentReceipt} as JSON (sent as
 * `text/plain`, so parse the body whatever its type) for every decision (not for a sync from
 * another tab, nor a reset). The library adds no IP address or user agent. Uses
 * `navigator.sendBeacon`, which survives the navigation a banner click often starts, falling back
 * to `fetch` with `keepalive`. Never throws: a lost receipt must not break the page.
 */
export const receipts: Plugin = {
  name: 'receipts',
  start(consent, { document }) {
    const endpoint = consent.config.receipts?.endpoint;
    const win = document?.defaultView;
    if (!endpoint || !win) return undefined;
    return consent.on('change', (record, { action }) => {
      if (!record || action === 'sync' || action === 'reset') return;
      try {
        const { pathname, origin } = win.location;
        send(win, endpoint, {
          id: record.id,
          revision: record.revision,
          categories: { ...record.categories },
          action,
          timestamp: new Date(record.updated).toISOString(),
          path: pathname,
          bannerVersion: record.revision,
          bannerFingerprint: bannerFingerprint(
            consent.config,
            win.document.documentElement.lang || consent.config.language,
          ),
          choices: { ...record.categories, ...record.services },
          source: origin + pathname,
        });
      } catch {
        /* no fetch, or a blocked request: the decision stands without its receipt */
      }
    });
  },
};
