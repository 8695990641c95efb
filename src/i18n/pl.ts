import type { Texts } from '../core/texts';

/** Polish texts: `import pl from 'cookiegate/i18n/pl'`, or `dist/i18n/pl.js` for the script tag. */
const pl: Texts = {
  lang: 'pl',
  bannerLabel: 'Zgoda na pliki cookie',
  bannerTitle: 'Używamy plików cookie',
  bannerText:
    'Używamy plików cookie niezbędnych do działania tej strony. Za Twoją zgodą chcielibyśmy też używać analitycznych plików cookie, które pomagają nam ją ulepszać. Możesz je zaakceptować lub odrzucić albo wybrać osobno dla każdego celu.',
  bannerTextStatistics:
    'Używamy plików cookie niezbędnych do działania tej strony oraz statystycznych plików cookie, które liczą odwiedziny, abyśmy mogli ją ulepszać. W każdej chwili możesz bezpłatnie sprzeciwić się statystykom albo wybrać osobno dla każdego celu.',
  policyLink: 'Polityka plików cookie',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  managePreferences: 'Zarządzaj ustawieniami',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesText:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone. Możesz zmienić zdanie w dowolnym momencie.',
  savePreferences: 'Zapisz ustawienia',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  gpcHonoured: 'Wyłączone, ponieważ Twoja przeglądarka wysyła sygnał Global Privacy Control (GPC).',
  showCookies: 'Używane pliki cookie',
  cookieName: 'Nazwa',
  cookieProvider: 'Dostawca',
  cookiePurpose: 'Cel',
  cookieContent: 'Zawartość',
  cookieExpires: 'Okres przechowywania',
  noCookies: 'Brak plików cookie w tej kategorii.',
  consentId: 'Identyfikator Twojej zgody: {id} ({date})',
  reopen: 'Ustawienia plików cookie',
  objectToStatistics: 'Sprzeciw wobec statystyk',
  necessaryTitle: 'Niezbędne',
  necessaryDescription: 'Potrzebne do działania strony. Nie można ich wyłączyć.',
  analyticsTitle: 'Analityczne',
  analyticsDescription: 'Pomagają nam zrozumieć, jak odwiedzający korzystają ze strony, abyśmy mogli ją ulepszać.',
  marketingTitle: 'Marketingowe',
  marketingDescription: 'Służą do wyświetlania Ci dopasowanych reklam w innych witrynach.',
  functionalTitle: 'Funkcjonalne',
  functionalDescription: 'Zapamiętują Twoje wybory, np. język, aby ułatwić korzystanie ze strony.',
  placeholderText:
    'Ta treść od {provider} nie jest wyświetlana, ponieważ {provider} zapisuje pliki cookie na Twoim urządzeniu.',
  placeholderLoad: 'Wczytaj treść {provider}',
  placeholderLoadCategory: 'Wczytaj treść (zezwala na wszystkie pliki cookie kategorii {category})',
  placeholderPreferences: 'Ustawienia plików cookie',
};

export default pl;
