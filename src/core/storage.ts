import Cookies from 'js-cookie';
import type { NormalizedConfig } from './config-types';

/** Reads and writes the consent cookie; falls back to memory when cookies are blocked. */
export interface ConsentStorage {
  read(): string | undefined;
  /** Returns false when the value did not stick and lives in memory only. */
  write(value: string): boolean;
  clear(): void;
}

export function createStorage(config: NormalizedConfig, warn: (message: string) => void): ConsentStorage {
  const { name, days, domain, path, sameSite } = config.cookie;
  const secure = typeof location !== 'undefined' && location.protocol === 'https:';
  // withAttributes returns a new API: no global js-cookie defaults are touched (another library on
  // the page may use js-cookie too).
  const jar = Cookies.withAttributes({ path, domain, sameSite, secure: secure || sameSite === 'None' });
  let memory: string | undefined;
  let warned = false;

  const read = (): string | undefined => {
    try {
      return jar.get(name) ?? memory;
    } catch {
      return memory;
    }
  };

  return {
    read,
    write(value) {
      memory = undefined;
      try {
        jar.set(name, value, { expires: days });
      } catch {
        // Sandboxed iframes and some privacy settings throw on document.cookie.
      }
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
      try {
        jar.remove(name);
      } catch {
        /* blocked cookies: nothing stored */
      }
    },
  };
}
