import type { ConsentSignal, GoogleAnalyticsConfig } from './config-types';
import { describe, isObj } from './config-values';
import type { Checker, Shape } from './config-fields';

const SIGNALS: readonly ConsentSignal[] = [
  'ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization',
  'functionality_storage', 'personalization_storage', 'security_storage',
];
const SHAPE: Shape = {
  measurementId: 'S', category: 'c', consentMode: 'b', mode: ['basic', 'advanced'], waitForUpdate: 'n',
  region: 'a', adsDataRedaction: 'b', urlPassthrough: 'b', signals: 'o', src: 'u', config: 'o',
};

/**
 * Checks `services.googleAnalytics` (Google tag + Consent Mode v2) and fills its defaults, or
 * returns undefined when it is not an object.
 */
export function validateGoogleAnalytics(value: unknown, path: string, { err, fields }: Checker, ids: () => string[]): GoogleAnalyticsConfig | undefined {
  const f = fields(value, SHAPE, path);
  if (!f) return undefined;
  const id = f.measurementId as string | undefined;
  if (id && !/^(G|GT|AW|DC|UA)-[\w-]+$/.test(id)) err(`${path}.measurementId`, `expected an id like "G-XXXXXXX", got ${describe(id)}`);
  if (f.category === undefined && (value as { category?: unknown }).category === undefined && !ids().includes('analytics')) {
    err(`${path}.category`, `expected one of the declared categories (${ids().join(', ')}), got undefined`);
  }
  const region = f.region as unknown[] | undefined;
  if (region && !region.every((r) => typeof r === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(r))) {
    err(`${path}.region`, `expected ISO 3166-2 codes such as ["GB"], got ${describe(region)}`);
  }
  for (const [category, list] of Object.entries((f.signals as object) ?? {})) {
    if (!ids().includes(category)) err(`${path}.signals.${category}`, `expected one of the declared categories (${ids().join(', ')})`);
    if (!Array.isArray(list) || !list.every((s) => SIGNALS.includes(s))) {
      err(`${path}.signals.${category}`, `expected a list of ${SIGNALS.join(', ')}, got ${describe(list)}`);
    }
  }
  return {
    ...(f as unknown as GoogleAnalyticsConfig),
    measurementId: id ?? '',
    category: (f.category as string) ?? 'analytics',
    consentMode: f.consentMode !== false,
    mode: f.mode === 'advanced' ? 'advanced' : 'basic',
    config: isObj(f.config) ? (f.config as GoogleAnalyticsConfig['config']) : undefined,
  };
}
