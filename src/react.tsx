// The React entry (`cookiegate/react`): a provider, a hook and a gate over one consent instance.
// React is an optional peer dependency, imported by this entry only.
import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
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
  /** The decision the server read (`readConsent(...).record`), rendered on the server and while hydrating. */
  initialRecord?: ConsentRecord | null;
  children?: ReactNode;
};

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps<C extends string = string, S extends string = string> {
  category: C;
  /** A service of that category, when it can be granted on its own. */
  service?: S;
  /** Rendered while not granted. Default: a short text and a "Cookie preferences" button. */
  fallback?: ReactNode;
  children?: ReactNode;
}

const StoreContext = createContext<ConsentStore | null>(null);

const bindings = createBindings<ReactNode>({
  createElement: (type, props, ...children) => createElement(type as string, props, ...(children as ReactNode[])),
  Provider: StoreContext.Provider,
  useStoreContext: () => useContext(StoreContext),
  useEffect: (effect, dependencies) => {
    useEffect(effect, dependencies);
  },
  useState: (initial) => useState(initial),
  useMemo: (factory, dependencies) => useMemo(factory, dependencies),
  // On the server and while hydrating React renders getServerSnapshot (the initialRecord), so the
  // client's first render matches the server's HTML; it re-renders with the live record after.
  useStore: (store) => useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot),
});

/**
 * Creates one consent instance from `config` (or adopts `consent`), mounts the banner once, and
 * gives its decision to `useConsent` and `ConsentGate` below it. The instance is created in an
 * effect and destroyed in its clean-up, so StrictMode and hot reload never leave two instances
 * gating the page or two banners.
 *
 * @example
 * <ConsentProvider config={config}>
 *   <App />
 * </ConsentProvider>
 */
export const ConsentProvider = bindings.ConsentProvider as <const C extends string, const S extends string = never>(
  props: ConsentProviderProps<C, S>,
) => ReactNode;

/**
 * The decision and the actions of the nearest {@link ConsentProvider}, re-rendering on every change.
 * Ids are plain strings here; `createConsentHooks<typeof config>()` gives checked ones.
 *
 * @example
 * const { has, showPreferences } = useConsent();
 * return has('analytics') ? <Chart /> : <button onClick={showPreferences}>Allow analytics</button>;
 */
export const useConsent = bindings.useConsent;

/**
 * Renders its children only while `category` (or `service`) is granted, else `fallback`.
 *
 * @example
 * <ConsentGate category="marketing" service="youtube">
 *   <iframe src="https://www.youtube-nocookie.com/embed/…" title="Our film" />
 * </ConsentGate>
 */
export const ConsentGate = bindings.ConsentGate as (props: ConsentGateProps) => ReactNode;

/**
 * `useConsent` and `ConsentGate` typed by a config (or instance) type, so a misspelt id does not compile.
 *
 * @example
 * export const { useConsent, ConsentGate } = createConsentHooks<typeof config>();
 * useConsent().has('analytcs'); // compile error
 */
export function createConsentHooks<T>(): {
  useConsent: () => ConsentState<CategoriesOf<T>, ServicesOf<T>>;
  ConsentGate: (props: ConsentGateProps<CategoriesOf<T>, ServicesOf<T>>) => ReactNode;
} {
  return { useConsent, ConsentGate };
}
