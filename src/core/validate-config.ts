import type {
  Category,
  ConsentConfig,
  DeclaredCookie,
  GoogleAnalyticsConfig,
  LinkConfig,
  NormalizedConfig,
  Service,
} from './config-types';
import { compileMatcher } from './registry';
import { googleAnalyticsCookies } from '../presets/google-analytics';
import { validateGoogleAnalytics } from './validate-google-analytics';
import { describe, isObj, type Obj } from './config-values';

/** One problem found in a config, named by its field path. */
export interface ConfigIssue {
  path: string;
  message: string;
}

export interface ValidationResult {
  config: NormalizedConfig;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

const ID = /^[A-Za-z][\w-]{0,39}$/;
const KNOWN_KEYS = [
  'revision', 'policyUrl', 'cookie', 'categories', 'cookies', 'services', 'texts', 'language',
  'reloadOnWithdraw', 'receipts', 'position', 'mode', 'reopenButton', 'links',
];

/**
 * True for absolute http(s) URLs and relative ones; refuses `javascript:`, `data:` and every
 * other scheme, so a config string can never become script through a link.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return !/[\u0000-\u001f]/.test(url) && (!scheme || /^https?$/i.test(scheme[1]));
}

/**
 * Checks a config against the vocabulary of DESIGN.md, fills in defaults and freezes the result.
 * Never throws: every problem is returned with its path, and a config with errors is normalised
 * to one that grants nothing beyond the required categories (fail closed).
 *
 * @example
 * const { config, errors } = validateConfig(JSON.parse(json));
 * errors.forEach((e) => console.error(`cookiegate: ${e.path}: ${e.message}`));
 */
export function validateConfig(input: unknown): ValidationResult {
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const raw: Obj = isObj(input) ? input : {};
  if (!isObj(input)) err('', `expected an object, got ${describe(input)}`);

  const str = (o: Obj, key: string, path: string, required = false): string | undefined => {
    const v = o[key];
    if (v === undefined) {
      if (required) err(path, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || (required && !v.trim())) {
      err(path, `expected a${required ? ' non-empty' : ''} string, got ${describe(v)}`);
      return undefined;
    }
    return v;
  };
  const bool = (o: Obj, key: string, path: string): boolean | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') err(path, `expected a boolean, got ${describe(v)}`);
    return v === true;
  };
  const oneOf = <T extends string>(o: Obj, key: string, options: readonly T[], fallback: T): T => {
    const v = o[key];
    if (v === undefined) return fallback;
    if (!options.includes(v as T)) err(key, `expected one of ${options.join(', ')}, got ${describe(v)}`);
    return options.includes(v as T) ? (v as T) : fallback;
  };
  const url = (o: Obj, key: string, path: string): string | undefined => {
    const v = str(o, key, path);
    if (v !== undefined && !isSafeUrl(v)) {
      err(path, `only http(s) and relative URLs are allowed, got ${describe(v)}`);
      return undefined;
    }
    return v;
  };
  const obj = (o: Obj, key: string, path: string): Obj | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (!isObj(v)) {
      err(path, `expected an object, got ${describe(v)}`);
      return undefined;
    }
    return v;
  };
  const unknownKeys = (o: Obj, known: string[], path: string) => {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) warnings.push({ path: path ? `${path}.${key}` : key, message: 'unknown option, ignored' });
    }
  };

  unknownKeys(raw, KNOWN_KEYS, '');
  const revision = str(raw, 'revision', 'revision', true) ?? '';

  // Categories.
  const categories: Category[] = [];
  const rawCategories = obj(raw, 'categories', 'categories');
  if (!rawCategories) err('categories', 'is required');
  for (const [id, value] of Object.entries(rawCategories ?? {})) {
    const path = `categories.${id}`;
    if (!ID.test(id)) err(path, 'a category id must start with a letter and hold only letters, digits, _ and -');
    if (!isObj(value)) {
      err(path, `expected an object, got ${describe(value)}`);
      continue;
    }
    unknownKeys(value, ['required', 'gpc', 'title', 'description'], path);
    categories.push({
      id,
      required: bool(value, 'required', `${path}.required`) ?? false,
      gpc: bool(value, 'gpc', `${path}.gpc`) ?? false,
      title: str(value, 'title', `${path}.title`) ?? '',
      description: str(value, 'description', `${path}.description`) ?? '',
    });
  }
  if (rawCategories && !categories.some((c) => !c.required) && categories.length) {
    warnings.push({ path: 'categories', message: 'no optional category: there is nothing to ask the visitor' });
  }
  const categoryIds = categories.map((c) => c.id);
  const checkCategory = (v: unknown, path: string): string | undefined => {
    if (typeof v !== 'string' || !categoryIds.includes(v)) {
      err(path, `expected one of the declared categories (${categoryIds.join(', ')}), got ${describe(v)}`);
      return undefined;
    }
    return v;
  };

  // Consent cookie.
  const rawCookie = obj(raw, 'cookie', 'cookie') ?? {};
  unknownKeys(rawCookie, ['name', 'days', 'domain', 'path', 'sameSite'], 'cookie');
  const cookieName = str(rawCookie, 'name', 'cookie.name') ?? 'cookiegate';
  if (!/^[\w!#$%&'*+.^`|~-]+$/.test(cookieName)) err('cookie.name', `not a valid cookie name: ${describe(cookieName)}`);
  let days = 182;
  if (rawCookie.days !== undefined) {
    const d = rawCookie.days;
    if (typeof d !== 'number' || !Number.isFinite(d) || d <= 0 || d > 400) {
      err('cookie.days', `expected a number of days from 1 to 400 (browsers cap cookies at 400 days), got ${describe(d)}`);
    } else days = d;
  }
  const sameSite = rawCookie.sameSite === undefined ? 'Lax' : rawCookie.sameSite;
  if (!['Lax', 'Strict', 'None'].includes(sameSite as string)) {
    err('cookie.sameSite', `expected one of Lax, Strict, None, got ${describe(sameSite)}`);
  }
  const domain = str(rawCookie, 'domain', 'cookie.domain');
  const cookiePath = str(rawCookie, 'path', 'cookie.path') ?? '/';
  if (!cookiePath.startsWith('/')) err('cookie.path', `expected a path starting with "/", got ${describe(cookiePath)}`);

  // Services (Google Analytics and custom ones).
  const services: Service[] = [];
  let googleAnalytics: GoogleAnalyticsConfig | undefined;
  const rawServices = obj(raw, 'services', 'services') ?? {};
  for (const [id, value] of Object.entries(rawServices)) {
    const path = `services.${id}`;
    if (!isObj(value)) {
      err(path, `expected an object, got ${describe(value)}`);
      continue;
    }
    if (!ID.test(id) || categoryIds.includes(id)) err(path, 'a service id must be a valid id that is not also a category id');
    const category = value.category === undefined && id === 'googleAnalytics'
      ? checkCategory('analytics', `${path}.category`)
      : checkCategory(value.category, `${path}.category`);
    if (id === 'googleAnalytics') {
      googleAnalytics = validateGoogleAnalytics(value, path, category ?? 'analytics', { str, bool, url, err, unknownKeys, checkCategory });
    } else {
      unknownKeys(value, ['category', 'title', 'description'], path);
    }
    services.push({
      id,
      category: category ?? '',
      title: str(value, 'title', `${path}.title`) ?? (id === 'googleAnalytics' ? 'Google Analytics' : id),
      description: str(value, 'description', `${path}.description`) ?? '',
    });
  }

  // Cookie declarations, with the Google Analytics preset joining the analytics category.
  const cookies: DeclaredCookie[] = [];
  const rawCookies = raw.cookies === undefined ? [] : raw.cookies;
  if (!Array.isArray(rawCookies)) err('cookies', `expected an array, got ${describe(rawCookies)}`);
  (Array.isArray(rawCookies) ? rawCookies : []).forEach((value: unknown, i) => {
    const path = `cookies[${i}]`;
    if (!isObj(value)) return err(path, `expected an object, got ${describe(value)}`);
    unknownKeys(value, ['name', 'pattern', 'category', 'provider', 'purpose', 'content', 'expires'], path);
    const name = str(value, 'name', `${path}.name`, true);
    const pattern = str(value, 'pattern', `${path}.pattern`);
    const category = checkCategory(value.category, `${path}.category`);
    const decl = {
      name: name ?? '',
      pattern,
      category: category ?? '',
      provider: str(value, 'provider', `${path}.provider`, true) ?? '',
      purpose: str(value, 'purpose', `${path}.purpose`, true) ?? '',
      content: str(value, 'content', `${path}.content`),
      expires: str(value, 'expires', `${path}.expires`, true) ?? '',
    };
    try {
      if (name !== undefined && category !== undefined) cookies.push({ ...decl, match: compileMatcher(name, pattern) });
    } catch (e) {
      err(`${path}.pattern`, `not a valid regular expression: ${(e as Error).message}`);
    }
  });
  if (googleAnalytics) {
    const category = googleAnalytics.category ?? 'analytics';
    for (const preset of googleAnalyticsCookies) {
      // The site's own declaration wins; the preset only adds names it does not cover.
      if (!cookies.some((c) => c.category === category && c.match(preset.name.replace('<container-id>', 'ABC123')))) {
        cookies.push({ ...preset, category, match: compileMatcher(preset.name, preset.pattern) });
      }
    }
  }

  const texts = obj(raw, 'texts', 'texts') ?? {};
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value !== 'string') err(`texts.${key}`, `expected a string, got ${describe(value)}`);
  }

  const links: LinkConfig[] = [];
  if (raw.links !== undefined && !Array.isArray(raw.links)) err('links', `expected an array, got ${describe(raw.links)}`);
  (Array.isArray(raw.links) ? raw.links : []).forEach((value: unknown, i) => {
    if (!isObj(value)) return err(`links[${i}]`, `expected an object, got ${describe(value)}`);
    const label = str(value, 'label', `links[${i}].label`, true);
    const href = url(value, 'href', `links[${i}].href`);
    if (label && href) links.push({ label, href });
  });

  const receiptsRaw = obj(raw, 'receipts', 'receipts');
  const endpoint = receiptsRaw && url(receiptsRaw, 'endpoint', 'receipts.endpoint');
  if (receiptsRaw && receiptsRaw.endpoint === undefined) err('receipts.endpoint', 'is required');

  const config: NormalizedConfig = {
    revision,
    policyUrl: url(raw, 'policyUrl', 'policyUrl'),
    cookie: { name: cookieName, days, domain, path: cookiePath, sameSite: sameSite as 'Lax' },
    categories,
    cookies,
    services,
    googleAnalytics,
    texts: texts as NormalizedConfig['texts'],
    language: str(raw, 'language', 'language') ?? 'en',
    reloadOnWithdraw: bool(raw, 'reloadOnWithdraw', 'reloadOnWithdraw') ?? false,
    receipts: endpoint ? { endpoint } : undefined,
    position: oneOf(raw, 'position', ['bottom', 'top', 'corner'] as const, 'bottom'),
    mode: oneOf(raw, 'mode', ['bar', 'modal'] as const, 'bar'),
    reopenButton: bool(raw, 'reopenButton', 'reopenButton') ?? false,
    links,
  };
  return { config: deepFreeze(config), errors, warnings };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A typed identity: lets TypeScript infer category ids from a config literal. */
export function defineConfig<const C extends string>(config: ConsentConfig<C>): ConsentConfig<C> {
  return config;
}
