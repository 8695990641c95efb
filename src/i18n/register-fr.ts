// The script-tag build of the French texts (dist/i18n/fr.js): registers them for the embed.
import t from './fr';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).fr = t;
