import type { Consent } from '../core/consent-types';
import type { NormalizedConfig } from '../core/config-types';
import type { Plugin } from '../core/plugin';
import { grants, type ConsentRecord } from '../core/record';
import { decodeRecord } from '../core/record-codec';
import { readCookie } from '../core/cookie-header';
import { validateConfig } from '../core/validate-config';

/**
 * What a provider hands its hooks: the live instance once it exists, and a store in
 * `useSyncExternalStore`'s shape over it (or, before it exists, over the stored decision as read).
 */
export interface ConsentStore {
  /** The live instance, `null` until the provider's effect has created it. */
  readonly consent: Consent<string, string> | null;
  /** The config `has` answers from: the instance's, or the provider's own validation of it. */
  readonly config: NormalizedConfig;
  /** True when the provider was given `initialRecord`: the first render must match the server's. */
  readonly hydrating: boolean;
  // `this: void`: React takes these as bare functions (useSyncExternalStore(store.subscribe, …)).
  subscribe(this: void, listener: () => void): () => void;
  getSnapshot(this: void): ConsentRecord | null;
  getServerSnapshot(this: void): ConsentRecord | null;
}

const ignore = () => () => undefined;

/** A store over a live instance. */
export function liveStore(
  consent: Consent<string, string>,
  initialRecord: ConsentRecord | null | undefined,
): ConsentStore {
  return {
    consent,
    config: consent.config,
    hydrating: initialRecord !== undefined,
    subscribe: (listener) => consent.subscribe(listener),
    getSnapshot: () => consent.getSnapshot(),
    getServerSnapshot: () => initialRecord ?? null,
  };
}

/**
 * A store for the renders before the instance exists (the instance gates the page, so it is created
 * in an effect). On the client it reads the stored decision from `document.cookie` without side
 * effects, so a returning visitor's gated content renders at once instead of flashing the fallback;
 * on the server, and while hydrating, it gives `initialRecord`. Config errors read no decision (fail
 * closed, DESIGN.md behaviour 6).
 */
export function previewStore(
  input: unknown,
  plugins: readonly Plugin[],
  initialRecord: ConsentRecord | null | undefined,
): ConsentStore {
  const { config, errors } = validateConfig(input, { presets: plugins.flatMap((plugin) => plugin.presets ?? []) });
  let preview: ConsentRecord | null | undefined;
  const read = (): ConsentRecord | null => {
    if (errors.length > 0 || typeof document === 'undefined') return initialRecord ?? null;
    // Read once: useSyncExternalStore needs the same object on every call until a change.
    preview ??= decodeRecord(readCookie(cookieOf(document), config.cookie.name), config, Date.now());
    return preview;
  };
  return {
    consent: null,
    config,
    hydrating: initialRecord !== undefined,
    subscribe: ignore,
    getSnapshot: read,
    getServerSnapshot: () => initialRecord ?? null,
  };
}

/** `document.cookie`, or nothing where reading it throws (sandboxed frames). */
function cookieOf(doc: Document): string | undefined {
  try {
    return doc.cookie;
  } catch {
    return undefined;
  }
}

/** What `useConsent()` returns. `C` and `S` are the config's category and service ids. */
export interface ConsentState<C extends string = string, S extends string = string> {
  /** The decision rendered now, or `null` before the visitor decides. */
  readonly record: ConsentRecord | null;
  /** Whether a category or a service is granted by `record` (the same answer as `consent.has`). */
  has(id: C | S): boolean;
  acceptAll(): ConsentRecord | null;
  rejectAll(): ConsentRecord | null;
  set(choice: Partial<Record<C | S, boolean>>): ConsentRecord | null;
  reset(): void;
  /** Opens the preferences dialog of the mounted banner. */
  showPreferences(): void;
}

/**
 * The hook's value for one rendered record. `has` answers from that record, not from the instance,
 * so a render is consistent with itself (and with the server's render while hydrating). Actions
 * before the instance exists do nothing: there is nothing to record them with yet.
 */
export function consentState(store: ConsentStore, record: ConsentRecord | null): ConsentState {
  const live = store.consent;
  return {
    record,
    has: (id) => grants(store.config, record, id),
    acceptAll: () => live?.acceptAll() ?? null,
    rejectAll: () => live?.rejectAll() ?? null,
    set: (choice) => live?.set(choice) ?? null,
    reset: () => live?.reset(),
    showPreferences: () => live?.showPreferences(),
  };
}

/**
 * Whether a `ConsentGate` opens: the service when the config declares it, else its category, as
 * gated markup decides (`data-service` names that the config does not declare follow their category).
 */
export function gateOpen(store: ConsentStore, state: ConsentState, category: string, service?: string): boolean {
  const declared = service !== undefined && store.config.services.some((entry) => entry.id === service);
  return state.has(declared ? service : category);
}

/** The visitor-facing name of what a gate holds back: the service's title, else the category's. */
export function gateTitle(config: NormalizedConfig, category: string, service?: string): string {
  const named =
    config.services.find((entry) => entry.id === service) ?? config.categories.find((entry) => entry.id === category);
  return named?.title ?? service ?? category;
}
