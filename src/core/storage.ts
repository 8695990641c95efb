import type { NormalizedConfig } from './config-types';
import { cookieJar } from './cookies';

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

/** Whether the page is served over https, where the consent cookie is `Secure` (compliance.md A.4). */
function onHttps(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'https:';
}

/** The consent cookie of a config (`cookie.name`, `days`, `domain`, `path`, `sameSite`). */
export function createStorage(config: NormalizedConfig, warn: (message: string) => void): ConsentStorage {
  const { name, days, domain, path, sameSite } = config.cookie;
  // SameSite=None cookies are refused without Secure (RFC 6265bis section 5.4.7).
  const jar = cookieJar(name, { path, domain, sameSite, secure: onHttps() || sameSite === 'None' });
  let memory: string | undefined;
  let warned = false;

  const read = () => jar.get() ?? memory;

  return {
    read,
    write(value) {
      memory = undefined;
      jar.set(value, days);
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
      jar.remove();
    },
  };
}
