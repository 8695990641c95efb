import type { Texts } from '../core/texts';
import type { Language } from './language';

/**
 * Each shipped language as its own chunk, fetched only when a page asks for it. A static map of
 * `import()` calls (not a template string) so every bundler sees the seven files.
 */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Texts }>> = {
  cy: () => import('../i18n/cy'),
  de: () => import('../i18n/de'),
  es: () => import('../i18n/es'),
  fr: () => import('../i18n/fr'),
  it: () => import('../i18n/it'),
  nl: () => import('../i18n/nl'),
  pl: () => import('../i18n/pl'),
};

/**
 * Loads a shipped language's texts for `mountBanner`'s `loadTexts` option (the npm entry's
 * default); English is built in, so it resolves to `undefined` for it.
 *
 * @example
 * mountBanner(consent, { loadTexts: loadLanguage });
 */
export async function loadLanguage(language: Language): Promise<Partial<Texts> | undefined> {
  if (language === 'en') return undefined;
  const module = await LOADERS[language]();
  return module.default;
}
