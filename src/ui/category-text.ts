import type { Category } from '../core/config-types';
import type { Texts } from '../core/texts';

/** A category's visible title and description. */
export interface CategoryText {
  title: string;
  description: string;
}

/**
 * A category's title and description: the config's, else the texts of a well-known id
 * (`necessaryTitle`, `analyticsDescription`, …), else the id itself as the title.
 */
export function categoryText(category: Category, texts: Texts): CategoryText {
  const known = texts as unknown as Record<string, string | undefined>;
  return {
    title: category.title || known[`${category.id}Title`] || category.id,
    description: category.description || known[`${category.id}Description`] || '',
  };
}
