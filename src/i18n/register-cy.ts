// The script-tag build of the Welsh (Cymraeg) texts (dist/i18n/cy.js): registers them for the embed.
import t from './cy';

const w = window as unknown as { cookiegateTexts?: Record<string, unknown> };
(w.cookiegateTexts ??= {}).cy = t;
