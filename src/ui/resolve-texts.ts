import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { resolveLanguage, unshippedLanguage, type Language } from './language';
import { english } from '../i18n/english';

/**
 * Fetches the texts of one shipped language other than English: `import()` of
 * `cookiegate/i18n/<lang>` for npm (load-language.ts), `dist/i18n/<lang>.js` for the script tag.
 */
export type TextsLoader = (language: Language) => Promise<Partial<Texts> | undefined>;

/** How long the banner waits for a language's texts before it shows in English. */
export const LANGUAGE_TIMEOUT_MS = 1500;

/** What {@link resolveTexts} reads. */
export interface TextsSource {
  consent: Consent;
  document: Document;
  /** Texts given by the caller: no loading. */
  texts?: Partial<Texts>;
  loadTexts?: TextsLoader;
  console: Pick<Console, 'warn'>;
}

/**
 * Calls `ready` once with the interface's texts: English, under the given or loaded language's
 * texts, under the config's `texts`. Synchronously when nothing needs loading; otherwise once
 * the language arrives, or in English after {@link LANGUAGE_TIMEOUT_MS} or a failure, with one
 * warning. Returns a cancel function (for an unmount while loading).
 */
export function resolveTexts(source: TextsSource, ready: (texts: Texts) => void): () => void {
  const { consent, document: doc } = source;
  const merge = (language?: Partial<Texts>): Texts => ({ ...english, ...language, ...consent.config.texts });
  if (source.texts) {
    ready(merge(source.texts));
    return () => undefined;
  }
  const language = resolveLanguage(consent.config.language, doc);
  // English it is, because no shipped language matched or nothing can load the one that did.
  const missing = language === 'en' ? unshippedLanguage(consent.config.language, doc) : language;
  if (language === 'en' || !source.loadTexts) {
    if (missing) warnEnglish(source.console, missing);
    ready(merge());
    return () => undefined;
  }
  return loadWithTimeout(source.loadTexts, language, (loaded) => {
    if (!loaded) warnEnglish(source.console, language);
    ready(merge(loaded));
  });
}

function warnEnglish(log: Pick<Console, 'warn'>, language: string): void {
  log.warn(`cookiegate: language: no texts for "${language}" could be loaded; showing English`);
}

/** Calls `done` once: with the loaded texts, or with none on a failure or after the timeout. */
function loadWithTimeout(load: TextsLoader, language: Language, done: (texts?: Partial<Texts>) => void): () => void {
  let settled = false;
  const finish = (texts?: Partial<Texts>) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    done(texts);
  };
  const timer = setTimeout(() => finish(), LANGUAGE_TIMEOUT_MS);
  // Called now, with a loader that throws treated as one that failed.
  new Promise<Partial<Texts> | undefined>((resolve) => resolve(load(language))).then(finish, () => finish());
  return () => {
    settled = true;
    clearTimeout(timer);
  };
}
