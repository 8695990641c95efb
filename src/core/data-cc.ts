import { hasOwn } from './config-values';
import type { Consent } from './consent-types';

/** vanilla-cookieconsent's `data-cc` attribute, honoured so its pages switch without edits. */
const SELECTOR = '[data-cc]';
const OPENERS = '[data-cc="show-preferencesModal"],[data-cc="show-consentModal"]';

/**
 * What `data-cc="accept-custom"` asks of the interface: an open preferences dialog saves the
 * choice it shows and sets `handled`; otherwise the current decision is saved as it stands.
 */
export interface CustomSaveRequest {
  handled: boolean;
}

/** The choice of `accept-custom` with no dialog open: what is granted now, as a recorded decision. */
function currentChoice(consent: Consent<string, string>): Record<string, boolean> {
  const choice: Record<string, boolean> = {};
  for (const category of consent.config.categories) choice[category.id] = consent.has(category.id);
  for (const service of consent.services()) choice[service.id] = consent.has(service.id);
  return choice;
}

/**
 * Answers clicks on vanilla-cookieconsent's `data-cc` elements, on any element and whenever added
 * (one delegated listener, where vanilla-cookieconsent binds the elements present at start):
 * `show-preferencesModal`, `show-consentModal` (the preferences: with a decision there is no banner
 * to show again, and the dialog offers the same choices), `accept-all`, `accept-necessary` and
 * `accept-custom`. Returns the function that stops listening.
 */
export function listenDataCc(
  doc: Document,
  consent: Consent<string, string>,
  requestCustomSave: () => boolean,
): () => void {
  const actions: Readonly<Record<string, () => void>> = {
    'show-preferencesModal': () => {
      consent.showPreferences();
    },
    'show-consentModal': () => {
      consent.showPreferences();
    },
    'accept-all': () => consent.acceptAll(),
    'accept-necessary': () => consent.rejectAll(),
    'accept-custom': () => {
      if (!requestCustomSave()) consent.set(currentChoice(consent));
    },
  };
  const onClick = (event: MouseEvent) => {
    // The target may be a text node or the document, which have no `closest`.
    const element = (event.target as Partial<Pick<Element, 'closest'>> | null)?.closest?.(SELECTOR);
    const name = element?.getAttribute('data-cc') ?? '';
    if (!hasOwn(actions, name)) return;
    // A link (`<a href="#" data-cc=…>`) must not navigate or jump to the top.
    event.preventDefault();
    actions[name]();
  };
  // Their openers announce that they open a dialog (WAI-ARIA 1.2 aria-haspopup), as
  // vanilla-cookieconsent marks them; those present now and once the document is parsed.
  const markOpeners = () => {
    for (const opener of doc.querySelectorAll(OPENERS)) opener.setAttribute('aria-haspopup', 'dialog');
  };
  markOpeners();
  doc.addEventListener('DOMContentLoaded', markOpeners);
  doc.addEventListener('click', onClick);
  return () => {
    doc.removeEventListener('DOMContentLoaded', markOpeners);
    doc.removeEventListener('click', onClick);
  };
}
