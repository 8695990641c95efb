import type { Category } from '../core/config-types';
import type { Texts } from '../core/texts';

/**
 * A category's title and description: the config's, else the texts of a well-known id
 * (`necessaryTitle`, `analyticsDescription`, …), else the id itself as the title.
 */
export function categoryText(c: Category, t: Texts): [title: string, description: string] {
  const known = t as unknown as Record<string, string | undefined>;
  return [c.title || known[c.id + 'Title'] || c.id, c.description || known[c.id + 'Description'] || ''];
}
