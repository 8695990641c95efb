/** The languages cookiegate ships texts for: English is built in, the others are `src/i18n/<lang>.ts`. */
export const LANGUAGES = ['en', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl'] as const;

/** One of the shipped languages. */
export type Language = (typeof LANGUAGES)[number];

const pick = (tag: string | null | undefined): Language | undefined => {
  // BCP 47: the primary subtag decides ("cy-GB" → "cy", "fr-CA" → "fr").
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
};

/**
 * The language to show the interface in: the config's `language` when shipped; for `"auto"`,
 * the page's `<html lang>`, then the browser's `navigator.language`, else English.
 *
 * @example
 * resolveLanguage('auto', document); // "cy" on <html lang="cy-GB">
 */
export function resolveLanguage(configLanguage: string, doc: Document): Language {
  if (configLanguage !== 'auto') return pick(configLanguage) ?? 'en';
  return pick(doc.documentElement?.lang) ?? pick(doc.defaultView?.navigator?.language) ?? 'en';
}
