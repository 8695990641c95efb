/** A raw config object, before validation. */
export type Obj = Record<string, unknown>;

/** How a config value is named in an error message: `"yes"`, `3`, `an array`, `null`. */
export const describe = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : isObj(v) ? 'an object' : String(v); // String(null) is 'null'

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `key` is an own property of `value` (not one from its prototype, such as `constructor`).
 * (`Object.hasOwn` would do, but Safari before 15.4 lacks it.)
 */
export const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);
