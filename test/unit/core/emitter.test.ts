import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createEmitter } from '../../../src/core/emitter';

// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a type alias has the implicit index signature EventMap needs; an interface has none.
type Events = { change: [value: number, label: string]; empty: [] };

describe('the typed emitter', () => {
  it('calls listeners with their arguments until unsubscribed', () => {
    const e = createEmitter<Events>();
    const listener = vi.fn();
    const off = e.on('change', listener);
    e.emit('change', 1, 'one');
    off();
    e.emit('change', 2, 'two');
    expect(listener.mock.calls).toEqual([[1, 'one']]);
  });

  it('reports a throwing listener without stopping the others', () => {
    vi.useFakeTimers();
    const e = createEmitter<Events>();
    const after = vi.fn();
    e.on('empty', () => {
      throw new Error('site handler');
    });
    e.on('empty', after);
    e.emit('empty');
    expect(after).toHaveBeenCalledTimes(1);
    expect(() => vi.runAllTimers()).toThrow('site handler');
    vi.useRealTimers();
  });

  it('types event names and payloads', () => {
    const e = createEmitter<Events>();
    e.on('change', (value, label) => {
      expectTypeOf(value).toEqualTypeOf<number>();
      expectTypeOf(label).toEqualTypeOf<string>();
    });
    // @ts-expect-error an unknown event name
    e.on('chnage', () => {});
    // @ts-expect-error a payload of the wrong type
    e.emit('change', 'one', 1);
  });
});
