// The script-tag entry (dist/cookiegate.js): reads the config from the page, creates the instance,
// gates the page's tags, mounts the interface once <body> exists, and sets window.cookiegate.
// Works plain in <head>, defer, async or at the end of <body>. Nothing imports this file.
import { createConsent } from './create-consent';
import type { Consent } from './core/consent';
import type { ConsentConfig } from './core/config-types';
import type { Texts } from './core/texts';
import { mountBanner } from './ui/mount-banner';
import { resolveLanguage } from './ui/language';

type Win = Window & {
  cookiegate?: Consent<string>;
  cookiegateConfig?: unknown;
  cookiegateTexts?: Record<string, Partial<Texts>>;
};

/** Used when a page gives no config at all: the strictly necessary category and analytics. */
const DEFAULT_CONFIG: ConsentConfig = {
  revision: '1',
  categories: { necessary: { required: true }, analytics: {} },
};

/** How long the banner waits for a translation file before it shows in English. */
const LANGUAGE_TIMEOUT_MS = 1500;

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

function loadTexts(lang: string, done: (texts?: Partial<Texts>) => void): void {
  const have = w.cookiegateTexts?.[lang];
  if (lang === 'en' || have || !script?.src) return done(have);
  const s = doc.createElement('script');
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done(w.cookiegateTexts?.[lang]);
  };
  s.src = new URL(`i18n/${lang}.js`, script.src).href;
  if (script.nonce) s.nonce = script.nonce;
  s.onload = s.onerror = finish;
  setTimeout(finish, LANGUAGE_TIMEOUT_MS);
  doc.head.append(s);
}

function start(): void {
  // Including the tag twice yields one instance and one banner.
  if (w.cookiegate) return;
  const nonce = script?.nonce || undefined;
  const consent = createConsent(readConfig() as ConsentConfig, { nonce });
  w.cookiegate = consent;
  doc.dispatchEvent(new CustomEvent('cookiegate:ready', { detail: consent.record() }));
  // An invalid config fails closed: nothing optional can be granted, so no banner offers it.
  if (consent.errors.length) return;
  loadTexts(resolveLanguage(consent.config.language, doc), (texts) => {
    const mount = () => mountBanner(consent, { texts, nonce });
    if (doc.body) mount();
    else doc.addEventListener('DOMContentLoaded', mount);
  });
}

// An async tag can run before the config element below it is parsed: wait for the document then.
if (!doc.getElementById('cookiegate-config') && !w.cookiegateConfig && doc.readyState === 'loading') {
  doc.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
