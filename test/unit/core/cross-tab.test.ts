import { describe, expect, it, vi } from 'vitest';
import { createCrossTab } from '../../../src/core/cross-tab';

describe('cross-tab sync', () => {
  it('delivers a posted value to the other tab, and re-reads on focus', async () => {
    const received = vi.fn();
    const a = createCrossTab(window, 'cookiegate:test', () => {});
    const b = createCrossTab(window, 'cookiegate:test', received);
    a.post('1|value');
    await vi.waitFor(() => expect(received).toHaveBeenCalledWith('1|value'));
    received.mockClear();
    window.dispatchEvent(new Event('focus'));
    expect(received).toHaveBeenCalledWith(undefined);
    b.stop();
    received.mockClear();
    window.dispatchEvent(new Event('focus'));
    a.post('2|value');
    await new Promise((r) => setTimeout(r, 20));
    expect(received).not.toHaveBeenCalled();
    a.stop();
  });

  it('falls back to focus re-reads without BroadcastChannel', () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error simulating an old browser
    delete globalThis.BroadcastChannel;
    try {
      const received = vi.fn();
      const tab = createCrossTab(window, 'cookiegate:test', received);
      expect(() => tab.post('x')).not.toThrow();
      document.dispatchEvent(new Event('visibilitychange'));
      expect(received).toHaveBeenCalledWith(undefined);
      tab.stop();
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });
});
