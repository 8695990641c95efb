// What both script-tag builds share: read the config from the page, create the instance, gate the
// page's tags, run the integrations, set window.cookiegate, and decide when the interface must show:
// at once without a decision, and otherwise only for the preferences dialog, a reset, the policy
// page's declaration or the reopen button. A returning visitor's page never renders it.
import { createConsent } from '../create-consent';
import type { Consent } from '../core/consent';
import type { ConsentConfig } from '../core/config-types';
import type { Takeover, takeover as Split } from './takeover';

type Win = Window & { cookiegate?: Consent<string>; cookiegateConfig?: unknown };

/**
 * Shows the interface; `open` asks for the preferences dialog. Built once per instance, with
 * `takeOver` to call when the interface's own listeners are in place.
 */
export type InterfaceFactory = (consent: Consent<string>, takeOver: () => void) => (open: boolean) => void;

/** Used when a page gives no config at all: the strictly necessary category and analytics. */
const DEFAULT_CONFIG: ConsentConfig = {
  revision: '1',
  categories: { necessary: { required: true }, analytics: {} },
};
const OPENER = '[data-cookiegate="preferences"]';
const DECLARATION = '[data-cookiegate="declaration"]';

function readConfig(w: Win): unknown {
  const el = document.getElementById('cookiegate-config');
  if (el) {
    try {
      return JSON.parse(el.textContent || '');
    } catch (e) {
      console.error(`cookiegate: invalid config: #cookiegate-config is not valid JSON (${(e as Error).message})`);
      return null; // validation reports it again and the instance fails closed
    }
  }
  return w.cookiegateConfig ?? DEFAULT_CONFIG;
}

/**
 * Starts the script-tag install. Works plain in <head>, defer, async or at the end of <body>.
 * `split` is the split install's take-over from its loader (embed/takeover.ts).
 */
export function startEmbed(script: HTMLScriptElement | null, factory: InterfaceFactory, split?: typeof Split): void {
  const w = window as Win;
  const doc = document;
  const start = (t: Takeover) => {
    // (`take` is the embed's, not an option: createConsent ignores it.)
    const consent = createConsent(readConfig(w) as ConsentConfig, { ...t, nonce: script?.nonce || undefined });
    w.cookiegate = consent;
    // The split loader announced the decision it started the page with.
    if (!t.resume?.value) doc.dispatchEvent(new CustomEvent('cookiegate:ready', { detail: consent.record() }));
    // An invalid config fails closed: nothing optional can be granted, so no banner offers it.
    if (consent.errors.length) return t.take?.(consent);

    // Until the interface is up, the openers of the page are the embed's to answer.
    const onOpener = (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.(OPENER)) {
        e.preventDefault();
        show(true);
      }
    };
    const show = factory(consent, () => doc.removeEventListener('click', onOpener));
    doc.addEventListener('click', onOpener);
    consent.on('preferences', () => show(true));
    consent.on('change', (record) => record || show(false));
    if (!consent.record()) show(false);
    const later = () => {
      // The statistics exception's "Object" button shows on every page until the visitor objects.
      const statistics = consent.config.statisticsException;
      if (consent.config.reopenButton || (statistics && consent.has(statistics)) || doc.querySelector(DECLARATION)) show(false);
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', later);
    else later();
    // destroy() leaves nothing of the embed behind either (the interface unmounts itself).
    consent.on('destroy', () => {
      doc.removeEventListener('click', onOpener);
      doc.removeEventListener('DOMContentLoaded', later);
    });
    // Last, so that the split loader's queued calls (showPreferences…) find the listeners above.
    t.take?.(consent);
  };
  const begin = () => {
    // Including the tag twice yields one instance and one banner.
    if (__SPLIT__ && split) {
      const t = split(w);
      if (t) start(t);
    } else if (!w.cookiegate) start({});
  };
  // An async tag can run before the config element below it is parsed: wait for the document then.
  if (!doc.getElementById('cookiegate-config') && !w.cookiegateConfig && doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', begin);
  } else {
    // In a microtask, which still runs before the parser goes on to the next element (HTML "clean
    // up after running script"): off this file's top-level stack. Chromium records the stack at the
    // first document.cookie read, and with DevTools attached V8 then re-parses every enclosing
    // function for source positions, this whole 40 KB file included.
    queueMicrotask(begin);
  }
}
