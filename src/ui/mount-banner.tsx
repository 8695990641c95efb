import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { startInterface, type LiveInterface } from './live-interface';
import { resolveTexts, type TextsLoader } from './resolve-texts';
import { createHost } from './shadow-host';

export type { TextsLoader } from './resolve-texts';

/** Options of {@link mountBanner}. */
export interface MountOptions {
  /** Texts of the visitor's language; the config's `texts` still win over them. No loading then. */
  texts?: Partial<Texts>;
  /**
   * Loads a shipped language's texts when the config's `language` (or `<html lang>` under
   * `"auto"`) asks for one other than English; the interface shows once they are in, or in
   * English after 1.5 s. The npm entry passes `loadLanguage` (`cookiegate/i18n/<lang>`).
   */
  loadTexts?: TextsLoader;
  /** The CSP nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string;
  /** Where the interface's host element goes. Default `document.body`. */
  container?: Element;
  /** Default: the container's document, else the global `document`. */
  document?: Document;
}

/** A mounted interface. */
export interface MountedBanner {
  /** Removes the interface, its listeners and the page's scroll padding. */
  unmount(): void;
  /** Opens the preferences dialog. */
  showPreferences(): void;
}

/**
 * Where a host keeps its handle. `Symbol.for`, so two copies of the library on one page (the
 * script tag and an npm bundle, or two bundles) see each other's banner.
 */
const MOUNTED = Symbol.for('cookiegate.mountedBanner');
type Host = Element & { [MOUNTED]?: MountedBanner };

/** Elements of the page that open the preferences dialog when clicked (links, buttons). */
const OPENER = '[data-cookiegate="preferences"]';

/** Delegated clicks on the page's openers, so ones added later work too. Returns the clean-up. */
function listenForOpeners(doc: Document, open: (opener: Element) => void): () => void {
  const onClick = (event: MouseEvent) => {
    // The target may be a text node or the document, which have no `closest`.
    const opener = (event.target as Partial<Pick<Element, 'closest'>> | null)?.closest?.(OPENER);
    if (!opener) return;
    // A link must not navigate away.
    event.preventDefault();
    open(opener);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}

function mountedOn(doc: Document): MountedBanner | undefined {
  for (const host of doc.querySelectorAll<Host>('cookiegate-ui')) {
    if (host[MOUNTED]) return host[MOUNTED];
  }
  return undefined;
}

/**
 * Shows the consent interface for an instance: the banner while there is no decision, the
 * preferences dialog on request, the floating reopen control, and the cookie declaration in every
 * `[data-cookiegate="declaration"]` element. One per document: while one is mounted, another
 * call warns and returns it (hot reload, a double import, StrictMode), never a second banner.
 *
 * @example
 * const consent = createConsent(config);
 * mountBanner(consent, { texts: cy });
 */
export function mountBanner(consent: Consent, options: MountOptions = {}): MountedBanner {
  const doc = options.document ?? options.container?.ownerDocument ?? document;
  const mounted = mountedOn(doc);
  if (mounted) {
    console.warn(
      'cookiegate: mountBanner: a banner is already mounted on this document; returning it (unmount() it first)',
    );
    return mounted;
  }
  const parts = createHost(doc, options.container ?? doc.body, options.nonce);
  let live: LiveInterface | undefined;
  // Asked for before the texts were in (the page's opener, or null for an API call).
  let askedFrom: Element | null | undefined;
  const open = (from: Element | null = null) => {
    if (live) live.showPreferences(from);
    else askedFrom = from;
  };
  const cleanups = [
    listenForOpeners(doc, open),
    // A destroyed instance must not leave a banner whose buttons would record a decision.
    consent.on('destroy', () => handle.unmount()),
    resolveTexts({ consent, document: doc, texts: options.texts, loadTexts: options.loadTexts, console }, (texts) => {
      live = startInterface(consent, texts, parts);
      if (askedFrom !== undefined) live.showPreferences(askedFrom);
    }),
  ];
  const handle: MountedBanner = {
    unmount() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      live?.unmount();
      live = undefined;
      Reflect.deleteProperty(parts.host, MOUNTED);
      parts.host.remove();
    },
    showPreferences: () => open(),
  };
  (parts.host as Host)[MOUNTED] = handle;
  return handle;
}
