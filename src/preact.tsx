// The Preact entry (`cookiegate/preact`): the React entry's three names on preact/hooks (no preact/compat).
import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Consent } from './core/consent-types';
import type { Plugin } from './core/plugin';
import type { ConsentRecord } from './core/record';
import type { ConsentConfig } from './config';
import { createBindings } from './bindings/create-bindings';
import type { ConsentState, ConsentStore } from './bindings/consent-store';
import type { CategoriesOf, ServicesOf } from './bindings/typed-ids';

export type { ConsentState } from './bindings/consent-store';
export type { CategoriesOf, ServicesOf } from './bindings/typed-ids';

/** Props of {@link ConsentProvider}: a config to create the instance from, or an instance to adopt. */
export type ConsentProviderProps<C extends string = string, S extends string = never> = (
  | {
      /** Read once, on mount: give the provider a new `key` to start over with another config. */
      config: ConsentConfig<C, S>;
      consent?: undefined;
      /** Plugins of the created instance. Default `shippedPlugins` (Google Analytics, dataLayer events, receipts). */
      plugins?: readonly Plugin[];
    }
  | {
      /** An instance from `createConsent`: adopted, not destroyed on unmount (its creator owns it). */
      consent: Consent<C, S>;
      config?: undefined;
      plugins?: undefined;
    }
) & {
  /** `false`: no banner (the site renders its own interface with `useConsent`). Default `true`. */
  banner?: boolean;
  /**
   * The decision the server read (`readConsent(...).record`): the first render uses it, so hydration
   * matches the server's HTML. Pass it (even `null`) whenever the page was rendered on the server.
   */
  initialRecord?: ConsentRecord | null;
  children?: ComponentChildren;
};

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps<C extends string = string, S extends string = string> {
  category: C;
  /** A service of that category, when it can be granted on its own. */
  service?: S;
  /** Rendered while not granted. Default: a short text and a "Cookie preferences" button. */
  fallback?: ComponentChildren;
  children?: ComponentChildren;
}

const StoreContext = createContext<ConsentStore | null>(null);

/**
 * preact/hooks has no `useSyncExternalStore` (preact/compat has): the record lives in state, read
 * again after subscribing in case it changed in between. A provider given `initialRecord` renders
 * it first, as the server did; a client-only app renders the stored decision at once.
 */
function useStore(store: ConsentStore): ConsentRecord | null {
  const [record, setRecord] = useState(() => (store.hydrating ? store.getServerSnapshot() : store.getSnapshot()));
  useLayoutEffect(() => {
    const update = () => {
      setRecord(store.getSnapshot());
    };
    update();
    return store.subscribe(update);
  }, [store]);
  return record;
}

const bindings = createBindings<ComponentChildren>({
  createElement: (type, props, ...children) => h(type as string, props, ...(children as ComponentChildren[])),
  Provider: StoreContext.Provider,
  useStoreContext: () => useContext(StoreContext),
  useEffect: (effect, dependencies) => {
    useEffect(effect, dependencies);
  },
  useState: (initial) => useState(initial),
  useMemo: (factory, dependencies) => useMemo(factory, dependencies as unknown[]),
  useStore,
});

/**
 * Creates one consent instance from `config` (or adopts `consent`), mounts the banner once, and
 * gives its decision to `useConsent` and `ConsentGate` below it. The instance is created in an
 * effect and destroyed on unmount, so hot reload never leaves two instances or two banners.
 *
 * @example
 * <ConsentProvider config={config}>
 *   <App />
 * </ConsentProvider>
 */
export const ConsentProvider = bindings.ConsentProvider as <const C extends string, const S extends string = never>(
  props: ConsentProviderProps<C, S>,
) => ComponentChildren;

/**
 * The decision and the actions of the nearest {@link ConsentProvider}, re-rendering on every change.
 * Ids are plain strings here; `createConsentHooks<typeof config>()` gives checked ones.
 *
 * @example
 * const { has, showPreferences } = useConsent();
 */
export const useConsent = bindings.useConsent;

/**
 * Renders its children only while `category` (or `service`) is granted, else `fallback`.
 *
 * @example
 * <ConsentGate category="marketing"><iframe src="https://…" title="Map" /></ConsentGate>
 */
export const ConsentGate = bindings.ConsentGate as (props: ConsentGateProps) => ComponentChildren;

/**
 * `useConsent` and `ConsentGate` typed by a config (or instance) type, so a misspelt id does not compile.
 *
 * @example
 * export const { useConsent, ConsentGate } = createConsentHooks<typeof config>();
 */
export function createConsentHooks<T>(): {
  useConsent: () => ConsentState<CategoriesOf<T>, ServicesOf<T>>;
  ConsentGate: (props: ConsentGateProps<CategoriesOf<T>, ServicesOf<T>>) => ComponentChildren;
} {
  return { useConsent, ConsentGate };
}
