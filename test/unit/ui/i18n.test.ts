import { describe, expect, it } from 'vitest';
import { english } from '../../../src/i18n/english';
import { LANGUAGES } from '../../../src/ui/language';
import type { Texts } from '../../../src/core/texts';

import cy from '../../../src/i18n/cy';
import fr from '../../../src/i18n/fr';
import de from '../../../src/i18n/de';
import es from '../../../src/i18n/es';
import it_ from '../../../src/i18n/it';
import nl from '../../../src/i18n/nl';
import pl from '../../../src/i18n/pl';

const modules: Record<string, Texts> = { cy, fr, de, es, it: it_, nl, pl };

describe('translations', () => {
  it('ship every language resolveLanguage can return', () => {
    expect(['en', ...Object.keys(modules)].sort()).toEqual([...LANGUAGES].sort());
  });

  for (const [lang, t] of Object.entries(modules)) {
    it(`${lang}: has every key as a non-empty string, its own lang, and the {id} and {date} slots`, () => {
      expect(Object.keys(t).sort()).toEqual(Object.keys(english).sort());
      for (const v of Object.values(t)) expect(typeof v == 'string' && v.trim().length > 0).toBe(true);
      expect(t.lang).toBe(lang);
      expect(t.consentId).toContain('{id}');
      expect(t.consentId).toContain('{date}');
      // Translated, not left in English (names like "Marketing" may coincide).
      expect(t.acceptAll).not.toBe(english.acceptAll);
      expect(t.bannerText).not.toBe(english.bannerText);
    });
  }

  it('the statistics exception has its own banner text in every language, asking no permission', () => {
    // The mode asks for none (PECR Sch. A1 para. 5), so the words of consent would mislead.
    const asking: Record<string, RegExp> = {
      en: /permission|consent/i,
      cy: /caniatâd/i,
      fr: /accord|consentement/i,
      de: /einwilligung|zustimmung/i,
      es: /permiso|consentimiento/i,
      it: /consenso/i,
      nl: /toestemming/i,
      pl: /zgod/i,
    };
    for (const [lang, t] of Object.entries({ en: english, ...modules })) {
      expect(t.bannerTextStatistics, lang).not.toBe(t.bannerText);
      expect(t.bannerTextStatistics, lang).not.toMatch(asking[lang]);
      expect(t.bannerText, `${lang}: the consent text does ask`).toMatch(asking[lang]);
    }
  });

  it('no shipped language has legitimate-interest wording (compliance.md B.11)', () => {
    const legitimateInterest =
      /legitimate interest|intérêt légitime|berechtigtes interesse|interés legítimo|interesse legittimo|gerechtvaardigd belang|prawnie uzasadnion|buddiant cyfreithlon/i;
    for (const [lang, t] of Object.entries({ en: english, ...modules })) {
      for (const [key, text] of Object.entries(t)) expect(text, `${lang}.${key}`).not.toMatch(legitimateInterest);
    }
  });

  it('the register module puts the texts on window.cookiegateTexts for the script tag', async () => {
    await import('../../../src/i18n/register-cy');
    const w = window as unknown as { cookiegateTexts?: Record<string, Texts> };
    expect(w.cookiegateTexts?.cy.acceptAll).toBe('Derbyn y cyfan');
  });
});
