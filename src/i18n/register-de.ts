// The script-tag build of the German texts (dist/i18n/de.js): registers them for the embed.
import t from './de';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).de = t;
