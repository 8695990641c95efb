import type { NormalizedConfig } from './config-types';

/** Reads and writes the consent cookie; falls back to memory when cookies are blocked. */
export interface ConsentStorage {
  read(): string | undefined;
  /** Stores a value. Call `confirm(value)` afterwards to learn whether it stuck. */
  write(value: string): void;
  /**
   * Reads the value back; when it did not stick (cookies blocked) it lives in memory for the page,
   * with one warning. Returns false then. Kept apart from `write` so that a decision's gated tags
   * start before this read, which after a write is a blocking round trip in Chromium.
   */
  confirm(value: string): boolean;
  clear(): void;
}

/**
 * The consent cookie, written with `document.cookie` directly. The values are the record codec's,
 * which are already cookie-octets (RFC 6265 section 4.1.1), so nothing is escaped on the way in
 * or out; a cookie-reading library cost more bytes than this whole file.
 */
export function createStorage(config: NormalizedConfig, warn: (message: string) => void): ConsentStorage {
  const { name, days, domain, path, sameSite } = config.cookie;
  const doc = typeof document === 'undefined' ? null : document;
  const secure = doc?.location?.protocol === 'https:' || sameSite === 'None' ? ';secure' : '';
  const attributes = `;path=${path}${domain ? `;domain=${domain}` : ''};samesite=${sameSite}${secure}`;
  let memory: string | undefined;
  let warned = false;

  const set = (value: string, seconds: number) => {
    try {
      doc!.cookie = `${name}=${value};max-age=${seconds}${attributes}`;
    } catch {
      // Sandboxed iframes and some privacy settings throw on document.cookie.
    }
  };
  const read = (): string | undefined => {
    try {
      // The first cookie of that name: the most specific path comes first (RFC 6265 section 5.4).
      for (const pair of doc!.cookie.split('; ')) {
        if (pair.startsWith(`${name}=`)) return pair.slice(name.length + 1);
      }
    } catch {
      /* blocked cookies */
    }
    return memory;
  };

  return {
    read,
    write(value) {
      memory = undefined;
      set(value, days * 86400);
    },
    confirm(value) {
      if (read() === value) return true;
      memory = value;
      if (!warned) {
        warned = true;
        warn('cookies are blocked: the decision is kept for this page only');
      }
      return false;
    },
    clear() {
      memory = undefined;
      set('', 0);
    },
  };
}
