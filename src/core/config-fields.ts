import { describe, isObj, type Obj } from './config-values';
import type { ConfigIssue } from './validate-config';

/**
 * What a config field holds. Upper case is required. `s`/`S` a (non-empty) string, `b` a boolean,
 * `n` a number of at least 0, `u`/`U` an http(s) or relative URL, `o`/`O` an object, `a` an
 * array, `c`/`C` a declared category id; a list of strings is one of them.
 */
export type Kind = 's' | 'S' | 'b' | 'n' | 'u' | 'U' | 'o' | 'O' | 'a' | 'c' | 'C' | readonly string[];

/** The fields an object may hold. Any other key is reported as unknown (a warning). */
export type Shape = Readonly<Record<string, Kind>>;

export interface Checker {
  err(path: string, message: string): void;
  /**
   * The valid fields of `value` under `shape`, or undefined when `value` is not an object. Every
   * invalid field is reported with its path and left out.
   */
  fields(value: unknown, shape: Shape, path: string): Obj | undefined;
}

/**
 * True for absolute http(s) URLs and relative ones; refuses `javascript:`, `data:` and every
 * other scheme, so a config string can never become script through a link.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return !/[\0-\x1f]/.test(url) && (!scheme || /^https?$/i.test(scheme[1]));
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function createChecker(errors: ConfigIssue[], warnings: ConfigIssue[], categories: () => string[]): Checker {
  const err = (path: string, message: string) => void errors.push({ path, message });

  /** Why `v` is not of `kind` ("expected …"), or '' when it is. */
  const problem = (kind: Kind, v: unknown): string => {
    if (typeof kind !== 'string') return kind.includes(v as string) ? '' : `expected one of ${kind.join(', ')}`;
    switch (kind.toLowerCase()) {
      case 's':
        return typeof v === 'string' && (kind === 's' || v.trim()) ? '' : `expected a${kind === 'S' ? ' non-empty' : ''} string`;
      case 'u':
        return typeof v !== 'string' ? 'expected a string' : isSafeUrl(v) ? '' : 'only http(s) and relative URLs are allowed';
      case 'b':
        return typeof v === 'boolean' ? '' : 'expected a boolean';
      case 'n':
        return typeof v === 'number' && v >= 0 && Number.isFinite(v) ? '' : 'expected a number of at least 0';
      case 'o':
        return isObj(v) ? '' : 'expected an object';
      case 'a':
        return Array.isArray(v) ? '' : 'expected an array';
      default:
        return categories().includes(v as string) ? '' : `expected one of the declared categories (${categories().join(', ')})`;
    }
  };

  return {
    err,
    fields(value, shape, path) {
      if (!isObj(value)) return void err(path, `expected an object, got ${describe(value)}`);
      const out: Obj = {};
      for (const key of Object.keys(value)) {
        if (!(key in shape)) warnings.push({ path: join(path, key), message: 'unknown option, ignored' });
      }
      for (const [key, kind] of Object.entries(shape)) {
        const v = value[key];
        const p = join(path, key);
        if (v === undefined) {
          if (typeof kind === 'string' && kind !== kind.toLowerCase()) {
            err(p, kind === 'C' ? `${problem(kind, v)}, got undefined` : 'is required');
          }
          continue;
        }
        const why = problem(kind, v);
        if (why) err(p, `${why}, got ${describe(v)}`);
        else out[key] = v;
      }
      return out;
    },
  };
}
