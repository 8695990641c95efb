// The script-tag build of the Polish texts (dist/i18n/pl.js): registers them for the embed.
import t from './pl';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).pl = t;
