// The script-tag install: read the config from the page, create the instance with the shipped
// plugins, gate the page's tags, set window.cookiegate, and decide when the interface must show:
// at once without a decision; otherwise for the preferences dialog, a reset, the policy page's
// declaration, the statistics objection, and (once the page is idle) the reopen control.
import { createConsent } from '../core/consent';
import type { Consent } from '../core/consent-types';
import type { CoreConfig } from '../core/config-types';
import { shippedPlugins } from '../integrations/plugins';
import { startPlaceholders } from './placeholders';

type Win = Window & { cookiegate?: Consent<string, string>; cookiegateConfig?: unknown };

/** Shows the interface; `open` asks for the preferences dialog. */
export type ShowInterface = (open: boolean) => void;
/** Builds `show` for an instance; the interface takes over the openers once it is mounted. */
export type InterfaceFactory = (consent: Consent<string, string>, onMounted: () => void) => ShowInterface;

/** Used when a page gives no config at all: the strictly necessary category and analytics. */
const DEFAULT_CONFIG: CoreConfig = {
  revision: '1',
  categories: { necessary: { required: true }, analytics: {} },
};
const OPENER = '[data-cookiegate="preferences"]';
const DECLARATION = '[data-cookiegate="declaration"]';

function readConfig(w: Win): unknown {
  const element = document.getElementById('cookiegate-config');
  if (!element) return w.cookiegateConfig ?? DEFAULT_CONFIG;
  try {
    return JSON.parse(element.textContent);
  } catch (e) {
    console.error(`cookiegate: invalid config: #cookiegate-config is not valid JSON (${(e as Error).message})`);
    return null; // validation reports it again and the instance fails closed
  }
}

/** Runs `task` once the page is idle (the reopen control is not on the page-load path). */
function whenIdle(w: Window, task: () => void): void {
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 200);
}

/**
 * What the page needs of the interface after load. The reopen control is the way back on every
 * page (EDPB Taskforce, type K): with it turned off, a page with no opener gets a warning.
 */
function showLater(consent: Consent<string, string>, show: ShowInterface): void {
  const doc = document;
  const statistics = consent.config.statisticsException;
  // The statistics exception's "Object" button shows on every page until the visitor objects.
  if ((statistics && consent.has(statistics)) || doc.querySelector(DECLARATION)) show(false);
  else if (consent.config.reopenButton) {
    whenIdle(window, () => {
      show(false);
    });
  }
  if (!consent.config.reopenButton && !doc.querySelector(OPENER)) {
    console.warn(
      `cookiegate: reopenButton is off and this page has no ${OPENER} element: visitors cannot change their decision here`,
    );
  }
}

function start(w: Win, script: HTMLScriptElement | null, factory: InterfaceFactory): void {
  const doc = document;
  const consent = createConsent(readConfig(w) as CoreConfig, {
    plugins: shippedPlugins,
    nonce: script?.nonce ?? undefined,
  });
  w.cookiegate = consent;
  doc.dispatchEvent(new CustomEvent('cookiegate:ready', { detail: consent.record() }));
  // An invalid config fails closed: nothing optional can be granted, so no banner offers it.
  if (consent.errors.length > 0) return;

  // Until the interface is up, the openers of the page are the embed's to answer.
  const onOpener = (e: MouseEvent) => {
    // The target may be a text node or the document, which have no `closest`.
    if ((e.target as Partial<Pick<Element, 'closest'>> | null)?.closest?.(OPENER)) {
      e.preventDefault();
      show(true);
    }
  };
  const show = factory(consent, () => {
    doc.removeEventListener('click', onOpener);
  });
  doc.addEventListener('click', onOpener);
  consent.on('preferences', () => {
    show(true);
  });
  consent.on('change', (record) => {
    if (!record) show(false);
  });
  if (!consent.record()) show(false);
  const later = () => {
    showLater(consent, show);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', later);
  else later();
  const stopPlaceholders = startPlaceholders(consent, script?.nonce || undefined);
  // destroy() leaves nothing of the embed behind either (the interface unmounts itself).
  consent.on('destroy', () => {
    doc.removeEventListener('click', onOpener);
    doc.removeEventListener('DOMContentLoaded', later);
    stopPlaceholders();
  });
}

/** Starts the script-tag install. Works plain in <head>, defer, async or at the end of <body>. */
export function startEmbed(script: HTMLScriptElement | null, factory: InterfaceFactory): void {
  const w = window as Win;
  const doc = document;
  const begin = () => {
    // Including the tag twice yields one instance and one banner.
    if (!w.cookiegate) start(w, script, factory);
  };
  // An async tag can run before the config element below it is parsed: wait for the document then.
  if (!doc.getElementById('cookiegate-config') && !w.cookiegateConfig && doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', begin);
  } else {
    // In a microtask, which still runs before the parser goes on to the next element (HTML "clean
    // up after running script"): off this file's top-level stack. Chromium records the stack at the
    // first document.cookie read, and with DevTools attached V8 then re-parses every enclosing
    // function for source positions.
    queueMicrotask(begin);
  }
}
