import type { NormalizedConfig, Service } from './config-types';
import type { ChangeInfo } from './consent-types';
import { grants, type ConsentAction, type ConsentRecord } from './record';
import { encodeRecord } from './record-codec';

/** Every category and service id of a config, then those of the services markup named. */
export const idsOf = (config: NormalizedConfig, markup: readonly Service[] = []): string[] => [
  ...config.categories.map((c) => c.id),
  ...config.services.map((s) => s.id),
  ...markup.map((s) => s.id),
];

/**
 * What moving from `previous` to `next` did: which ids it granted and withdrew, and the action
 * reported (a decision that takes back a grant is a withdrawal, unless it is a sync or a reset).
 */
export function changeInfo(
  config: NormalizedConfig,
  previous: ConsentRecord | null,
  next: ConsentRecord | null,
  action: ConsentAction,
  markup: readonly Service[] = [],
): ChangeInfo {
  const ids = idsOf(config, markup);
  const granted = ids.filter((id) => grants(config, next, id, markup) && !grants(config, previous, id, markup));
  const withdrawn = ids.filter((id) => !grants(config, next, id, markup) && grants(config, previous, id, markup));
  const withdrawal = withdrawn.length > 0 && action !== 'sync' && action !== 'reset';
  return { action: withdrawal ? 'withdraw' : action, previous, granted, withdrawn };
}

/**
 * The valid part of a `set()` choice: known ids (categories, declared services, services markup
 * named) with boolean values. Each other entry is named in `ignored`, for a warning.
 */
export function cleanChoice(
  config: NormalizedConfig,
  choice: Readonly<Record<string, unknown>>,
  markup: readonly Service[] = [],
) {
  const ids = idsOf(config, markup);
  const clean: Record<string, boolean> = {};
  const ignored: string[] = [];
  for (const [id, on] of Object.entries(choice)) {
    if (ids.includes(id) && typeof on === 'boolean') clean[id] = on;
    else ignored.push(id);
  }
  return { clean, ignored };
}

/** Whether two records hold the same decision (a sync that changes nothing is no change). */
export function sameDecision(a: ConsentRecord | null, b: ConsentRecord | null): boolean {
  if (!a || !b) return a === b;
  return encodeRecord(a) === encodeRecord(b);
}
