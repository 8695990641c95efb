// Policies often misspell the names they declare: the charity's policy says `_utma` while ga.js
// writes `__utma` (DESIGN.md, compliance.md section G). The audit names such pairs so the policy
// text can be corrected, whether or not a `pattern` already makes the registry match both.

import type { DeclaredCookie } from '../core/config-types';

/** A cookie name with its leading underscores removed: `__utma` and `_utma` both give `utma`. */
export function normaliseName(name: string): string {
  return name.replace(/^_+/, '');
}

/** A declared name and a name the browser held that differ only in their leading underscores. */
export interface SpellingNote {
  declared: string;
  seen: string;
  category: string;
  /** True when the declaration's pattern already matches the real name (clean-up finds it). */
  coveredByPattern: boolean;
}

/**
 * Pairs each declared name with the real names that equal it once leading underscores are
 * normalised but are spelt differently. Placeholder names such as `_ga_<container-id>` are skipped:
 * they are descriptions, not spellings.
 *
 * @example
 * spellingNotes(config.cookies, ['__utma']); // [{ declared: '_utma', seen: '__utma', … }]
 */
export function spellingNotes(declarations: readonly DeclaredCookie[], seenNames: Iterable<string>): SpellingNote[] {
  const notes: SpellingNote[] = [];
  const seen = [...new Set(seenNames)];
  for (const decl of declarations) {
    if (/[<>*]/.test(decl.name)) continue;
    for (const name of seen) {
      if (name === decl.name || normaliseName(name) !== normaliseName(decl.name)) continue;
      // A declaration that also matches the real name by its exact spelling is not misspelt.
      if (declarations.some((d) => d.name === name)) continue;
      if (!notes.some((n) => n.declared === decl.name && n.seen === name)) {
        notes.push({ declared: decl.name, seen: name, category: decl.category, coveredByPattern: decl.match(name) });
      }
    }
  }
  return notes;
}
