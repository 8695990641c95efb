import { describe, hasOwn, isObj, type Obj } from './config-values';

/** One problem found in a config, named by its field path. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/**
 * What a config field holds: `text` is a non-empty string, `url` an http(s) or relative URL,
 * `category` a declared category id, `list` an array; a list of strings is one of them.
 */
export type Kind =
  'string' | 'text' | 'boolean' | 'number' | 'url' | 'object' | 'list' | 'category' | readonly string[];

/** A field's kind, and whether it must be there. */
export interface Field {
  readonly kind: Kind;
  readonly required?: boolean;
}

/** The fields an object may hold. Any other key is reported as unknown (a warning). */
export type Shape = Readonly<Record<string, Kind | Field>>;

/** A field that must be present. */
export const required = (kind: Kind): Field => ({ kind, required: true });

export interface Checker {
  error(path: string, message: string): void;
  warn(path: string, message: string): void;
  /**
   * The valid fields of `value` under `shape`, or undefined when `value` is not an object. Every
   * invalid field is reported with its path and left out; unknown keys are warned about.
   */
  fields(value: unknown, shape: Shape, path: string): Obj | undefined;
}

/**
 * True for absolute http(s) URLs and relative ones; refuses `javascript:`, `data:` and every
 * other scheme, so a config string can never become script through a link.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  // eslint-disable-next-line no-control-regex -- control characters hide a scheme from the test above
  if (/[\0-\x1f]/.test(url)) return false;
  return !scheme || /^https?$/i.test(scheme[1]);
}

export const joinPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** Why `value` is not of `kind` ("expected …"), or '' when it is. */
function problem(kind: Kind, value: unknown, categories: readonly string[]): string {
  if (typeof kind !== 'string') return kind.includes(value as string) ? '' : `expected one of ${kind.join(', ')}`;
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? '' : 'expected a string';
    case 'text':
      return typeof value === 'string' && value.trim() ? '' : 'expected a non-empty string';
    case 'url':
      if (typeof value !== 'string') return 'expected a string';
      return isSafeUrl(value) ? '' : 'only http(s) and relative URLs are allowed';
    case 'boolean':
      return typeof value === 'boolean' ? '' : 'expected a boolean';
    case 'number':
      return typeof value === 'number' && value >= 0 && Number.isFinite(value) ? '' : 'expected a number of at least 0';
    case 'object':
      return isObj(value) ? '' : 'expected an object';
    case 'list':
      return Array.isArray(value) ? '' : 'expected an array';
    case 'category':
      return categories.includes(value as string)
        ? ''
        : `expected one of the declared categories (${categories.join(', ')})`;
  }
}

const fieldOf = (spec: Kind | Field): Field => (typeof spec === 'object' && 'kind' in spec ? spec : { kind: spec });

/**
 * A checker that records problems in `errors` and `warnings`. Keys are read as own properties
 * only: `__proto__`, `constructor` or `toString` in a config are unknown keys, never the
 * prototype's.
 */
export function createChecker(
  errors: ConfigIssue[],
  warnings: ConfigIssue[],
  categories: () => readonly string[],
): Checker {
  const error = (path: string, message: string) => {
    errors.push({ path, message });
  };
  const warn = (path: string, message: string) => {
    warnings.push({ path, message });
  };

  const fields = (value: unknown, shape: Shape, path: string): Obj | undefined => {
    if (!isObj(value)) {
      error(path, `expected an object, got ${describe(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!hasOwn(shape, key)) warn(joinPath(path, key), 'unknown option, ignored');
    }
    // A null prototype: whatever the keys, nothing read from `out` comes from Object.prototype.
    const out: Obj = Object.create(null) as Obj;
    for (const [key, spec] of Object.entries(shape)) {
      const { kind, required: needed } = fieldOf(spec);
      const at = joinPath(path, key);
      const item = hasOwn(value, key) ? value[key] : undefined;
      if (item === undefined) {
        if (needed)
          error(at, kind === 'category' ? `${problem(kind, item, categories())}, got undefined` : 'is required');
        continue;
      }
      const why = problem(kind, item, categories());
      if (why) error(at, `${why}, got ${describe(item)}`);
      else out[key] = item;
    }
    return out;
  };

  return { error, warn, fields };
}
