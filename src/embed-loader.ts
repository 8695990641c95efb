// The split install's loader (dist/cookiegate-loader.js): a returning visitor's whole download.
// For a decision stored under this very config (its fingerprint, embed/fingerprint.ts, proves the
// full bundle validated the config and recorded the decision under it) it does what the full
// bundle would do on such a page: Consent Mode, the Google tag, the dataLayer event, gating and
// clean-up. Anything else (a first visit, a changed config, an expired or odd cookie, a visitor
// opening the preferences, another tab deciding) fetches dist/cookiegate-full.js from beside this file,
// which takes over through `window.cookiegate.loader`. Nothing imports this file.
import type { Consent, ConsentEvents } from './core/consent';
import type { ConsentConfig, NormalizedConfig, ServiceConfig } from './core/config-types';
import type { LoaderHandle } from './embed/handover';
import { configText, fingerprint } from './embed/fingerprint';
import { decodeRecord } from './core/record-codec';
import { grants } from './core/record';
import { createGate, type Gate } from './core/gating';
import { compileMatcher } from './core/registry';
import { trusted } from './core/trusted-types';
import { pushConsent } from './integrations/google-consent-mode';
import { loadGoogleTag, startsAtOnce } from './integrations/google-tag';
import { pushConsentEvent } from './integrations/datalayer-events';
import { googleAnalyticsNames } from './presets/google-analytics';
import type { GoogleWindow } from './integrations/gtag';

type Win = GoogleWindow & { cookiegate?: unknown };
type Call = [method: keyof Consent<string>, args: unknown[]];
type Listener = { event: string; fn: (...args: unknown[]) => void; off?: () => void };

const OPENER = '[data-cookiegate="preferences"]';

const w = window as unknown as Win;
const doc = document;
const script = doc.currentScript as HTMLScriptElement | null;

/**
 * The parts of the normalised config the loader reads, built from a config the full bundle has
 * validated (the fingerprint says so), with the validator's defaults. Only ever used under a
 * matching fingerprint, or to push denied Consent Mode defaults.
 */
function lite(c: ConsentConfig): NormalizedConfig {
  const services = c.services ?? {};
  const ga = services.googleAnalytics;
  const category = ga?.category ?? 'analytics';
  return {
    revision: c.revision,
    cookie: { name: 'cookiegate', days: 182, ...c.cookie },
    categories: Object.keys(c.categories).map((id) => ({ id, required: c.categories[id].required === true })),
    services: Object.keys(services).map((id) => ({ id, category: (services[id] as ServiceConfig).category ?? category })),
    // The Google Analytics preset joins its category, as the validator adds it.
    cookies: [
      ...(c.cookies ?? []).map((d) => ({ category: d.category, match: compileMatcher(d.name, d.pattern) })),
      ...(ga ? [{ category, match: (n: string) => googleAnalyticsNames.test(n) }] : []),
    ],
    googleAnalytics: ga && { ...ga, category },
    statisticsException: c.statisticsException === true ? category : undefined,
  } as unknown as NormalizedConfig;
}

function start(): void {
  // The full bundle or this loader already runs on the page: one instance.
  if (w.cookiegate) return;
  const text = configText(w);
  let full: HTMLScriptElement | undefined;
  /** Fetches the full bundle; it takes over through `handle`. */
  const loadFull = () => {
    if (full) return;
    full = doc.createElement('script');
    // Without the full bundle nothing optional runs and no banner shows: say why.
    const failed = () => console.error('cookiegate: cookiegate-full.js failed to load');
    if (!script?.src) return failed();
    full.onerror = failed;
    // Under `require-trusted-types-for 'script'` a plain string is refused: use the cookiegate policy.
    full.src = trusted(w, new URL('cookiegate-full.js', script.src).href);
    if (script.nonce) full.nonce = script.nonce;
    doc.head.append(full);
  };
  // No config yet (an async tag above its config element) or not JSON: the full bundle waits or reports.
  let config: NormalizedConfig;
  let raw: ConsentConfig;
  let ga: NormalizedConfig['googleAnalytics'];
  const handle = { defaults: false } as LoaderHandle;
  try {
    raw = JSON.parse(text!);
    config = lite(raw);
    ga = config.googleAnalytics;
    // Consent Mode's default goes first, before any Google command, even while the full bundle
    // loads. From a config not validated yet, only when its shape is the documented one; a config
    // of another shape throws here, and the full bundle reports it.
    if (ga && ga.consentMode !== false && (ga.region === undefined || Array.isArray(ga.region))) {
      pushConsent(w, config);
      handle.defaults = true;
    }
  } catch {
    return loadFull();
  }

  const name = config.cookie.name;
  // As core/storage.ts and core/cookie-cleanup.ts read them; their functions, shared, cost the one
  // tag or this loader their byte budgets.
  const jar = () => {
    try {
      return doc.cookie.split('; ');
    } catch {
      return []; // blocked cookies
    }
  };
  const read = () => jar().find((pair) => pair.startsWith(name + '='))?.slice(name.length + 1);
  const value = read();
  // Only a decision recorded under this exact config, valid by the core's own decoder.
  const record = value?.split('|')[7] === fingerprint(text!) ? decodeRecord(value, config, Date.now()) : null;
  const has = (id: string) => !!record && grants(config, record, id);
  const queue: Call[] = [];
  const listeners: Listener[] = [];
  let real: Consent<string> | undefined;
  let gate: Gate | undefined;

  const onOpener = (e: MouseEvent) => {
    if ((e.target as Element | null)?.closest?.(OPENER)) {
      e.preventDefault();
      later('showPreferences')();
    }
  };
  /** A call only the full bundle can answer: queued for it, and it is fetched. */
  const later = (method: Call[0]) => (...args: unknown[]) => {
    if (real) return (real[method] as (...a: unknown[]) => unknown)(...args);
    queue.push([method, args]);
    loadFull();
    return null;
  };
  const stopOpeners = () => doc.removeEventListener('click', onOpener);
  handle.stop = (done) => {
    // While the loader's last tags run, a click on an opener is still queued for the full bundle.
    if (!done) stopOpeners();
    gate ? gate.stop(done) : done?.();
  };
  handle.take = (consent) => {
    stopOpeners();
    real = consent;
    for (const l of listeners) l.off = consent.on(l.event, l.fn);
    for (const [method, args] of queue.splice(0)) (consent[method] as (...a: unknown[]) => unknown)(...args);
  };
  // The stand-in `window.cookiegate`: it answers `has`, `record` and `on` itself and queues the
  // rest; references kept to it reach the full bundle's instance after the take-over.
  const api: Record<string, unknown> = {
    loader: handle,
    has: (id: string) => (real ? real.has(id) : has(id)),
    record: () => (real ? real.record() : record),
    destroy: () => (real ? real.destroy() : handle.stop()),
    on(event: keyof ConsentEvents, fn: Listener['fn']) {
      if (real) return real.on(event, fn);
      const l: Listener = { event: event as string, fn };
      listeners.push(l);
      return () => (l.off ? l.off() : listeners.splice(listeners.indexOf(l) >>> 0, 1));
    },
  };
  for (const method of ['acceptAll', 'rejectAll', 'set', 'reset', 'showPreferences'] as const) api[method] = later(method);
  w.cookiegate = api;

  // The interface must show (a first visit, the floating buttons, statistics under the exception):
  // that is the full bundle's page.
  if (!record || raw.reopenButton || config.statisticsException) return loadFull();
  handle.value = value;
  if (ga) {
    if (handle.defaults) pushConsent(w, config, has);
    if (startsAtOnce(ga, has)) loadGoogleTag(doc, ga, script?.nonce || undefined, console);
  }
  pushConsentEvent(w, config, has);
  // A cookie of a refused category is here (set before the refusal, or by an ungated tag): the
  // full bundle's clean-up deletes it on every domain and path it may have.
  for (const pair of jar()) {
    const categories = config.cookies.filter((c) => c.match(pair.split('=')[0])).map((c) => c.category);
    if (categories.length && !categories.some(has)) loadFull();
  }
  gate = createGate(doc, (category, service, negated) =>
    negated ? !has(category) : has(service && config.services.some((s) => s.id === service) ? service : category),
  );
  gate.evaluate();
  // Another tab decided: the full bundle syncs. Without BroadcastChannel, on focus.
  try {
    new BroadcastChannel(`cookiegate:${name}`).onmessage = loadFull;
  } catch {
    /* opaque origins refuse channels */
  }
  w.addEventListener('focus', () => read() !== value && loadFull());
  doc.addEventListener('click', onOpener);
  // The policy page's declaration is the interface's to render.
  const declaration = () => doc.querySelector('[data-cookiegate="declaration"]') && loadFull();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', declaration);
  else declaration();
  doc.dispatchEvent(new CustomEvent('cookiegate:ready', { detail: record }));
}

// As the full bundle does: in a microtask, still before the parser's next element.
queueMicrotask(start);
