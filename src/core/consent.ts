import type { ConsentConfig, NormalizedConfig } from './config-types';
import { validateConfig, type ConfigIssue } from './validate-config';
import { createRegistry, type Registry } from './registry';
import { all, decide, grants, type ConsentAction, type ConsentRecord } from './record';
import { decodeRecord, encodeRecord } from './record-codec';
import { createStorage } from './storage';
import { createEmitter } from './emitter';
import { createGate, type Gate } from './gating';
import { cleanupCookies } from './cookie-cleanup';
import { createCrossTab, type CrossTab } from './cross-tab';
import { hasGpcSignal } from './gpc';

/** What a change did, given to `change` listeners beside the new record. */
export interface ChangeInfo {
  action: ConsentAction;
  previous: ConsentRecord | null;
  /** Categories and services granted now that were not before. */
  granted: string[];
  /** Categories and services refused now that were granted before (a withdrawal). */
  withdrawn: string[];
}

/** Events of an instance, typed by name. */
export interface ConsentEvents {
  [event: string]: unknown[];
  /** A decision was made, synced from another tab, or reset (`record` is then `null`). */
  change: [record: ConsentRecord | null, info: ChangeInfo];
  /** Something asked for the preferences dialog (`showPreferences()`); the UI listens. */
  preferences: [];
  /** `destroy()` was called: a mounted interface and the embed take themselves down. */
  destroy: [];
}

/**
 * What the split loader (dist/cookiegate-loader.js) already did on the page before this instance
 * took over from it, so that nothing is pushed, loaded or run twice.
 */
export interface Resume {
  /** It pushed the Consent Mode default (and the optional `set` commands after it). */
  defaults: boolean;
  /**
   * The consent-cookie value it started the page for: it ran the gated tags, cleaned up, and pushed
   * the Consent Mode update, the Google tag and the dataLayer event for that decision. Unset when it
   * found no decision it could trust and left all that to this instance.
   */
  value?: string;
}

/** What a plugin gets beside the instance. */
export interface PluginContext {
  /** The gated document, or null without one (server rendering, `document: false`). */
  document: Document | null;
  /** The CSP nonce to give every script and style the plugin creates. */
  nonce?: string;
  console: Pick<Console, 'warn' | 'error'>;
  /** Set when the split loader started the page: skip what it already did. */
  resumed?: Resume;
}

/**
 * Extends an instance (Consent Mode, receipts, dataLayer events). Plugins run in order before
 * gating starts, so what they push first precedes every gated tag. Returns its own clean-up.
 */
export type Plugin = (consent: Consent<string>, context: PluginContext) => void | (() => void);

export interface ConsentOptions {
  /** The document to gate and clean; `false` turns both off (server rendering, tests). */
  document?: Document | false;
  /** Run before gating starts, so Consent Mode defaults precede any Google command. */
  plugins?: readonly Plugin[];
  /** Where warnings and errors go. Default `console`. */
  console?: Pick<Console, 'warn' | 'error'>;
  /** The clock, for tests. */
  now?: () => number;
  /** Milliseconds before a hanging external gated script is passed over. */
  scriptTimeout?: number;
  /** The CSP nonce for scripts and styles the library creates (the embed passes its own tag's). */
  nonce?: string;
  /**
   * The config's fingerprint (embed/fingerprint.ts), stored with each decision for the split
   * loader. Only the split install's full bundle reads it (see `__SPLIT__`).
   */
  fingerprint?: string;
  /** What the split loader already did, when it ran first. Only the split install's full bundle reads it. */
  resume?: Resume;
  /**
   * Holds gating back until the split loader has run the tags it queued (document order holds
   * across the hand-over; the interface answers meanwhile). Only the split full bundle reads it.
   */
  gateAfter?: (begin: () => void) => void;
}

/**
 * One consent instance: it owns its state, and two on one page share nothing.
 * `C` is the union of category ids, so `has('analytcs')` fails to compile.
 */
export interface Consent<C extends string = string, S extends string = never> {
  readonly config: NormalizedConfig;
  /** Config errors; when there are any, nothing beyond the required categories is ever granted. */
  readonly errors: readonly ConfigIssue[];
  /** True when a Global Privacy Control signal was present at start. */
  readonly gpc: boolean;
  readonly registry: Registry;
  /** Whether a category (or a declared service) is granted now. */
  has(id: C | S): boolean;
  /** The stored decision, or `null` before the visitor decides. */
  record(): ConsentRecord | null;
  acceptAll(): ConsentRecord | null;
  rejectAll(): ConsentRecord | null;
  set(choice: Partial<Record<C | S, boolean>>): ConsentRecord | null;
  /** Forgets the decision: the banner shows again. */
  reset(): void;
  /** Asks the interface, when one is mounted, to open the preferences dialog. */
  showPreferences(): void;
  on<K extends keyof ConsentEvents>(event: K, listener: (...args: ConsentEvents[K]) => void): () => void;
  /** Stops gating, observers, listeners and plugins, and unmounts a mounted interface. Scripts that ran stay. */
  destroy(): void;
}

/** The category ids of a config type. */
export type CategoryIds<T> = T extends { categories: infer K } ? Extract<keyof K, string> : string;
/** The service ids of a config type. */
export type ServiceIds<T> = T extends { services: infer K } ? Extract<keyof K, string> : never;

/** How long after a refusal clean-up runs again, since tags still running recreate cookies. */
const CLEANUP_AGAIN_MS = 1200;

/**
 * Creates a consent instance from a config: validates it, reads the stored decision, gates the
 * page's scripts, deletes cookies of refused categories, and syncs with other tabs.
 *
 * @example
 * const consent = createConsent({
 *   revision: '2021-03-01',
 *   categories: { necessary: { required: true }, analytics: {} },
 * });
 * consent.on('change', (record) => console.log(record?.categories));
 * if (consent.has('analytics')) startAnalytics();
 */
export function createConsent<const T extends ConsentConfig<string>>(
  input: T,
  options: ConsentOptions = {},
): Consent<CategoryIds<T>, ServiceIds<T>> {
  const out = options.console ?? console;
  const now = options.now ?? Date.now;
  const { config, errors, warnings } = validateConfig(input);
  for (const w of warnings) out.warn(`cookiegate: ${w.path}: ${w.message}`);
  for (const e of errors) out.error(`cookiegate: invalid config: ${e.path ? `${e.path}: ` : ''}${e.message}`);
  // Fail closed: with an invalid config no decision can grant an optional category.
  const failed = errors.length > 0;

  const doc = options.document === false ? null : options.document ?? (typeof document === 'undefined' ? null : document);
  const win = doc?.defaultView ?? null;
  const registry = createRegistry(config);
  const storage = createStorage(config, (m) => out.warn(`cookiegate: ${m}`));
  const emitter = createEmitter<ConsentEvents>();
  const gpc = hasGpcSignal(win?.navigator);
  const gpcRefused = gpc ? config.categories.filter((c) => c.gpc && !c.required).map((c) => c.id) : [];
  const ids = [...config.categories.map((c) => c.id), ...config.services.map((s) => s.id)];
  /** The clean-up's second run; a later clean-up replaces it, since it covers the latest decision. */
  let again: ReturnType<typeof setTimeout> | undefined;
  const cleanups: (() => void)[] = [];

  const fingerprint = __SPLIT__ ? options.fingerprint : undefined;
  const resume = __SPLIT__ ? options.resume : undefined;
  const load = (value = storage.read()) => (failed ? null : decodeRecord(value, config, now()));
  const stored = __SPLIT__ ? storage.read() : undefined;
  // Taking over from the split loader: start from the decision it acted on, then sync (below).
  // (`?? ''`: no cookie is no decision, without reading the cookies a second time.)
  let current = __SPLIT__ ? load(resume?.value ?? stored ?? '') : load();
  // A decision stored under another config, or before fingerprints: store it again under this one,
  // so that the split loader trusts this config on the next page (the record itself is unchanged,
  // and it still expires `days` after the visitor's decision).
  if (current && fingerprint && !resume?.value && stored?.split('|')[7] !== fingerprint) storage.write(encodeRecord(current, fingerprint));
  /** `undefined` once destroyed. */
  let gate: Gate | null | undefined = null;
  let crossTab: CrossTab | null = null;

  const has = (id: string) => grants(config, current, id);

  const cleanup = () => {
    const refused = (category: string) => !has(category);
    // Nothing refused, nothing to delete: a returning visitor who accepted all reads no cookies.
    if (!doc || !current || !config.categories.some((c) => refused(c.id))) return;
    const run = () => cleanupCookies(doc, registry, refused, [config.cookie.name]);
    run();
    clearTimeout(again);
    again = setTimeout(run, CLEANUP_AGAIN_MS);
  };

  /** `store` runs once the newly granted tags have started: writing a cookie blocks on the browser. */
  const apply = (next: ConsentRecord | null, action: ConsentAction, store?: () => void) => {
    const previous = current;
    const was = (id: string) => grants(config, previous, id);
    current = next;
    const granted = ids.filter((id) => has(id) && !was(id));
    const withdrawn = ids.filter((id) => !has(id) && was(id));
    const info: ChangeInfo = { action: withdrawn.length && action !== 'sync' && action !== 'reset' ? 'withdraw' : action, previous, granted, withdrawn };
    // Newly granted tags start first, even before the cookie write (in Chromium a blocking round
    // trip to the network service, 2–7 ms measured). Listeners, below, see the decision stored.
    gate?.evaluate();
    store?.();
    cleanup();
    emitter.emit('change', current, info);
    doc?.dispatchEvent(new CustomEvent('cookiegate:change', { detail: current }));
    if (withdrawn.length && config.reloadOnWithdraw && action !== 'reset' && win) {
      // Code that already ran cannot be unloaded; a reload is the only way to stop it.
      win.location.reload();
    }
  };

  const commit = (choice: Record<string, boolean>, action: ConsentAction): ConsentRecord | null => {
    if (failed) {
      out.error('cookiegate: invalid config: no consent can be recorded');
      return null;
    }
    const next = decide(config, current, choice, now());
    const value = encodeRecord(next, fingerprint);
    apply(next, action, () => {
      storage.write(value);
      crossTab?.post(value);
    });
    storage.confirm(value);
    return next;
  };

  const instance: Consent<string> = {
    config,
    errors,
    gpc,
    registry,
    has,
    record: () => current,
    // GPC categories stay refused on "Accept all"; only an explicit switch grants them.
    acceptAll: () => commit(all(config, true, gpcRefused), 'accept-all'),
    rejectAll: () => commit(all(config, false), 'reject-all'),
    set: (choice) => {
      const clean: Record<string, boolean> = {};
      for (const [id, on] of Object.entries(choice)) {
        if (ids.includes(id) && typeof on === 'boolean') clean[id] = on;
        else out.warn(`cookiegate: set(): ignored unknown id or non-boolean value "${id}"`);
      }
      return commit(clean, 'custom');
    },
    reset() {
      storage.clear();
      crossTab?.post('');
      apply(null, 'reset');
    },
    showPreferences: () => emitter.emit('preferences'),
    on: emitter.on,
    destroy() {
      // First, while listeners are still attached: the interface unmounts itself on it.
      emitter.emit('destroy');
      gate?.stop();
      if (__SPLIT__) gate = undefined;
      crossTab?.stop();
      clearTimeout(again);
      cleanups.splice(0).forEach((fn) => fn());
      emitter.clear();
    },
  };

  const context: PluginContext = { document: doc, nonce: options.nonce, console: out };
  if (__SPLIT__) context.resumed = resume;
  for (const plugin of options.plugins ?? []) {
    const stop = plugin(instance, context);
    if (stop) cleanups.push(stop);
  }

  if (doc && win) {
    // A stored refusal also clears cookies set before it or by tags still running (vanilla-cookieconsent #249).
    // Before the first gated tag starts: Chromium then answers this read from the renderer's cookie
    // cache, filled by the read above, instead of a blocking round trip to the browser process.
    cleanup();
    const begin = () => {
      // (Destroyed while the split loader still ran its tags: no gate at all.)
      if (__SPLIT__ && gate === undefined) return;
      (gate = createGate(
        doc,
        (category, service, negated) =>
          negated ? !!current && !has(category) : has(service && ids.includes(service) ? service : category),
        { timeout: options.scriptTimeout },
      )).evaluate();
    };
    // Until then a decision only records: `begin` runs the tags it granted.
    if (__SPLIT__ && options.gateAfter) options.gateAfter(begin);
    else begin();
    const sync = (value?: string) => {
      const next = load(storage.read() ?? value);
      if ((next && encodeRecord(next)) !== (current && encodeRecord(current))) apply(next, 'sync');
    };
    crossTab = createCrossTab(win, `cookiegate:${config.cookie.name}`, sync);
    // What another tab decided while the loader had the page; a microtask, so that the embed has
    // moved the listeners registered on the loader over to this instance first.
    if (resume?.value) queueMicrotask(sync);
  }
  return instance as unknown as Consent<CategoryIds<T>, ServiceIds<T>>;
}
