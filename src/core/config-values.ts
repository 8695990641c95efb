/** A raw config object, before validation. */
export type Obj = Record<string, unknown>;

/** How a config value is named in an error message: `"yes"`, `3`, `an array`, `null`. */
export const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' ? 'an object' : String(v);

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
