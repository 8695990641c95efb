import type { Texts } from '../core/texts';

/** Dutch texts: `import nl from 'cookiegate/i18n/nl'`, or `dist/i18n/nl.js` for the script tag. */
const nl: Texts = {
  lang: 'nl',
  bannerLabel: 'Toestemming voor cookies',
  bannerTitle: 'Wij gebruiken cookies',
  bannerText:
    'Wij gebruiken cookies die strikt noodzakelijk zijn om deze site te laten werken. Met uw toestemming plaatsen we ook analytische cookies, die ons helpen de site te verbeteren. U kunt ze accepteren of weigeren, of per doel kiezen.',
  bannerTextStatistics:
    'Wij gebruiken cookies die strikt noodzakelijk zijn om deze site te laten werken, en statistiekcookies die bezoeken tellen zodat we de site kunnen verbeteren. U kunt op elk moment kosteloos bezwaar maken tegen de statistieken, of per doel kiezen.',
  policyLink: 'Cookiebeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  managePreferences: 'Voorkeuren beheren',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText:
    'Kies welke cookies wij mogen gebruiken. Strikt noodzakelijke cookies staan altijd aan. U kunt uw keuze op elk moment wijzigen.',
  savePreferences: 'Voorkeuren opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  gpcHonoured: 'Uit, omdat uw browser een Global Privacy Control-signaal (GPC) verstuurt.',
  showCookies: 'Gebruikte cookies',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieContent: 'Inhoud',
  cookieExpires: 'Bewaartermijn',
  noCookies: 'Geen cookies in deze categorie.',
  consentId: 'Uw toestemmings-ID: {id} ({date})',
  reopen: 'Cookievoorkeuren',
  objectToStatistics: 'Bezwaar maken tegen statistieken',
  necessaryTitle: 'Strikt noodzakelijk',
  necessaryDescription: 'Nodig om de site te laten werken. Ze kunnen niet worden uitgezet.',
  analyticsTitle: 'Analytisch',
  analyticsDescription: 'Helpen ons te begrijpen hoe bezoekers de site gebruiken, zodat we hem kunnen verbeteren.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Worden gebruikt om u relevante advertenties op andere sites te tonen.',
  functionalTitle: 'Functioneel',
  functionalDescription: 'Onthouden uw keuzes, zoals de taal, voor een prettiger gebruik.',
  placeholderText: 'Deze inhoud van {provider} wordt niet getoond, omdat {provider} cookies op uw apparaat plaatst.',
  placeholderLoad: 'Inhoud van {provider} laden',
  placeholderLoadCategory: 'Inhoud laden (staat alle {category}-cookies toe)',
  placeholderPreferences: 'Cookievoorkeuren',
};

export default nl;
