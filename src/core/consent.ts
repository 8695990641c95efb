import type { CoreConfig } from './config-types';
import type { Consent, ConsentEvents, ConsentOptions } from './consent-types';
import { changeInfo, cleanChoice, sameDecision } from './consent-transitions';
import { validateConfig } from './validate-config';
import { createRegistry } from './registry';
import { all, decide, grants, type ConsentAction, type ConsentRecord } from './record';
import { decodeRecord, encodeRecord } from './record-codec';
import { createStorage, type ConsentStorage } from './storage';
import { createEmitter, type Emitter } from './emitter';
import { createGate, type Allow, type Gate } from './gating';
import { startAutoBlock, type AutoBlock } from './auto-block';
import { cleanupCookies } from './cookie-cleanup';
import { createCrossTab, type CrossTab } from './cross-tab';
import { hasGpcSignal } from './gpc';
import type { PluginContext } from './plugin';
import { createServiceCatalog, type ServiceCatalog } from './markup-services';
import { listenDataCc } from './data-cc';

export type { ChangeInfo, Consent, ConsentEvents, ConsentOptions } from './consent-types';

/** The category ids of a config type. */
export type CategoryIds<T> = T extends { categories: infer K } ? Extract<keyof K, string> : string;
/** The service ids of a config type. */
export type ServiceIds<T> = T extends { services?: infer K } ? Extract<keyof NonNullable<K>, string> : never;

/** How long after a refusal clean-up runs again, since tags still running recreate cookies. */
const CLEANUP_AGAIN_MS = 1200;

/** What one instance holds while it lives; the functions below act on it. */
interface Runtime {
  readonly instance: Consent<string, string>;
  readonly doc: Document | null;
  readonly storage: ConsentStorage;
  readonly emitter: Emitter<ConsentEvents>;
  readonly out: Pick<Console, 'warn' | 'error'>;
  readonly now: () => number;
  /** With config errors nothing optional is ever granted (fail closed). */
  readonly failed: boolean;
  readonly scriptTimeout?: number;
  current: ConsentRecord | null;
  gate: Gate | null;
  /** With `autoBlock`: the scripts and iframes held for ungranted services. */
  autoBlock: AutoBlock | null;
  crossTab: CrossTab | null;
  /** Declared services and those the page's `data-service` markup names. */
  readonly catalog: ServiceCatalog;
  /** The decisions this page has had before the current one, for `!` markup (withdrawals). */
  readonly past: (ConsentRecord | null)[];
  /** The clean-up's second run; a later clean-up replaces it, since it covers the latest decision. */
  cleanupAgain?: ReturnType<typeof setTimeout>;
  readonly stops: (() => void)[];
}

/** Deletes the cookies of refused categories, now and once more after tags still running settle. */
function cleanup(rt: Runtime): void {
  const { config, registry } = rt.instance;
  const location = rt.doc?.location;
  const refused = (category: string) => !rt.instance.has(category);
  // Nothing refused, nothing to delete: a returning visitor who accepted all reads no cookies.
  if (!location || !rt.current || !config.categories.some((c) => refused(c.id))) return;
  const run = () => cleanupCookies(location, registry, refused, [config.cookie.name]);
  run();
  clearTimeout(rt.cleanupAgain);
  rt.cleanupAgain = setTimeout(run, CLEANUP_AGAIN_MS);
}

/**
 * Moves the instance to `next` and applies it: newly granted tags start first, even before the
 * cookie write (in Chromium a blocking round trip to the network service, 2–7 ms measured), then
 * `store`, the clean-up and the events. Listeners see the decision stored.
 */
function apply(rt: Runtime, next: ConsentRecord | null, action: ConsentAction, store?: () => void): void {
  const { config } = rt.instance;
  const info = changeInfo(config, rt.current, next, action, rt.catalog.markup());
  rt.past.push(rt.current);
  rt.current = next;
  rt.gate?.evaluate();
  rt.autoBlock?.release();
  store?.();
  cleanup(rt);
  rt.emitter.emit('change', next, info);
  rt.doc?.dispatchEvent(new CustomEvent('cookiegate:change', { detail: next }));
  const win = rt.doc?.defaultView;
  if (info.withdrawn.length > 0 && config.reloadOnWithdraw && action !== 'reset' && win) {
    // Code that already ran cannot be unloaded; a reload is the only way to stop it.
    win.location.reload();
  }
}

/** Records a decision: the next record is stored, told to other tabs, and applied. */
function commit(rt: Runtime, choice: Readonly<Record<string, boolean>>, action: ConsentAction): ConsentRecord | null {
  if (rt.failed) {
    rt.out.error('cookiegate: invalid config: no consent can be recorded');
    return null;
  }
  const next = decide(rt.instance.config, rt.current, choice, rt.now(), rt.catalog.markup());
  const value = encodeRecord(next);
  apply(rt, next, action, () => {
    rt.storage.write(value);
    rt.crossTab?.post(value);
  });
  rt.storage.confirm(value);
  return next;
}

/** The stored decision, as the config reads it (none under an invalid config). */
function load(rt: Pick<Runtime, 'failed' | 'storage' | 'now'>, config: Consent['config'], value = rt.storage.read()) {
  return rt.failed ? null : decodeRecord(value, config, rt.now());
}

/** The public methods of an instance over its runtime. */
function methods(
  rt: Runtime,
  gpcRefused: readonly string[],
): Omit<Consent<string, string>, 'config' | 'errors' | 'gpc' | 'registry'> {
  const { config } = rt.instance;
  return {
    has: (id) => grants(config, rt.current, id, rt.catalog.markup()),
    services: () => rt.catalog.all(),
    record: () => rt.current,
    getSnapshot: () => rt.current,
    // GPC categories stay refused on "Accept all"; only an explicit switch grants them.
    acceptAll: () => commit(rt, all(config, true, gpcRefused), 'accept-all'),
    rejectAll: () => commit(rt, all(config, false), 'reject-all'),
    set: (choice) => {
      const { clean, ignored } = cleanChoice(config, choice, rt.catalog.markup());
      for (const id of ignored) rt.out.warn(`cookiegate: set(): ignored unknown id or non-boolean value "${id}"`);
      return commit(rt, clean, 'custom');
    },
    reset: () => {
      rt.storage.clear();
      rt.crossTab?.post('');
      apply(rt, null, 'reset');
    },
    showPreferences: () => {
      rt.emitter.emit('preferences');
    },
    on: (event, listener) => rt.emitter.on(event, listener),
    subscribe: (listener) =>
      rt.emitter.on('change', (record) => {
        listener(record);
      }),
    destroy: () => {
      // First, while listeners are still attached: the interface unmounts itself on it.
      rt.emitter.emit('destroy');
      rt.gate?.stop();
      rt.gate = null;
      rt.autoBlock?.stop();
      rt.autoBlock = null;
      rt.crossTab?.stop();
      clearTimeout(rt.cleanupAgain);
      for (const stop of rt.stops.splice(0)) stop();
      rt.emitter.clear();
    },
  };
}

/**
 * The gate's condition, with vanilla-cookieconsent's meanings (DESIGN.md, gating markup): tags of
 * undeclared categories stay inert, with one warning per category; `data-service` names a service
 * of the tag's category; `!` runs once when the category or service is withdrawn, that is refused
 * now by a decision after having been granted in this page's life (not on a first refusal, nor on
 * later pages).
 */
function gateCondition(rt: Runtime): Allow {
  const { config } = rt.instance;
  const warned = new Set<string>();
  return (category, service, negated) => {
    if (!config.categories.some((c) => c.id === category)) {
      if (!warned.has(category)) {
        warned.add(category);
        rt.out.warn(`cookiegate: data-category="${category}" is not a category of the config: its tags never run`);
      }
      return false;
    }
    const id = (service && rt.catalog.resolve(service, category)?.id) || category;
    if (!negated) return rt.instance.has(id);
    const markup = rt.catalog.markup();
    return Boolean(rt.current) && !rt.instance.has(id) && rt.past.some((record) => grants(config, record, id, markup));
  };
}

/**
 * Gating, clean-up, `data-cc` actions and cross-tab sync on a live document. A stored refusal also
 * clears cookies set before it or by tags still running (vanilla-cookieconsent #249), before the
 * first gated tag starts.
 */
function startOnPage(rt: Runtime, doc: Document, win: Window): void {
  const { config } = rt.instance;
  cleanup(rt);
  // Before the gate runs anything: what a gated tag inserts is held too (DESIGN.md behaviour 9).
  if (config.autoBlock) {
    rt.autoBlock = startAutoBlock(doc, config.services, { allowed: (id) => rt.instance.has(id), console: rt.out });
  }
  rt.gate = createGate(doc, gateCondition(rt), { timeout: rt.scriptTimeout });
  rt.gate.evaluate();
  rt.stops.push(
    listenDataCc(doc, rt.instance, () => {
      const request = { handled: false };
      rt.emitter.emit('accept-custom', request);
      return request.handled;
    }),
  );
  const sync = (value?: string) => {
    const next = load(rt, config, rt.storage.read() ?? value);
    if (!sameDecision(next, rt.current)) apply(rt, next, 'sync');
  };
  rt.crossTab = createCrossTab(win, `cookiegate:${config.cookie.name}`, sync);
}

/**
 * Creates a consent instance from a config: validates it, reads the stored decision, starts the
 * plugins, gates the page's scripts, deletes cookies of refused categories, and syncs with other
 * tabs. Only the plugins passed are started (`shippedPlugins` holds Google Analytics, dataLayer
 * events and receipts).
 *
 * @example
 * const consent = createConsent({
 *   revision: '2021-03-01',
 *   categories: { necessary: { required: true }, analytics: {} },
 * });
 * consent.on('change', (record) => console.log(record?.categories));
 * if (consent.has('analytics')) startAnalytics();
 */
export function createConsent<const T extends CoreConfig>(
  input: T,
  options: ConsentOptions = {},
): Consent<CategoryIds<T>, ServiceIds<T>> {
  const out = options.console ?? console;
  const plugins = options.plugins ?? [];
  const { config, errors, warnings } = validateConfig(input, { presets: plugins.flatMap((p) => p.presets ?? []) });
  for (const w of warnings) out.warn(`cookiegate: ${w.path}: ${w.message}`);
  for (const e of errors) out.error(`cookiegate: invalid config: ${e.path ? `${e.path}: ` : ''}${e.message}`);

  const doc =
    options.document === false ? null : (options.document ?? (typeof document === 'undefined' ? null : document));
  const win = doc?.defaultView ?? null;
  const gpc = hasGpcSignal(win?.navigator);
  const gpcRefused = gpc ? config.categories.filter((c) => c.gpc && !c.required).map((c) => c.id) : [];
  const instance = { config, errors, gpc, registry: createRegistry(config) } as unknown as Consent<string, string>;
  const rt: Runtime = {
    instance,
    doc,
    storage: createStorage(config, (message) => {
      out.warn(`cookiegate: ${message}`);
    }),
    emitter: createEmitter<ConsentEvents>(),
    out,
    now: options.now ?? Date.now,
    failed: errors.length > 0,
    scriptTimeout: options.scriptTimeout,
    current: null,
    catalog: createServiceCatalog(
      config,
      () => {
        rt.emitter.emit('services', rt.catalog.all());
      },
      (message) => {
        out.warn(`cookiegate: ${message}`);
      },
    ),
    past: [],
    gate: null,
    autoBlock: null,
    crossTab: null,
    stops: [],
  };
  rt.current = load(rt, config);
  Object.assign(instance, methods(rt, gpcRefused));

  const context: PluginContext = { document: doc, nonce: options.nonce, console: out };
  for (const plugin of plugins) {
    const stop = plugin.start?.(instance, context);
    if (stop) rt.stops.push(stop);
  }
  if (doc && win) startOnPage(rt, doc, win);
  return instance;
}
