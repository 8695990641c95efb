import type { Category, DeclaredCookie, Service } from './config-types';
import { required, type Checker, type Shape } from './config-fields';
import { hasOwn, isObj, type Obj } from './config-values';
import type { PresetHandler } from './plugin';
import { compileMatcher } from './registry';
import { ID, RESERVED_IDS } from './validate-categories';

/** More declared services than this are a config error: each decision is stored in the consent cookie. */
export const MAX_SERVICES = 30;

const SERVICE: Shape = { category: 'category', title: 'string', description: 'string', urls: 'list' };
const DECLARATION: Shape = {
  name: required('text'),
  pattern: 'string',
  category: required('category'),
  provider: required('text'),
  purpose: required('text'),
  content: 'string',
  expires: required('text'),
};

/** Only http(s) URL patterns: a service's `urls` decide what is held, never run. */
const URL_PATTERN = /^https?:\/\/[^\s]+$/;

/**
 * `services`: any id, as `{ category, title?, description?, urls? }`; the presets of the
 * instance's plugins check their own keys. A service of a preset that can never be essential
 * (analytics, tag managers, advertising and social vendors) in a required category is an error:
 * strictly necessary is read narrowly (ICO; EDPB Taskforce paras 26–30).
 */
export function validateServices(
  value: unknown,
  categories: readonly Category[],
  check: Checker,
  presets: readonly PresetHandler[],
): Service[] {
  const services: Service[] = [];
  if (!isObj(value)) return services;
  for (const [id, spec] of Object.entries(value)) {
    const path = `services.${id}`;
    if (RESERVED_IDS.includes(id)) {
      check.warn(path, 'unknown option, ignored');
      continue;
    }
    if (!ID.test(id) || categories.some((c) => c.id === id)) {
      check.error(path, 'a service id must be a valid id that is not also a category id');
    }
    const handler = presets.find((p) => p.preset.id === id);
    const service = validateService(spec, id, path, check, handler, categories);
    if (service) services.push(service);
  }
  if (services.length > MAX_SERVICES) check.error('services', `at most ${MAX_SERVICES} services`);
  return services;
}

function validateService(
  spec: unknown,
  id: string,
  path: string,
  check: Checker,
  handler: PresetHandler | undefined,
  categories: readonly Category[],
): Service | undefined {
  if (!isObj(spec)) {
    check.error(path, 'expected an object');
    return undefined;
  }
  const generic = pick(spec, Object.keys(SERVICE));
  for (const key of Object.keys(spec).filter((key) => RESERVED_IDS.includes(key)))
    check.warn(`${path}.${key}`, 'unknown option, ignored');
  const own = pick(
    spec,
    Object.keys(spec).filter((key) => !hasOwn(SERVICE, key) && !RESERVED_IDS.includes(key)),
  );
  const preset = handler?.preset;
  const fields = check.fields({ category: preset?.category, ...generic }, SERVICE, path) ?? {};
  let options: Obj = {};
  if (handler?.options)
    options = handler.options(
      own,
      path,
      check,
      categories.map((c) => c.id),
    );
  else if (Object.keys(own).length > 0) {
    check.warn(
      path,
      `${Object.keys(own).join(', ')}: keys of a preset whose plugin this instance was not given; ignored`,
    );
    // Without its plugin the service cannot run; with no category of its own it is left out.
    if (!hasOwn(spec, 'category')) return undefined;
  }
  const urls = validateUrls(fields.urls, `${path}.urls`, check) ?? preset?.urls ?? [];
  const category = fields.category as string | undefined;
  if (!category) {
    if (!hasOwn(spec, 'category')) check.error(`${path}.category`, 'is required');
    return undefined;
  }
  const essential = preset ? preset.essential : true;
  if (!essential && categories.some((c) => c.id === category && c.required)) {
    check.error(
      `${path}.category`,
      `${preset?.title ?? id} can never be strictly necessary: put it in an optional category`,
    );
  }
  return {
    id,
    category,
    title: (fields.title as string | undefined) ?? preset?.title ?? id,
    description: (fields.description as string | undefined) ?? '',
    urls,
    essential,
    options,
  };
}

function pick(source: Obj, keys: readonly string[]): Obj {
  // A null prototype: no key, `__proto__` included, can reach Object.prototype.
  const out: Obj = Object.create(null) as Obj;
  for (const key of keys) if (hasOwn(source, key)) out[key] = source[key];
  return out;
}

function validateUrls(value: unknown, path: string, check: Checker): string[] | undefined {
  if (value === undefined) return undefined;
  const urls = (value as unknown[]).filter((url): url is string => typeof url === 'string' && URL_PATTERN.test(url));
  if (urls.length !== (value as unknown[]).length) check.error(path, 'expected a list of http(s) URL patterns');
  return urls;
}

/**
 * `cookies`: the declaration, with each row's matcher compiled; then the rows of each preset
 * service that the site's own rows do not cover, in the service's category.
 */
export function validateDeclaration(
  value: unknown,
  categories: readonly Category[],
  services: readonly Service[],
  check: Checker,
  presets: readonly PresetHandler[],
): DeclaredCookie[] {
  const cookies: DeclaredCookie[] = [];
  (Array.isArray(value) ? value : []).forEach((item, i) => {
    const path = `cookies[${i}]`;
    const fields = check.fields(item, DECLARATION, path);
    if (!fields?.name || !fields.category) return;
    try {
      const row = fields as unknown as DeclaredCookie;
      cookies.push({ ...row, match: compileMatcher(row.name, row.pattern) });
    } catch (e) {
      check.error(`${path}.pattern`, `not a valid regular expression: ${(e as Error).message}`);
    }
  });
  warnNonEssential(cookies, categories, check, presets);
  for (const service of services) {
    const handler = presets.find((p) => p.preset.id === service.id);
    if (!handler) continue;
    const rows = handler.cookies ? handler.cookies(service.options) : handler.preset.cookies;
    for (const row of rows) {
      const example = row.name.replace(/<[^>]*>/g, 'ABC123');
      // The site's own declaration wins; the preset only adds names it does not cover.
      if (cookies.some((c) => c.category === service.category && c.match(example))) continue;
      cookies.push({ ...row, category: service.category, match: compileMatcher(row.name, row.pattern) });
    }
  }
  return cookies;
}

/**
 * A cookie a known non-essential vendor sets (analytics, advertising), declared in a required
 * category, is a warning: strictly necessary is read narrowly (ICO; EDPB Taskforce paras 26–30).
 * The CLI's `check` also compares the declaration with the Open Cookie Database.
 */
function warnNonEssential(
  cookies: readonly DeclaredCookie[],
  categories: readonly Category[],
  check: Checker,
  presets: readonly PresetHandler[],
): void {
  const required = new Set(categories.filter((c) => c.required).map((c) => c.id));
  cookies.forEach((cookie, i) => {
    if (!required.has(cookie.category)) return;
    const vendor = presets.find(
      ({ preset }) =>
        !preset.essential && preset.cookies.some((row) => cookie.match(row.name.replace(/<[^>]*>/g, 'ABC123'))),
    );
    if (vendor) {
      check.warn(
        `cookies[${i}].category`,
        `${cookie.name} is a ${vendor.preset.title} cookie, which is not strictly necessary: declare it in an optional category`,
      );
    }
  });
}
