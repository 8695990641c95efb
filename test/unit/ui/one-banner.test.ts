// One banner per document for npm use (hot reload, a double import, StrictMode): a second
// mountBanner warns once and returns the mounted one; never two banners.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '@testing-library/preact';
import { createConsent } from '../../../src/core/consent';
import { mountBanner } from '../../../src/ui/mount-banner';
import { config, mount } from './mount';

afterEach(() => {
  vi.restoreAllMocks();
});

const hosts = () => document.querySelectorAll('cookiegate-ui');

describe('one banner per document', () => {
  it('a second mountBanner of the same instance warns once and returns the mounted one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { consent, mounted, ui } = mount();
    const again = mountBanner(consent);
    expect(again).toBe(mounted);
    expect(hosts()).toHaveLength(1);
    expect(ui.getAllByRole('region', { name: /cookie/i })).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/already mounted/);
  });

  it('another instance on the same document gets the mounted banner too', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { mounted } = mount();
    const other = createConsent(config);
    try {
      expect(mountBanner(other)).toBe(mounted);
      expect(hosts()).toHaveLength(1);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      other.destroy();
    }
  });

  it('mounts again once the first is unmounted, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { consent, mounted } = mount();
    mounted.unmount();
    const next = mountBanner(consent);
    try {
      expect(next).not.toBe(mounted);
      expect(hosts()).toHaveLength(1);
      const root = (hosts()[0] as HTMLElement).shadowRoot as unknown as HTMLElement;
      expect(within(root).getByRole('region', { name: /cookie/i })).toBeTruthy();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      next.unmount();
    }
  });
});
