import type { Category, NormalizedConfig } from './config-types';
import type { Checker, Shape } from './config-fields';
import { describe, isObj } from './config-values';

/** Ids of categories and services: stored in the consent cookie, so short and cookie-safe. */
export const ID = /^[A-Za-z][\w-]{0,39}$/;
/** Names a config may not use as ids: they would reach an object's prototype. */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** More categories than this are a config error: each is stored in the consent cookie. */
export const MAX_CATEGORIES = 20;
/** CNIL: a consent choice is kept about 6 months, and never beyond 13 months (395 days). */
export const MAX_DAYS = 395;

const CATEGORY: Shape = { required: 'boolean', gpc: 'boolean', title: 'string', description: 'string' };
const COOKIE: Shape = {
  name: 'text',
  days: 'number',
  domain: 'string',
  path: 'string',
  sameSite: ['Lax', 'Strict', 'None'],
};

/** `categories`: ids, flags and texts, in config order. */
export function validateCategories(value: unknown, check: Checker): Category[] {
  const categories: Category[] = [];
  if (!isObj(value)) return categories;
  for (const [id, spec] of Object.entries(value)) {
    const path = `categories.${id}`;
    if (RESERVED_IDS.includes(id)) {
      check.warn(path, 'unknown option, ignored');
      continue;
    }
    if (!ID.test(id))
      check.error(path, 'a category id must start with a letter and hold only letters, digits, _ and - (at most 40)');
    const fields = check.fields(spec, CATEGORY, path);
    if (!fields) continue;
    categories.push({
      id,
      required: fields.required === true,
      gpc: fields.gpc === true,
      title: (fields.title as string | undefined) ?? '',
      description: (fields.description as string | undefined) ?? '',
    });
  }
  if (categories.length > MAX_CATEGORIES) check.error('categories', `at most ${MAX_CATEGORIES} categories`);
  if (categories.length > 0 && categories.every((c) => c.required)) {
    check.warn('categories', 'no optional category: there is nothing to ask the visitor');
  }
  return categories;
}

/** `cookie`: the consent cookie's name and attributes, defaulted. */
export function validateConsentCookie(value: unknown, check: Checker): NormalizedConfig['cookie'] {
  const fields = check.fields(value ?? {}, COOKIE, 'cookie') ?? {};
  const name = (fields.name as string | undefined) ?? 'cookiegate';
  // RFC 6265 section 4.1.1: a cookie name is a token.
  if (!/^[\w!#$%&'*+.^`|~-]{1,64}$/.test(name))
    check.error('cookie.name', `not a valid cookie name: ${describe(name)}`);
  let days = (fields.days as number | undefined) ?? 182;
  if (!(days > 0 && days <= MAX_DAYS)) {
    check.error(
      'cookie.days',
      `expected a number of days above 0 and up to ${MAX_DAYS} (13 months, CNIL), got ${describe(days)}`,
    );
    days = 182;
  }
  const path = (fields.path as string | undefined) ?? '/';
  if (!path.startsWith('/')) check.error('cookie.path', `expected a path starting with "/", got ${describe(path)}`);
  const domain = fields.domain as string | undefined;
  const sameSite = (fields.sameSite as NormalizedConfig['cookie']['sameSite'] | undefined) ?? 'Lax';
  return { name, days, domain, path, sameSite };
}
