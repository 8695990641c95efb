import type { Texts } from '../core/texts';
import { english } from '../i18n/english';

/**
 * The strings of an embed's placeholder: part of `Texts`, so they are translated with the rest
 * (`src/i18n/<lang>.ts`) and a config's `texts` overrides them. `{provider}` is the service's title
 * (or the embed's host name) and `{category}` the category's title.
 */
export type PlaceholderTexts = Pick<
  Texts,
  'lang' | 'placeholderText' | 'placeholderLoad' | 'placeholderLoadCategory' | 'placeholderPreferences'
>;

/** The English placeholder texts, built into the script-tag bundle. */
export const englishPlaceholder: PlaceholderTexts = english;
