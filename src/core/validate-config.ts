import type { Category, LinkConfig, NormalizedConfig } from './config-types';
import { createChecker, required, type ConfigIssue, type Shape } from './config-fields';
import type { Obj } from './config-values';
import type { PresetHandler } from './plugin';
import { RESERVED_IDS, validateCategories, validateConsentCookie } from './validate-categories';
import { validateDeclaration, validateServices } from './validate-services';
import { storedLength } from './record-codec';

export { isSafeUrl } from './config-fields';
export type { ConfigIssue } from './config-fields';

export interface ValidationResult {
  config: NormalizedConfig;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

export interface ValidateOptions {
  /** The presets of the instance's plugins: their own keys in `services.<id>` are checked by them. */
  presets?: readonly PresetHandler[];
}

/**
 * Policy versions longer than this are a config error: the revision is stored in the consent
 * cookie, which must stay within what the reader accepts (DESIGN.md behaviour 10).
 */
export const MAX_REVISION_LENGTH = 128;

const TOP: Shape = {
  $schema: 'string',
  revision: required('text'),
  policyUrl: 'url',
  cookie: 'object',
  categories: required('object'),
  cookies: 'list',
  services: 'object',
  texts: 'object',
  language: 'string',
  reloadOnWithdraw: 'boolean',
  receipts: 'object',
  position: ['bottom', 'top', 'corner'],
  mode: ['bar', 'modal'],
  reopenButton: 'boolean',
  autoBlock: 'boolean',
  links: 'list',
  statisticsException: 'boolean',
};

/**
 * Checks a config against the vocabulary of DESIGN.md, fills in defaults and freezes the result.
 * Never throws: every problem is returned with its path, and a config with errors is normalised
 * to one that grants nothing beyond the required categories (fail closed).
 *
 * @example
 * const { config, errors } = validateConfig(JSON.parse(json));
 * errors.forEach((e) => console.error(`cookiegate: ${e.path}: ${e.message}`));
 */
export function validateConfig(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  let categories: Category[] = [];
  const check = createChecker(errors, warnings, () => categories.map((c) => c.id));
  const raw = check.fields(input, TOP, '') ?? {};

  const revision = typeof raw.revision === 'string' ? raw.revision : '';
  // Measured as stored, so non-ASCII counts as its encoding; an unpaired surrogate cannot be stored.
  if (storedLength(revision) > MAX_REVISION_LENGTH) {
    check.error(
      'revision',
      `too long or not valid Unicode: at most ${MAX_REVISION_LENGTH} characters once URL-encoded (it is stored in the consent cookie)`,
    );
  }
  categories = validateCategories(raw.categories, check);
  const services = validateServices(raw.services, categories, check, options.presets ?? []);
  const cookies = validateDeclaration(raw.cookies, categories, services, check, options.presets ?? []);
  const statistics = validateStatistics(raw, categories, services, check);

  const config: NormalizedConfig = {
    revision,
    policyUrl: raw.policyUrl as string | undefined,
    cookie: validateConsentCookie(raw.cookie, check),
    categories,
    cookies,
    services,
    texts: validateTexts(raw.texts, check),
    language: (raw.language as string | undefined) ?? 'auto',
    reloadOnWithdraw: raw.reloadOnWithdraw === true,
    receipts: validateReceipts(raw.receipts, check),
    position: (raw.position as NormalizedConfig['position'] | undefined) ?? 'bottom',
    mode: (raw.mode as NormalizedConfig['mode'] | undefined) ?? 'bar',
    reopenButton: raw.reopenButton !== false,
    autoBlock: raw.autoBlock === true,
    links: validateLinks(raw.links, check),
    // Fail closed: an invalid config runs nothing optional, statistics included.
    statisticsException: errors.length ? undefined : statistics,
  };
  return { config: deepFreeze(config), errors, warnings };
}

function validateTexts(value: unknown, check: ReturnType<typeof createChecker>): NormalizedConfig['texts'] {
  // A null prototype, and the reserved names left out: no text key can reach Object.prototype.
  const texts: Obj = Object.create(null) as Obj;
  for (const [key, text] of Object.entries((value as Obj | undefined) ?? {})) {
    if (RESERVED_IDS.includes(key)) check.warn(`texts.${key}`, 'unknown option, ignored');
    else if (typeof text === 'string') texts[key] = text;
    else check.error(`texts.${key}`, 'expected a string');
  }
  return texts;
}

function validateLinks(value: unknown, check: ReturnType<typeof createChecker>): LinkConfig[] {
  const links: LinkConfig[] = [];
  (Array.isArray(value) ? value : []).forEach((item, i) => {
    const link = check.fields(item, { label: required('text'), href: required('url') }, `links[${i}]`);
    if (link?.label && link.href) links.push({ label: link.label as string, href: link.href as string });
  });
  return links;
}

function validateReceipts(value: unknown, check: ReturnType<typeof createChecker>): NormalizedConfig['receipts'] {
  if (value === undefined) return undefined;
  const receipts = check.fields(value, { endpoint: required('url') }, 'receipts');
  return receipts?.endpoint ? { endpoint: receipts.endpoint as string } : undefined;
}

/**
 * The statistics exception (PECR Sch. A1 para. 5, DUAA 2025) applies to the `analytics` category.
 * It is lost when a third party uses the data for its own purposes (compliance.md A.3): a
 * third-party service in that category gets a warning.
 */
function validateStatistics(
  raw: Obj,
  categories: readonly Category[],
  services: NormalizedConfig['services'],
  check: ReturnType<typeof createChecker>,
): string | undefined {
  if (raw.statisticsException !== true) return undefined;
  const category = 'analytics';
  if (!categories.some((c) => c.id === category && !c.required)) {
    check.error('statisticsException', `needs an optional category "${category}" to apply to`);
    return undefined;
  }
  for (const service of services) {
    if (service.category === category && !service.essential) {
      check.warn(
        'statisticsException',
        `services.${service.id} is a third party's service: the statistics exception does not cover data a third party also uses for its own purposes (ICO); take legal advice`,
      );
    }
  }
  return category;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
