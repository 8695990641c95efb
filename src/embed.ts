// The script-tag entry (dist/cookiegate.js), a small loader: reads the config from the page,
// creates the instance, gates the page's tags, runs the integrations and sets window.cookiegate.
// The interface (dist/cookiegate-ui.js, preact) is fetched from beside this file only when it must
// show: at once on a first visit, and later only for the preferences dialog, a reset, the policy
// page's declaration or the reopen button. A returning visitor never downloads it.
// Works plain in <head>, defer, async or at the end of <body>. Nothing imports this file.
import { createConsent } from './create-consent';
import { trusted } from './core/trusted-types';
import type { Consent } from './core/consent';
import type { ConsentConfig } from './core/config-types';

type Win = Window & { cookiegate?: Consent<string>; cookiegateConfig?: unknown };

/** Used when a page gives no config at all: the strictly necessary category and analytics. */
const DEFAULT_CONFIG: ConsentConfig = {
  revision: '1',
  categories: { necessary: { required: true }, analytics: {} },
};
const OPENER = '[data-cookiegate="preferences"]';
const DECLARATION = '[data-cookiegate="declaration"]';

const w = window as Win;
const doc = document;
const script = doc.currentScript as HTMLScriptElement | null;

function readConfig(): unknown {
  const el = doc.getElementById('cookiegate-config');
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

function start(): void {
  // Including the tag twice yields one instance and one banner.
  if (w.cookiegate) return;
  const nonce = script?.nonce || undefined;
  const consent = createConsent(readConfig() as ConsentConfig, { nonce });
  w.cookiegate = consent;
  doc.dispatchEvent(new CustomEvent('cookiegate:ready', { detail: consent.record() }));
  // An invalid config fails closed: nothing optional can be granted, so no banner offers it.
  if (consent.errors.length || !script?.src) return;

  let ui: HTMLScriptElement | undefined;
  const load = (open?: boolean) => {
    if (!ui) {
      ui = doc.createElement('script');
      // Under `require-trusted-types-for 'script'` a plain string is refused: use the cookiegate policy.
      ui.src = trusted(w, script.src.replace(/(\.min)?\.js(\?.*)?$/, '-ui$1.js$2'));
      if (nonce) ui.nonce = nonce;
      // Once the interface runs, its own listeners take over the openers.
      ui.onload = () => doc.removeEventListener('click', onOpener);
      doc.head.append(ui);
    }
    // Read by the interface when it mounts: a request made while it was loading.
    if (open) ui.dataset.open = '';
  };
  const onOpener = (e: MouseEvent) => {
    if ((e.target as Element | null)?.closest?.(OPENER)) {
      e.preventDefault();
      load(true);
    }
  };
  doc.addEventListener('click', onOpener);
  consent.on('preferences', () => load(true));
  consent.on('change', (record) => record || load());
  if (!consent.record()) load();
  const later = () => {
    if (consent.config.reopenButton || doc.querySelector(DECLARATION)) load();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', later);
  else later();
  // destroy() leaves nothing of the loader behind either (the interface unmounts itself).
  consent.on('destroy', () => {
    doc.removeEventListener('click', onOpener);
    doc.removeEventListener('DOMContentLoaded', later);
  });
}

// An async tag can run before the config element below it is parsed: wait for the document then.
if (!doc.getElementById('cookiegate-config') && !w.cookiegateConfig && doc.readyState === 'loading') {
  doc.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
