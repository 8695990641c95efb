// The script-tag build of the Dutch texts (dist/i18n/nl.js): registers them for the embed.
import t from './nl';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).nl = t;
