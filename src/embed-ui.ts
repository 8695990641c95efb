// The interface of the script-tag install (dist/cookiegate-ui.js): loaded by dist/cookiegate.js
// from beside itself when the banner or the dialog must show. It mounts the preact interface on the
// instance the loader created, in the page's language. Nothing imports this file.
import type { Consent } from './core/consent';
import type { Texts } from './core/texts';
import { mountBanner } from './ui/mount-banner';
import { trusted } from './core/trusted-types';
import { resolveLanguage } from './ui/language';

type Win = Window & { cookiegate?: Consent<string>; cookiegateTexts?: Record<string, Partial<Texts>> };

/** How long the banner waits for a translation file before it shows in English. */
const LANGUAGE_TIMEOUT_MS = 1500;

const w = window as Win;
const doc = document;
const script = doc.currentScript as HTMLScriptElement | null;
const consent = w.cookiegate;

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
  try {
    // Trusted Types: this bundle creates its own `cookiegate` policy, hence 'allow-duplicates' in the README.
    s.src = trusted(w, new URL(`i18n/${lang}.js`, script.src).href);
  } catch {
    return finish(); // refused (no 'allow-duplicates'): the banner still shows, in English
  }
  if (script.nonce) s.nonce = script.nonce;
  s.onload = s.onerror = finish;
  setTimeout(finish, LANGUAGE_TIMEOUT_MS);
  doc.head.append(s);
}

if (consent) {
  const nonce = script?.nonce || undefined;
  loadTexts(resolveLanguage(consent.config.language, doc), (texts) => {
    const mount = () => {
      const ui = mountBanner(consent, { texts, nonce });
      if (script?.hasAttribute('data-open')) ui.showPreferences();
    };
    if (doc.body) mount();
    else doc.addEventListener('DOMContentLoaded', mount, { once: true });
  });
}
