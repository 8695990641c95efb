// `language: "auto"` follows <html lang> in mountBanner too, with the languages loaded on demand
// (issue 15 point 6); an unknown language falls back to English with one warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import type { Texts } from '../../../src/core/texts';
import { loadLanguage } from '../../../src/ui/load-language';
import { scriptTagLoader } from '../../../src/ui/load-language-script';
import { LANGUAGE_TIMEOUT_MS } from '../../../src/ui/resolve-texts';
import { english } from '../../../src/i18n/english';
import en from '../../../src/i18n/en';
import fr from '../../../src/i18n/fr';
import { mount } from './mount';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A loader whose promise the test settles. */
function controlledLoader() {
  let settle: (texts?: Partial<Texts>) => void = () => undefined;
  const loadTexts = vi.fn(() => new Promise<Partial<Texts> | undefined>((resolve) => (settle = resolve)));
  return { loadTexts, settle: (texts?: Partial<Texts>) => settle(texts) };
}

describe('languages in mountBanner', () => {
  it('"auto" follows <html lang>: it loads that language and shows the banner only once it is in', async () => {
    document.documentElement.lang = 'fr-FR';
    const { loadTexts, settle } = controlledLoader();
    const { ui, root } = mount({ language: 'auto' }, { loadTexts });
    expect(loadTexts).toHaveBeenCalledWith('fr');
    // No English flash while French loads.
    expect(ui.queryByRole('region')).toBeNull();
    settle(fr);
    await waitFor(() => expect(ui.getByRole('button', { name: 'Tout accepter' })).toBeTruthy());
    expect(root.querySelector('[lang]')?.getAttribute('lang')).toBe('fr');
  });

  it('an English page loads nothing and shows at once', () => {
    document.documentElement.lang = 'en-GB';
    const loadTexts = vi.fn();
    const { ui } = mount({ language: 'auto' }, { loadTexts });
    expect(loadTexts).not.toHaveBeenCalled();
    expect(ui.getByRole('button', { name: 'Accept all' })).toBeTruthy();
  });

  it('shows English with one warning when the language does not arrive in time', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { loadTexts } = controlledLoader();
    const { ui } = mount({ language: 'de' }, { loadTexts });
    expect(ui.queryByRole('region')).toBeNull();
    await vi.advanceTimersByTimeAsync(LANGUAGE_TIMEOUT_MS);
    expect(ui.getByRole('button', { name: 'Accept all' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('shows English with one warning when loading fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loadTexts = vi.fn(() => Promise.reject(new Error('offline')));
    const { ui } = mount({ language: 'nl' }, { loadTexts });
    await waitFor(() => expect(ui.getByRole('button', { name: 'Accept all' })).toBeTruthy());
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('an unknown language falls back to English with exactly one warning, and loads nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.documentElement.lang = 'ja';
    const loadTexts = vi.fn();
    const { ui } = mount({ language: 'auto' }, { loadTexts });
    expect(ui.getByRole('button', { name: 'Accept all' })).toBeTruthy();
    expect(loadTexts).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('"ja"');
  });

  it("the config's texts still win over the loaded language", async () => {
    const { loadTexts, settle } = controlledLoader();
    const { ui } = mount({ language: 'fr', texts: { acceptAll: 'Oui' } }, { loadTexts });
    settle(fr);
    await waitFor(() => expect(ui.getByRole('button', { name: 'Oui' })).toBeTruthy());
    expect(ui.getByRole('button', { name: 'Tout refuser' })).toBeTruthy();
  });

  it('showPreferences() while the texts load opens the dialog once they are in', async () => {
    const { loadTexts, settle } = controlledLoader();
    const { ui, mounted } = mount({ language: 'fr' }, { loadTexts });
    mounted.showPreferences();
    settle(fr);
    await waitFor(() => expect(ui.getByRole('dialog', { name: fr.preferencesTitle })).toBeTruthy());
  });

  it('unmounting while the texts load shows nothing later', async () => {
    const { loadTexts, settle } = controlledLoader();
    const { mounted, host } = mount({ language: 'fr' }, { loadTexts });
    mounted.unmount();
    settle(fr);
    await Promise.resolve();
    expect(host.isConnected).toBe(false);
    expect(host.shadowRoot?.querySelector('button')).toBeNull();
  });
});

describe('loadLanguage (the npm loader)', () => {
  it('imports each shipped language on demand, and nothing for English', async () => {
    expect(await loadLanguage('fr')).toBe(fr);
    expect((await loadLanguage('cy'))?.acceptAll).toBe('Derbyn y cyfan');
    expect(await loadLanguage('en')).toBeUndefined();
  });

  it('cookiegate/i18n/en is the built-in English', () => {
    expect(en).toEqual(english);
  });
});

describe("scriptTagLoader (the script tag's loader)", () => {
  it("uses texts the page registered already, and asks for nothing without the tag's URL", async () => {
    const win = window as unknown as { cookiegateTexts?: Record<string, Partial<Texts>> };
    win.cookiegateTexts = { fr };
    try {
      expect(await scriptTagLoader(null)('fr')).toBe(fr);
      expect(await scriptTagLoader(null)('de')).toBeUndefined();
    } finally {
      delete win.cookiegateTexts;
    }
  });

  it('adds i18n/<lang>.js from beside the tag, with its nonce, and resolves when it has run', async () => {
    const tag = document.createElement('script');
    tag.src = 'https://cdn.example.org/cookiegate/1.0/cookiegate.js';
    tag.nonce = 'n0nce';
    const loading = scriptTagLoader(tag)('cy');
    const added = document.head.querySelector<HTMLScriptElement>('script[src$="i18n/cy.js"]');
    expect(added?.src).toBe('https://cdn.example.org/cookiegate/1.0/i18n/cy.js');
    expect(added?.nonce).toBe('n0nce');
    (window as unknown as { cookiegateTexts: Record<string, Partial<Texts>> }).cookiegateTexts = {
      cy: { acceptAll: 'Derbyn y cyfan' },
    };
    added?.dispatchEvent(new Event('load'));
    expect((await loading)?.acceptAll).toBe('Derbyn y cyfan');
    delete (window as unknown as { cookiegateTexts?: unknown }).cookiegateTexts;
  });
});
