import type { NormalizedConfig } from './config-types';

/** The format version of the stored record; another version is no decision. */
export const RECORD_VERSION = 1;

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

export function randomId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The next record after a decision. Required categories are always granted, whatever is asked;
 * categories and services not named keep their previous value (or are refused when new).
 */
export function decide(
  config: NormalizedConfig,
  previous: ConsentRecord | null,
  choice: Readonly<Record<string, boolean>>,
  now: number,
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) {
    // Statistics under the exception stay on until the visitor objects (PECR Sch. A1 para. 5).
    categories[c.id] = c.required || (choice[c.id] ?? previous?.categories[c.id] ?? c.id == config.statisticsException) === true;
  }
  const services: Record<string, boolean> = {};
  for (const s of config.services) {
    const explicit = choice[s.id] ?? (s.category in choice ? undefined : previous?.services[s.id]);
    // A service decision is stored only where it differs from its category's.
    if (explicit !== undefined && explicit !== categories[s.category]) services[s.id] = explicit === true;
  }
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

/** Every category and service on or off. */
export function all(config: NormalizedConfig, value: boolean, except: readonly string[] = []): Record<string, boolean> {
  const choice: Record<string, boolean> = {};
  for (const c of config.categories) choice[c.id] = value && !except.includes(c.id);
  return choice;
}

/** Whether a category or a service is granted by a record. */
export function grants(config: NormalizedConfig, record: ConsentRecord | null, id: string): boolean {
  const service = config.services.find((s) => s.id === id);
  const category = config.categories.find((c) => c.id === (service ? service.category : id));
  // Strictly necessary services are always on, like their category (PECR reg. 6(4)).
  if (category?.required) return true;
  // Before any decision only statistics under the exception run, until the visitor objects.
  if (!record) return !!category && category.id == config.statisticsException;
  if (service) return record.services[id] ?? record.categories[service.category] === true;
  return record.categories[id] === true;
}
