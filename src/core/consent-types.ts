import type { NormalizedConfig, Service } from './config-types';
import type { CustomSaveRequest } from './data-cc';
import type { ConfigIssue } from './config-fields';
import type { ConsentAction, ConsentRecord } from './record';
import type { Registry } from './registry';
import type { Plugin } from './plugin';

/** What a change did, given to `change` listeners beside the new record. */
export interface ChangeInfo {
  action: ConsentAction;
  previous: ConsentRecord | null;
  /** Categories and services granted now that were not before. */
  granted: string[];
  /** Categories and services refused now that were granted before (a withdrawal). */
  withdrawn: string[];
}

/** Events of an instance, typed by name: `on('chnage', …)` does not compile. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a type alias has the implicit index signature EventMap (Record<string, unknown[]>) needs; an interface has none.
export type ConsentEvents = {
  /** A decision was made, synced from another tab, or reset (`record` is then `null`). */
  change: [record: ConsentRecord | null, info: ChangeInfo];
  /** Something asked for the preferences dialog (`showPreferences()`); the UI listens. */
  preferences: [];
  /** `destroy()` was called: a mounted interface and the embed take themselves down. */
  destroy: [];
  /** The page's `data-service` markup named a new service: `services` lists them all (the dialog shows each). */
  services: [services: readonly Service[]];
  /**
   * A `data-cc="accept-custom"` element was clicked: an open preferences dialog saves what it shows
   * and sets `request.handled`; when nothing does, the current decision is saved as it stands.
   */
  'accept-custom': [request: CustomSaveRequest];
};

export interface ConsentOptions {
  /**
   * The document to gate; `false` turns gating and clean-up off (server rendering, tests). Cookies
   * are always read and written on the global `document`: js-cookie takes no other.
   */
  document?: Document | false;
  /** Integrations and presets (Google Analytics, receipts…); they start before gating. */
  plugins?: readonly Plugin[];
  /** Where warnings and errors go. Default `console`. */
  console?: Pick<Console, 'warn' | 'error'>;
  /** The clock, for tests. */
  now?: () => number;
  /** Milliseconds before a hanging external gated script is passed over. Default 10 s. */
  scriptTimeout?: number;
  /** The CSP nonce for scripts and styles the library creates. */
  nonce?: string;
}

/**
 * One consent instance: it owns its state, and two on one page share nothing.
 * `C` is the union of category ids and `S` of service ids, so `has('analytcs')` fails to compile.
 */
export interface Consent<C extends string = string, S extends string = never> {
  // Methods take `this: void`: the instance is a closure, so `consent.has` can be handed on as a
  // callback (they stay methods, not function properties, to keep parameter bivariance).
  readonly config: NormalizedConfig;
  /** Config errors; when there are any, nothing beyond the required categories is ever granted. */
  readonly errors: readonly ConfigIssue[];
  /** True when a Global Privacy Control signal was present at start. */
  readonly gpc: boolean;
  readonly registry: Registry;
  /** Whether a category or a service is granted now. */
  has(this: void, id: C | S): boolean;
  /** The config's services, then those the page's `data-service` markup named (see the `services` event). */
  services(this: void): readonly Service[];
  /** The stored decision, or `null` before the visitor decides. */
  record(this: void): ConsentRecord | null;
  acceptAll(this: void): ConsentRecord | null;
  rejectAll(this: void): ConsentRecord | null;
  set(this: void, choice: Partial<Record<C | S, boolean>>): ConsentRecord | null;
  /** Forgets the decision: the banner shows again. */
  reset(this: void): void;
  /** Asks the interface, when one is mounted, to open the preferences dialog. */
  showPreferences(this: void): void;
  on<K extends keyof ConsentEvents>(this: void, event: K, listener: (...args: ConsentEvents[K]) => void): () => void;
  /**
   * The store contract (Svelte stores, Vue's `shallowRef`, Solid's `from`, React's
   * `useSyncExternalStore`): `listener` is called with the record on every change. Returns the
   * unsubscribe function.
   */
  subscribe(this: void, listener: (record: ConsentRecord | null) => void): () => void;
  /** The current record; the same object until something changes. */
  getSnapshot(this: void): ConsentRecord | null;
  /** Stops gating, observers, listeners and plugins, and unmounts a mounted interface. Scripts that ran stay. */
  destroy(this: void): void;
}
