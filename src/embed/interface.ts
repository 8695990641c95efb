// Mounts the preact interface for the script-tag install, in the page's language: English is built
// in; another language's texts come from `i18n/<lang>.js` beside the script.
import type { Consent } from '../core/consent-types';
import type { Texts } from '../core/texts';
import { mountBanner, type MountedBanner } from '../ui/mount-banner';
import { trusted } from '../core/trusted-types';
import { resolveLanguage } from '../ui/language';

type Win = Window & { cookiegateTexts?: Record<string, Partial<Texts>> };

/** How long the banner waits for a translation file before it shows in English. */
const LANGUAGE_TIMEOUT_MS = 1500;

function loadTexts(w: Win, script: HTMLScriptElement | null, lang: string, done: (texts?: Partial<Texts>) => void): void {
  const have = w.cookiegateTexts?.[lang];
  if (lang === 'en' || have || !script?.src) {
    done(have);
    return;
  }
  const doc = w.document;
  const s = doc.createElement('script');
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done(w.cookiegateTexts?.[lang]);
  };
  try {
    // Trusted Types: the URL goes through the `cookiegate` policy.
    s.src = trusted(w, new URL(`i18n/${lang}.js`, script.src).href);
  } catch {
    finish(); // refused: the banner still shows, in English
    return;
  }
  if (script.nonce) s.nonce = script.nonce;
  s.onload = finish;
  s.onerror = finish;
  setTimeout(finish, LANGUAGE_TIMEOUT_MS);
  doc.head.append(s);
}

/**
 * Returns `show(open)`: the first call loads the texts and mounts the interface (once `<body>`
 * exists); `open`, now or while it loads, opens the preferences dialog.
 */
export function interfaceLoader(
  consent: Consent<string, string>,
  script: HTMLScriptElement | null,
  onMounted?: () => void,
): (open: boolean) => void {
  const w = window as Win;
  const doc = document;
  let ui: MountedBanner | undefined;
  let started = false;
  let wantOpen = false;
  return (open) => {
    if (ui) {
      if (open) ui.showPreferences();
      return;
    }
    wantOpen = wantOpen || open;
    if (started) return;
    started = true;
    loadTexts(w, script, resolveLanguage(consent.config.language, doc), (texts) => {
      const mount = () => {
        ui = mountBanner(consent, { texts, nonce: script?.nonce || undefined });
        onMounted?.();
        if (wantOpen) ui.showPreferences();
      };
      if (doc.body) mount();
      else doc.addEventListener('DOMContentLoaded', mount, { once: true });
    });
  };
}
