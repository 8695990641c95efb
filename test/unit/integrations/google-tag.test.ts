import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/create-consent';
import { shippedPlugins } from '../../../src/integrations/plugins';
import { commands, gtagScripts, resetGoogle, start, win, withGa } from './helpers';

beforeEach(resetGoogle);

describe('Google tag loader', () => {
  it('injects nothing before consent in basic mode', () => {
    const consent = start(withGa());
    expect(gtagScripts()).toHaveLength(0);
    expect(commands().some((c) => Array.isArray(c) && (c[0] === 'js' || c[0] === 'config'))).toBe(false);
    consent.rejectAll();
    expect(gtagScripts()).toHaveLength(0);
    consent.destroy();
  });

  it('injects gtag/js once after consent, async and with the nonce, then js and config', () => {
    const consent = start(withGa({ config: { cookie_expires: 34128000 } }), 'n0nce');
    consent.acceptAll();
    consent.set({ analytics: false });
    consent.acceptAll();
    const scripts = gtagScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0].src).toBe('https://www.googletagmanager.com/gtag/js?id=G-TEST123');
    expect(scripts[0].async).toBe(true);
    expect(scripts[0].nonce).toBe('n0nce');
    const list = commands().filter(Array.isArray);
    expect(list.filter((c) => c[0] === 'js')).toHaveLength(1);
    expect(list.find((c) => c[0] === 'js')?.[1]).toBeInstanceOf(Date);
    expect(list.filter((c) => c[0] === 'config')).toEqual([['config', 'G-TEST123', { cookie_expires: 34128000 }]]);
    // The update granting analytics comes before the config, so the first hit is measured with it.
    const names = list.map((c) => `${c[0]} ${c[1]}`);
    expect(names.indexOf('consent update')).toBeLessThan(names.indexOf('config G-TEST123'));
    consent.destroy();
  });

  it('loads at once for a stored grant', () => {
    start(withGa()).acceptAll();
    resetGoogle();
    document.head.replaceChildren();
    const consent = start(withGa());
    expect(gtagScripts()).toHaveLength(1);
    consent.destroy();
  });

  it('loads at once in advanced mode, after the denied default', () => {
    const consent = start(withGa({ mode: 'advanced' }));
    expect(gtagScripts()).toHaveLength(1);
    expect(commands().map((c) => (Array.isArray(c) ? (c[0] as unknown) : 'event'))).toEqual([
      'consent',
      'js',
      'config',
    ]);
    consent.destroy();
  });

  it('stays basic in advanced mode without Consent Mode', () => {
    const consent = start(withGa({ mode: 'advanced', consentMode: false }));
    expect(gtagScripts()).toHaveLength(0);
    consent.destroy();
  });

  it('uses a configured src', () => {
    const consent = start(withGa({ src: '/local/gtag.js?v=2' }));
    consent.acceptAll();
    expect(document.querySelector('script[src^="/local/"]')?.getAttribute('src')).toBe(
      '/local/gtag.js?v=2&id=G-TEST123',
    );
    consent.destroy();
  });

  it("sets Google's opt-out flag on withdrawal and clears it on a new grant", () => {
    const consent = start(withGa());
    consent.acceptAll();
    expect(win['ga-disable-G-TEST123']).not.toBe(true);
    consent.set({ analytics: false });
    expect(win['ga-disable-G-TEST123']).toBe(true);
    consent.set({ analytics: true });
    expect(win['ga-disable-G-TEST123']).toBe(false);
    consent.destroy();
  });

  it('warns instead of throwing when Trusted Types refuse the script URL', () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!;
    const spy = vi.spyOn(HTMLScriptElement.prototype, 'src', 'set').mockImplementation(() => {
      throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
    });
    const out = { warn: vi.fn(), error: vi.fn() };
    try {
      const consent = createConsent(withGa({ mode: 'advanced' }), { document, console: out, plugins: shippedPlugins });
      expect(out.warn).toHaveBeenCalledWith(expect.stringMatching(/Trusted Types/));
      expect(document.querySelector('script')).toBeNull();
      consent.destroy();
    } finally {
      spy.mockRestore();
      expect(Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')?.set).toBe(descriptor.set);
    }
  });
});
