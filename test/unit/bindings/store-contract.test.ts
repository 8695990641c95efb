// The store contract each instance offers other frameworks (`subscribe` → unsubscribe, `getSnapshot`),
// and the README's Svelte and Vue recipes over it. Neither framework is installed: each recipe is run
// against a stand-in written from that framework's documented contract, so the test proves exactly
// what the recipe relies on.
import { describe, expect, it } from 'vitest';
import { createConsent } from '../../../src/create-consent';
import type { ConsentRecord } from '../../../src/core/record';
import { config } from './fixtures';

type Decision = ConsentRecord | null;

/**
 * Svelte's `readable(value, start)` as svelte.dev/docs/svelte/stores documents it: `start` runs on
 * the first subscriber and returns the stop run after the last unsubscribes; `subscribe` calls the
 * subscriber synchronously with the current value and returns its unsubscribe.
 */
function readable<T>(initial: T, start: (set: (value: T) => void) => () => void) {
  let value = initial;
  let stop: (() => void) | null = null;
  const subscribers = new Set<(value: T) => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    for (const subscriber of subscribers) subscriber(value);
  };
  return {
    subscribe(subscriber: (value: T) => void) {
      subscribers.add(subscriber);
      if (subscribers.size === 1) stop = start(set);
      subscriber(value);
      return () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0) stop?.();
      };
    },
  };
}

/** Svelte's `get(store)`: subscribe, take the synchronous value, unsubscribe. */
function get<T>(store: { subscribe(subscriber: (value: T) => void): () => void }): T {
  let value!: T;
  store.subscribe((current) => {
    value = current;
  })();
  return value;
}

/** Vue's `shallowRef` for this purpose: reactive on `.value` assignment only, compared by identity. */
function shallowRef<T>(value: T) {
  const triggers: T[] = [];
  return {
    triggers,
    get value() {
      return value;
    },
    set value(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      triggers.push(next);
    },
  };
}

describe('store contract', () => {
  it('subscribe calls the listener with the record on every change and returns an unsubscribe', () => {
    const consent = createConsent(config, { document: false });
    const seen: Decision[] = [];
    const unsubscribe = consent.subscribe((record) => seen.push(record));
    expect(seen).toEqual([]); // not called at once: hence the Svelte recipe's `readable`
    const accepted = consent.acceptAll();
    consent.reset();
    unsubscribe();
    consent.rejectAll();
    expect(seen).toEqual([accepted, null]);
  });

  it('getSnapshot returns the same object until something changes', () => {
    const consent = createConsent(config, { document: false });
    consent.acceptAll();
    const snapshot = consent.getSnapshot();
    expect(consent.getSnapshot()).toBe(snapshot);
    consent.set({ analytics: false });
    expect(consent.getSnapshot()).not.toBe(snapshot);
    expect(consent.getSnapshot()).toBe(consent.record());
  });
});

describe('the Svelte recipe: readable(consent.getSnapshot(), (set) => consent.subscribe(set))', () => {
  it('gives the current record synchronously, every change, and stops listening after the last subscriber', () => {
    const consent = createConsent(config, { document: false });
    const decision = readable(consent.getSnapshot(), (set) => consent.subscribe(set));
    expect(get(decision)).toBeNull();

    const seen: Decision[] = [];
    const unsubscribe = decision.subscribe((record) => seen.push(record));
    const accepted = consent.acceptAll();
    expect(seen).toEqual([null, accepted]);
    expect(get(decision)).toBe(accepted);

    unsubscribe();
    consent.rejectAll();
    expect(seen).toHaveLength(2);
  });
});

describe('the Vue recipe: shallowRef(consent.getSnapshot()) updated from consent.subscribe', () => {
  it('holds the current record and triggers once per change', () => {
    const consent = createConsent(config, { document: false });
    const record = shallowRef(consent.getSnapshot());
    // In a component, `onScopeDispose(stop)` unsubscribes with the component.
    const stop = consent.subscribe((next) => {
      record.value = next;
    });
    const accepted = consent.acceptAll();
    const changed = consent.set({ marketing: false });
    stop();
    consent.reset();
    expect(record.value).toBe(changed);
    // Each change is a new object, so a shallow ref (compared by identity) triggers every time.
    expect(record.triggers).toEqual([accepted, changed]);
  });
});
