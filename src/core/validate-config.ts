import type { Category, ConsentConfig, DeclaredCookie, LinkConfig, NormalizedConfig, Service } from './config-types';
import { compileMatcher } from './registry';
import { googleAnalyticsCookies } from '../presets/google-analytics';
import { validateGoogleAnalytics } from './validate-google-analytics';
import { describe, type Obj } from './config-values';
import { createChecker, type Shape } from './config-fields';

export { isSafeUrl } from './config-fields';

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
const TOP: Shape = {
  revision: 'S', policyUrl: 'u', cookie: 'o', categories: 'O', cookies: 'a', services: 'o', texts: 'o',
  language: 's', reloadOnWithdraw: 'b', receipts: 'o', position: ['bottom', 'top', 'corner'],
  mode: ['bar', 'modal'], reopenButton: 'b', links: 'a', statisticsException: 'b',
};
const CATEGORY: Shape = { required: 'b', gpc: 'b', title: 's', description: 's' };
const COOKIE: Shape = { name: 's', days: 'n', domain: 's', path: 's', sameSite: ['Lax', 'Strict', 'None'] };
const SERVICE: Shape = { category: 'C', title: 's', description: 's' };
const DECLARATION: Shape = { name: 'S', pattern: 's', category: 'C', provider: 'S', purpose: 'S', content: 's', expires: 'S' };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const entries = (v: unknown): [string, unknown][] => Object.entries((v as Obj | undefined) ?? {});

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
  const categories: Category[] = [];
  const ids = () => categories.map((c) => c.id);
  const check = createChecker(errors, warnings, ids);
  const { err, fields } = check;
  const raw = fields(input, TOP, '') ?? {};

  for (const [id, value] of entries(raw.categories)) {
    const path = `categories.${id}`;
    if (!ID.test(id)) err(path, 'a category id must start with a letter and hold only letters, digits, _ and -');
    const f = fields(value, CATEGORY, path);
    if (f) categories.push({ id, required: f.required === true, gpc: f.gpc === true, title: (f.title as string) ?? '', description: (f.description as string) ?? '' });
  }
  if (categories.length && categories.every((c) => c.required)) {
    warnings.push({ path: 'categories', message: 'no optional category: there is nothing to ask the visitor' });
  }

  // The consent cookie.
  const cookie = fields(raw.cookie ?? {}, COOKIE, 'cookie') ?? {};
  const name = (cookie.name as string) ?? 'cookiegate';
  if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name)) err('cookie.name', `not a valid cookie name: ${describe(name)}`);
  let days = (cookie.days as number) ?? 182;
  if (!(days > 0 && days <= 400)) {
    err('cookie.days', `expected a number of days from 1 to 400 (browsers cap cookies at 400 days), got ${describe(days)}`);
    days = 182;
  }
  const path = (cookie.path as string) ?? '/';
  if (!path.startsWith('/')) err('cookie.path', `expected a path starting with "/", got ${describe(path)}`);

  // Services: Google Analytics and custom ones.
  const services: Service[] = [];
  let googleAnalytics: NormalizedConfig['googleAnalytics'];
  for (const [id, value] of entries(raw.services)) {
    const at = `services.${id}`;
    if (!ID.test(id) || ids().includes(id)) err(at, 'a service id must be a valid id that is not also a category id');
    const ga = id === 'googleAnalytics';
    const f = ga ? (googleAnalytics = validateGoogleAnalytics(value, at, check, ids)) : fields(value, SERVICE, at);
    if (f?.category) {
      services.push({
        id,
        category: f.category as string,
        title: ((f as Obj).title as string) ?? (ga ? 'Google Analytics' : id),
        description: ((f as Obj).description as string) ?? '',
      });
    }
  }

  // The declaration, with the Google Analytics preset joining the analytics category.
  const cookies: DeclaredCookie[] = [];
  list(raw.cookies).forEach((value, i) => {
    const at = `cookies[${i}]`;
    const f = fields(value, DECLARATION, at);
    if (!f?.name || !f.category) return;
    try {
      cookies.push({ ...(f as unknown as DeclaredCookie), match: compileMatcher(f.name as string, f.pattern as string | undefined) });
    } catch (e) {
      err(`${at}.pattern`, `not a valid regular expression: ${(e as Error).message}`);
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

  for (const [key, value] of entries(raw.texts)) {
    if (typeof value !== 'string') err(`texts.${key}`, `expected a string, got ${describe(value)}`);
  }
  const links = list(raw.links)
    .map((value, i) => fields(value, { label: 'S', href: 'U' }, `links[${i}]`))
    .filter((f) => f?.label && f.href) as unknown as LinkConfig[];
  const receipts = raw.receipts ? fields(raw.receipts, { endpoint: 'U' }, 'receipts') : undefined;
  const statistics = raw.statisticsException ? googleAnalytics?.category ?? 'analytics' : undefined;
  if (statistics && !categories.some((c) => c.id == statistics && !c.required)) {
    err('statisticsException', `needs an optional category "${statistics}" to apply to`);
  }

  const config: NormalizedConfig = {
    revision: (raw.revision as string) ?? '',
    policyUrl: raw.policyUrl as string | undefined,
    cookie: { name, days, domain: cookie.domain as string | undefined, path, sameSite: (cookie.sameSite as 'Lax') ?? 'Lax' },
    categories,
    cookies,
    services,
    googleAnalytics,
    texts: (raw.texts ?? {}) as NormalizedConfig['texts'],
    language: (raw.language as string) ?? 'en',
    reloadOnWithdraw: raw.reloadOnWithdraw === true,
    receipts: receipts?.endpoint ? { endpoint: receipts.endpoint as string } : undefined,
    position: (raw.position as NormalizedConfig['position']) ?? 'bottom',
    mode: (raw.mode as NormalizedConfig['mode']) ?? 'bar',
    reopenButton: raw.reopenButton === true,
    links,
    // Fail closed: an invalid config runs nothing optional, statistics included.
    statisticsException: errors.length ? undefined : statistics,
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
