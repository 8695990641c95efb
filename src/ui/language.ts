/** The languages cookiegate ships texts for: English is built in, the others are `src/i18n/<lang>.ts`. */
export const LANGUAGES = ['en', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl'] as const;

/** One of the shipped languages. */
export type Language = (typeof LANGUAGES)[number];

/** BCP 47: the primary subtag decides ("cy-GB" → "cy", "fr-CA" → "fr"). */
function primarySubtag(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
}

function shipped(tag: string | null | undefined): Language | undefined {
  const primary = primarySubtag(tag);
  return LANGUAGES.find((language) => language === primary);
}

/**
 * The language to show the interface in: the config's `language` when shipped; for `"auto"`,
 * the page's `<html lang>`, then the browser's `navigator.language`, else English.
 *
 * @example
 * resolveLanguage('auto', document); // "cy" on <html lang="cy-GB">
 */
export function resolveLanguage(configLanguage: string, doc: Document): Language {
  if (configLanguage !== 'auto') return shipped(configLanguage) ?? 'en';
  // A document may have no root element, and a window built by a test harness no navigator.
  const root = doc.documentElement as HTMLElement | null;
  const navigator = doc.defaultView?.navigator;
  return shipped(root?.lang) ?? shipped(navigator?.language) ?? 'en';
}

/**
 * The language the site asked for (the config's, or `<html lang>` under `"auto"`) when cookiegate
 * ships none for it, so the interface can say once that it shows English instead.
 */
export function unshippedLanguage(configLanguage: string, doc: Document): string | undefined {
  const asked = configLanguage === 'auto' ? (doc.documentElement as HTMLElement | null)?.lang : configLanguage;
  if (!primarySubtag(asked) || shipped(asked)) return undefined;
  return asked;
}
