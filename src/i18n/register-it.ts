// The script-tag build of the Italian texts (dist/i18n/it.js): registers them for the embed.
import t from './it';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).it = t;
