import { hasOwn } from './config-values';
import type { NormalizedConfig, Service } from './config-types';

/**
 * The format version of the stored record (README, "The consent cookie"). 2: ids are URI-encoded
 * and service entries need not be declared (markup-named services). Version 1 records read as 2.
 */
export const RECORD_VERSION = 2;

/**
 * At most this many services named by `data-service` markup on one page get a decision of their
 * own; the others follow their category. With the validator's limits (revision, 20 categories,
 * 30 services, ids of 40 characters) it keeps every record under the reader's MAX_STORED_LENGTH
 * (DESIGN.md behaviour 10; the property test in test/unit/core/record-limits.property.test.ts).
 */
export const MAX_MARKUP_SERVICES = 10;
/** A `data-service` name longer than this once URI-encoded follows its category. */
export const MAX_MARKUP_NAME_LENGTH = 64;

/** A visitor's stored decision: the proof of what was chosen, when, under which policy revision. */
export interface ConsentRecord {
  readonly version: number;
  readonly revision: string;
  /** Random id the visitor can quote, and receipts are keyed by. */
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly created: number;
  readonly updated: number;
  readonly categories: Readonly<Record<string, boolean>>;
  /** Decisions on single services, where they differ from their category. */
  readonly services: Readonly<Record<string, boolean>>;
}

/** What a decision did, as reported in events and receipts. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'reset' | 'sync';

/** A version 4 UUID, from `crypto.getRandomValues` (which, unlike `randomUUID`, plain http has too). */
export function randomId(): string {
  // Missing in old browsers and some embedded runtimes: Math.random is the fallback.
  const c = globalThis.crypto as Crypto | undefined;
  const random = () => (c?.getRandomValues ? c.getRandomValues(new Uint8Array(1))[0] : Math.random() * 256);
  // 1 → any hex digit, 4 → the version, 8 → the variant (8, 9, a or b): RFC 9562 section 5.4.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d) =>
    (+d ^ (random() & (15 >> (+d / 4)))).toString(16),
  );
}

/**
 * An own property's value: a markup name such as `toString` must not read the prototype. `unknown`,
 * because a choice from plain JavaScript or a stored record may hold anything: only `true` grants.
 */
const own = (decisions: Readonly<Record<string, unknown>> | undefined, id: string): unknown =>
  decisions && hasOwn(decisions, id) ? decisions[id] : undefined;

/**
 * The next record after a decision. Required categories are always granted, whatever is asked;
 * categories and services not named keep their previous value (or are refused when new). Naming a
 * category resets its services to follow it, unless they are named too. `markup`: the services the
 * page's `data-service` markup named (at most MAX_MARKUP_SERVICES).
 */
export function decide(
  config: NormalizedConfig,
  previous: ConsentRecord | null,
  choice: Readonly<Record<string, boolean>>,
  now: number,
  markup: readonly Service[] = [],
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) {
    // Statistics under the exception stay on until the visitor objects (PECR Sch. A1 para. 5).
    categories[c.id] =
      c.required ||
      (own(choice, c.id) ?? own(previous?.categories, c.id) ?? c.id == config.statisticsException) === true;
  }
  const services: Record<string, boolean> = {};
  for (const s of [...config.services, ...markup]) {
    const explicit = own(choice, s.id) ?? (hasOwn(choice, s.category) ? undefined : own(previous?.services, s.id));
    // A service decision is stored only where it differs from its category's.
    if (explicit !== undefined && explicit !== categories[s.category]) services[s.id] = explicit === true;
  }
  keepOtherPages(config, previous, choice, markup, services);
  return {
    version: RECORD_VERSION,
    revision: config.revision,
    id: previous?.id ?? randomId(),
    created: previous?.created ?? now,
    updated: now,
    categories,
    services,
  };
}

/**
 * Decisions on services named by markup on other pages of the site are kept while this page does
 * not name a category (whose services they might be), and only up to MAX_MARKUP_SERVICES markup
 * entries in all, so the record stays within what the reader accepts (DESIGN.md behaviour 10).
 */
function keepOtherPages(
  config: NormalizedConfig,
  previous: ConsentRecord | null,
  choice: Readonly<Record<string, boolean>>,
  markup: readonly Service[],
  services: Record<string, boolean>,
): void {
  if (!previous || config.categories.some((c) => hasOwn(choice, c.id))) return;
  const known = (id: string) => config.services.some((s) => s.id === id) || markup.some((s) => s.id === id);
  let room = MAX_MARKUP_SERVICES - markup.length;
  for (const [id, on] of Object.entries(previous.services)) {
    if (room <= 0) return;
    if (known(id)) continue;
    services[id] = on;
    room -= 1;
  }
}

/** Every category and service on or off. */
export function all(config: NormalizedConfig, value: boolean, except: readonly string[] = []): Record<string, boolean> {
  const choice: Record<string, boolean> = {};
  for (const c of config.categories) choice[c.id] = value && !except.includes(c.id);
  return choice;
}

/** Whether a category or a service (declared, or in `markup`) is granted by a record. */
export function grants(
  config: Pick<NormalizedConfig, 'categories' | 'services' | 'statisticsException'>,
  record: ConsentRecord | null,
  id: string,
  markup: readonly Service[] = [],
): boolean {
  const service = config.services.find((s) => s.id === id) ?? markup.find((s) => s.id === id);
  const category = config.categories.find((c) => c.id === (service ? service.category : id));
  // Strictly necessary services are always on, like their category (PECR reg. 6(4)).
  if (category?.required) return true;
  // Before any decision only statistics under the exception run, until the visitor objects.
  if (!record) return !!category && category.id == config.statisticsException;
  if (service) return (own(record.services, id) ?? own(record.categories, service.category)) === true;
  return own(record.categories, id) === true;
}
