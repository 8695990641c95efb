import type { Texts } from '../core/texts';

/** German texts: `import de from 'cookiegate/i18n/de'`, or `dist/i18n/de.js` for the script tag. */
const de: Texts = {
  lang: 'de',
  bannerLabel: 'Cookie-Einwilligung',
  bannerTitle: 'Wir verwenden Cookies',
  bannerText:
    'Wir verwenden Cookies, die für den Betrieb dieser Website unbedingt erforderlich sind. Mit Ihrer Einwilligung möchten wir außerdem Analyse-Cookies setzen, die uns helfen, die Website zu verbessern. Sie können sie akzeptieren, ablehnen oder für jeden Zweck einzeln entscheiden.',
  bannerTextStatistics:
    'Wir verwenden Cookies, die für den Betrieb dieser Website unbedingt erforderlich sind, und Statistik-Cookies, die Besuche zählen, damit wir die Website verbessern können. Sie können der Statistik jederzeit kostenlos widersprechen oder für jeden Zweck einzeln entscheiden.',
  policyLink: 'Cookie-Richtlinie',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  managePreferences: 'Einstellungen verwalten',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Unbedingt erforderliche Cookies sind immer aktiv. Sie können Ihre Entscheidung jederzeit ändern.',
  savePreferences: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  gpcHonoured: 'Deaktiviert, weil Ihr Browser ein Global-Privacy-Control-Signal (GPC) sendet.',
  showCookies: 'Verwendete Cookies',
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieContent: 'Inhalt',
  cookieExpires: 'Speicherdauer',
  noCookies: 'Keine Cookies in dieser Kategorie.',
  consentId: 'Ihre Einwilligungs-ID: {id} ({date})',
  reopen: 'Cookie-Einstellungen',
  objectToStatistics: 'Statistik widersprechen',
  necessaryTitle: 'Unbedingt erforderlich',
  necessaryDescription: 'Für den Betrieb der Website nötig; sie lassen sich nicht deaktivieren.',
  analyticsTitle: 'Statistik',
  analyticsDescription: 'Helfen uns zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Dienen dazu, Ihnen auf anderen Websites passende Werbung zu zeigen.',
  functionalTitle: 'Funktional',
  functionalDescription:
    'Merken sich Ihre Einstellungen, etwa die Sprache, damit Sie die Website bequemer nutzen können.',
  placeholderText: 'Dieser Inhalt von {provider} wird nicht angezeigt, weil {provider} Cookies auf Ihrem Gerät setzt.',
  placeholderLoad: 'Inhalt von {provider} laden',
  placeholderLoadCategory: 'Inhalt laden (erlaubt alle Cookies der Kategorie {category})',
  placeholderPreferences: 'Cookie-Einstellungen',
};

export default de;
