import type { GoogleAnalyticsConfig } from './config-types';
import { describe, isObj, type Obj } from './config-values';

const SIGNALS = [
  'ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization',
  'functionality_storage', 'personalization_storage', 'security_storage',
];

/** The field checkers of validateConfig, shared so every message reads the same. */
export interface Helpers {
  str: (o: Obj, key: string, path: string, required?: boolean) => string | undefined;
  bool: (o: Obj, key: string, path: string) => boolean | undefined;
  url: (o: Obj, key: string, path: string) => string | undefined;
  err: (path: string, message: string) => void;
  unknownKeys: (o: Obj, known: string[], path: string) => void;
  checkCategory: (v: unknown, path: string) => string | undefined;
}

/** Checks `services.googleAnalytics` (Google tag + Consent Mode v2) and fills its defaults. */
export function validateGoogleAnalytics(value: Obj, path: string, category: string, h: Helpers): GoogleAnalyticsConfig {
  h.unknownKeys(value, [
    'measurementId', 'category', 'consentMode', 'mode', 'waitForUpdate', 'region',
    'adsDataRedaction', 'urlPassthrough', 'signals', 'src', 'config',
  ], path);
  const measurementId = h.str(value, 'measurementId', `${path}.measurementId`, true) ?? '';
  if (measurementId && !/^(G|GT|AW|DC|UA)-[\w-]+$/.test(measurementId)) {
    h.err(`${path}.measurementId`, `expected an id like "G-XXXXXXX", got ${describe(measurementId)}`);
  }
  const mode = value.mode ?? 'basic';
  if (mode !== 'basic' && mode !== 'advanced') h.err(`${path}.mode`, `expected basic or advanced, got ${describe(mode)}`);
  const wait = value.waitForUpdate;
  if (wait !== undefined && (typeof wait !== 'number' || !(wait >= 0))) {
    h.err(`${path}.waitForUpdate`, `expected a number of milliseconds, got ${describe(wait)}`);
  }
  const region = value.region;
  if (region !== undefined && (!Array.isArray(region) || !region.every((r) => typeof r === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(r)))) {
    h.err(`${path}.region`, `expected ISO 3166-2 codes such as ["GB"], got ${describe(region)}`);
  }
  const signals: Record<string, string[]> = {};
  if (value.signals !== undefined) {
    if (!isObj(value.signals)) h.err(`${path}.signals`, `expected an object, got ${describe(value.signals)}`);
    for (const [cat, list] of Object.entries(isObj(value.signals) ? value.signals : {})) {
      h.checkCategory(cat, `${path}.signals.${cat}`);
      if (!Array.isArray(list) || !list.every((s) => SIGNALS.includes(s as string))) {
        h.err(`${path}.signals.${cat}`, `expected a list of ${SIGNALS.join(', ')}, got ${describe(list)}`);
      } else signals[cat] = list as string[];
    }
  }
  const extra = value.config;
  if (extra !== undefined && !isObj(extra)) h.err(`${path}.config`, `expected an object, got ${describe(extra)}`);
  return {
    measurementId,
    category,
    consentMode: h.bool(value, 'consentMode', `${path}.consentMode`) ?? true,
    mode: mode === 'advanced' ? 'advanced' : 'basic',
    waitForUpdate: typeof wait === 'number' ? wait : undefined,
    region: Array.isArray(region) ? (region as string[]) : undefined,
    adsDataRedaction: h.bool(value, 'adsDataRedaction', `${path}.adsDataRedaction`),
    urlPassthrough: h.bool(value, 'urlPassthrough', `${path}.urlPassthrough`),
    signals: value.signals === undefined ? undefined : (signals as GoogleAnalyticsConfig['signals']),
    src: h.url(value, 'src', `${path}.src`),
    config: isObj(extra) ? (extra as GoogleAnalyticsConfig['config']) : undefined,
  };
}

