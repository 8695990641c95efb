import type { Consent } from '../core/consent-types';
import type { Plugin } from '../core/plugin';
import type { ConsentRecord } from '../core/record';
import type { ConsentConfig } from '../config';
import { shippedPlugins } from '../integrations/plugins';
import { english } from '../i18n/english';
import { startSession } from './consent-session';
import {
  consentState,
  gateOpen,
  gateTitle,
  liveStore,
  previewStore,
  type ConsentState,
  type ConsentStore,
} from './consent-store';

/**
 * The little a framework must provide for the bindings: its element factory, the provider and
 * reader of one context, four hooks, and a hook over an external store. React and Preact each pass
 * their own, so neither entry imports the other's framework (one binding logic, two entries).
 */
export interface Framework<Node> {
  createElement(this: void, type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): Node;
  readonly Provider: unknown;
  useStoreContext(this: void): ConsentStore | null;
  useEffect(effect: () => () => void, dependencies: readonly unknown[]): void;
  useState<T>(initial: () => T): [T, (value: T) => void];
  useMemo<T>(factory: () => T, dependencies: readonly unknown[]): T;
  /** Subscribes to the store and returns the record to render (React: `useSyncExternalStore`). */
  useStore(store: ConsentStore): ConsentRecord | null;
}

/** Props of `ConsentProvider`, before an entry narrows `children` to its framework's type. */
export interface ProviderSource {
  readonly config?: ConsentConfig;
  readonly consent?: Consent<string, string>;
  readonly plugins?: readonly Plugin[];
  readonly banner?: boolean;
  readonly initialRecord?: ConsentRecord | null;
  readonly children?: unknown;
}

/** Props of `ConsentGate`, before an entry narrows them. */
export interface GateSource {
  readonly category: string;
  readonly service?: string;
  readonly fallback?: unknown;
  readonly children?: unknown;
}

/** The three bindings over one framework. */
export function createBindings<Node>(framework: Framework<Node>) {
  const { createElement, Provider } = framework;

  /** Creates or adopts one instance in an effect, mounts its banner, and provides a store over it. */
  function ConsentProvider(props: ProviderSource): Node {
    const [created, setCreated] = framework.useState<Consent<string, string> | null>(() => null);
    // Validated once, as the instance validates its config once: later config props are ignored
    // (give the provider a new `key` to start over with another config).
    const [preview] = framework.useState(() =>
      previewStore(props.config ?? {}, props.plugins ?? shippedPlugins, props.initialRecord),
    );
    const live = props.consent ?? created;
    const banner = props.banner !== false;
    framework.useEffect(() => {
      const session = startSession({ config: props.config, consent: props.consent, plugins: props.plugins, banner });
      if (!props.consent) setCreated(session.consent);
      return () => {
        session.stop();
      };
    }, [props.consent, banner]);
    const store = framework.useMemo(() => (live ? liveStore(live, props.initialRecord) : preview), [live, preview]);
    return createElement(Provider, { value: store }, props.children);
  }

  /** The nearest provider's store; a hook, so call it on every render. */
  function requireStore(): ConsentStore {
    const store = framework.useStoreContext();
    if (!store) throw new Error('cookiegate: useConsent() and ConsentGate need a <ConsentProvider> above them');
    return store;
  }

  /** The decision and the actions of the nearest provider; re-renders on every change. */
  function useConsent(): ConsentState {
    const store = requireStore();
    const record = framework.useStore(store);
    return framework.useMemo(() => consentState(store, record), [store, record]);
  }

  /** Its children while the category (or the service) is granted, else the fallback. */
  function ConsentGate(props: GateSource): Node {
    const state = useConsent();
    const store = requireStore();
    if (gateOpen(store, state, props.category, props.service)) return props.children as Node;
    if (props.fallback !== undefined) return props.fallback as Node;
    return defaultFallback(store, state, props);
  }

  /**
   * Until the blocked-embed placeholder exists: a short text naming what is held back, and a button
   * that opens the preferences, so the visitor can grant it where it is (EDPB guidelines 05/2020:
   * consent as easy to give as to refuse, in context). Text, never HTML.
   */
  function defaultFallback(store: ConsentStore, state: ConsentState, props: GateSource): Node {
    const texts = { ...english, ...store.config.texts };
    const title = gateTitle(store.config, props.category, props.service);
    return createElement(
      'div',
      { 'data-cookiegate-fallback': props.service ?? props.category },
      createElement('p', null, `This content needs your consent for ${title}.`),
      createElement('button', { type: 'button', onClick: () => state.showPreferences() }, texts.reopen),
    );
  }

  return { ConsentProvider, useConsent, ConsentGate };
}
