// The script-tag build of the Spanish texts (dist/i18n/es.js): registers them for the embed.
import t from './es';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).es = t;
