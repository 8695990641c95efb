import { vi } from 'vitest';
import { createConsent } from '../../../src/create-consent';
import type { ConsentConfig } from '../../../src/config';
import { shippedPlugins } from '../../../src/integrations/plugins';

export type Win = Window & { dataLayer?: unknown[]; gtag?: unknown } & Record<string, unknown>;
export const win = window as unknown as Win;

export const base = {
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
} as const;

export const withGa = (ga: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  ({
    ...base,
    services: { googleAnalytics: { measurementId: 'G-TEST123', ...ga } },
    ...extra,
  }) as unknown as ConsentConfig<'necessary' | 'analytics' | 'marketing'>;

export const quiet = () => ({ warn: vi.fn(), error: vi.fn() });

/** A fresh page: no Google globals, no decision. */
export function resetGoogle(): void {
  delete win.dataLayer;
  delete win.gtag;
  for (const key of Object.keys(win)) if (key.startsWith('ga-disable-')) Reflect.deleteProperty(win, key);
}

export function start(config: ConsentConfig, nonce?: string) {
  return createConsent(config, { document, console: quiet(), nonce, plugins: shippedPlugins });
}

/** dataLayer entries as plain arrays, for comparison. */
export const commands = () =>
  (win.dataLayer ?? []).map((e) => (isArguments(e) ? Array.from(e as ArrayLike<unknown>) : e));
export const isArguments = (e: unknown) => Object.prototype.toString.call(e) === '[object Arguments]';
export const gtagScripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src*="gtag/js"]')];
