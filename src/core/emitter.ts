/** Event names mapped to the argument lists of their listeners. */
export type EventMap = Record<string, unknown[]>;

export interface Emitter<E extends EventMap> {
  on<K extends keyof E>(event: K, listener: (...args: E[K]) => void): () => void;
  emit<K extends keyof E>(event: K, ...args: E[K]): void;
  clear(): void;
}

/**
 * A small typed emitter in the manner of mitt. A listener that throws is reported and does not
 * stop the others: a site's handler must not break consent.
 */
export function createEmitter<E extends EventMap>(): Emitter<E> {
  type Listener = (...args: unknown[]) => void;
  let listeners = new Map<keyof E, Set<Listener>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as unknown as Listener);
      return () => void set.delete(listener as unknown as Listener);
    },
    emit(event, ...args) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          listener(...args);
        } catch (e) {
          setTimeout(() => {
            throw e;
          });
        }
      }
    },
    clear() {
      listeners = new Map();
    },
  };
}
