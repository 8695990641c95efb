// Placeholders for blocked iframes in the script-tag install: auto-blocked ones and gated markup
// (`iframe[data-category][data-src]`). Preact renders only on a page that has one, so a returning
// visitor's page without blocked embeds runs none of it.
import type { Consent } from '../core/consent-types';
import { HELD_ATTRIBUTE, HELD_EVENT } from '../core/auto-block';
import { mountPlaceholder } from '../ui/placeholder';
import type { PlaceholderTexts } from '../ui/placeholder-texts';
import { resolveLanguage } from '../ui/language';

type Win = Window & { cookiegateTexts?: Record<string, Partial<PlaceholderTexts>> };

const BLOCKED = `iframe[${HELD_ATTRIBUTE}],iframe[data-category][data-src]`;

/**
 * Mounts a placeholder on each blocked iframe once the document is parsed (its styles then apply,
 * so the placeholder takes the iframe's final size), and on each iframe auto-blocking holds later.
 * Returns the clean-up.
 */
export function startPlaceholders(consent: Consent<string, string>, nonce?: string): () => void {
  const doc = document;
  const w = window as Win;
  const seen = new WeakSet<Element>();
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    // The banner's language (translated texts come with its i18n file, else English); the
    // config's `texts` win, as in the banner.
    const texts = { ...w.cookiegateTexts?.[resolveLanguage(consent.config.language, doc)], ...consent.config.texts };
    for (const iframe of doc.querySelectorAll<HTMLIFrameElement>(BLOCKED)) {
      if (seen.has(iframe)) continue;
      seen.add(iframe);
      mountPlaceholder(consent, iframe, { texts, nonce });
    }
  };
  // A script sets `src` and then inserts the iframe, in the same task: look once it is in place.
  const onHeld = () => {
    if (scheduled || doc.readyState === 'loading') return;
    scheduled = true;
    queueMicrotask(scan);
  };
  doc.addEventListener(HELD_EVENT, onHeld);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', scan);
  else scan();
  return () => {
    doc.removeEventListener(HELD_EVENT, onHeld);
    doc.removeEventListener('DOMContentLoaded', scan);
  };
}
