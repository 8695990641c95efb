// An opt-in stand-in for the common calls of vanilla-cookieconsent 3's `window.CookieConsent`, so
// page code written for it keeps working after the switch. Nothing installs it unless asked.
import type { Consent } from '../core/consent-types';

/** The calls of vanilla-cookieconsent 3 that the shim answers, with its meanings. */
export interface CookieConsentShim {
  /** Whether a category is accepted now. */
  acceptedCategory(category: string): boolean;
  /** Whether a service of a category is accepted now (a `data-service` name or a declared service id). */
  acceptedService(service: string, category: string): boolean;
  /** Whether a decision is stored (and valid for the current revision). */
  validConsent(): boolean;
  /** Opens the preferences dialog. */
  showPreferences(): void;
  /**
   * Records a decision: `'all'` accepts every category, `[]` only the required ones, a list those
   * categories (the others refused), nothing the current choice.
   * `exclusions` are refused whatever the first argument says.
   */
  acceptCategory(categories?: string | string[], exclusions?: string[]): void;
  /** Accepts one service or a list (`'all'`: all of the category's, `[]`: none) of one category. */
  acceptService(services: string | string[], category: string): void;
}

/** The shim over an instance. */
export function createCookieConsentShim(consent: Consent<string, string>): CookieConsentShim {
  const categoryIds = () => consent.config.categories.map((c) => c.id);
  const servicesOf = (category: string) => consent.services().filter((s) => s.category === category);

  const acceptCategory: CookieConsentShim['acceptCategory'] = (categories, exclusions = []) => {
    if (categories === undefined) {
      // The current choice, recorded as a decision (a dialog's unsaved draft is the dialog's to save).
      consent.set(Object.fromEntries(categoryIds().map((id) => [id, consent.has(id)])));
      return;
    }
    const wanted = categories === 'all' ? categoryIds() : typeof categories === 'string' ? [categories] : categories;
    const choice: Record<string, boolean> = {};
    for (const id of categoryIds()) choice[id] = wanted.includes(id) && !exclusions.includes(id);
    consent.set(choice);
  };

  return {
    acceptedCategory: (category) => categoryIds().includes(category) && consent.has(category),
    acceptedService: (service, category) => servicesOf(category).some((s) => s.id === service) && consent.has(service),
    validConsent: () => consent.record() !== null,
    showPreferences: () => {
      consent.showPreferences();
    },
    acceptCategory,
    acceptService: (services, category) => {
      const all = servicesOf(category).map((s) => s.id);
      const wanted = services === 'all' ? all : typeof services === 'string' ? [services] : services;
      consent.set(Object.fromEntries(all.map((id) => [id, wanted.includes(id)])));
    },
  };
}

/**
 * Sets `window.CookieConsent` to the shim, unless the page already has one (vanilla-cookieconsent
 * itself, still loaded). Returns the function that takes it away again.
 *
 * @example
 * installCookieConsentShim(window, window.cookiegate);
 * CookieConsent.acceptedCategory('analytics');
 */
export function installCookieConsentShim(win: Window, consent: Consent<string, string>): () => void {
  const target = win as Window & { CookieConsent?: unknown };
  if (target.CookieConsent !== undefined) return () => undefined;
  const shim = createCookieConsentShim(consent);
  target.CookieConsent = shim;
  return () => {
    if (target.CookieConsent === shim) delete target.CookieConsent;
  };
}
