// The config fingerprint that lets the split loader (dist/cookiegate-loader.js) trust a config
// without shipping the validator: the full bundle stores it with each decision it records, and only
// records a decision under a config it validated. The same text under the same library version is
// the same, already validated, config.

/** The library version: a new version may validate differently, so it voids every fingerprint. */
export const VERSION = '0.1.0';

type Win = Window & { cookiegateConfig?: unknown };

/**
 * The page's config as the site owner wrote it: the text of `#cookiegate-config`, or
 * `window.cookiegateConfig` as JSON; `null` when the page has neither (yet).
 */
export function configText(w: Win): string | null {
  const el = w.document.getElementById('cookiegate-config');
  if (el) return el.textContent || '';
  try {
    return w.cookiegateConfig == null ? null : JSON.stringify(w.cookiegateConfig);
  } catch {
    return ''; // a cycle: not JSON, so validation refuses it and no fingerprint matches
  }
}

/** FNV-1a (32 bits) over the version and the text, in base 36. Not a secret: a change detector. */
export function fingerprint(text: string): string {
  const s = VERSION + '\n' + text;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}
