/**
 * The strings of an embed's placeholder. Plain text; `{provider}` is the service's title (or the
 * embed's host name) and `{category}` the category's title. To be folded into `Texts`.
 */
export interface PlaceholderTexts {
  /** BCP 47 tag of these texts (WCAG 3.1.2 Language of Parts). */
  lang: string;
  /** Why the embed is not shown: names the provider and says that it sets cookies. */
  placeholderText: string;
  /** The button that grants the one service and loads the embed; names the provider. */
  placeholderLoad: string;
  /** The button of an embed without a service: it grants its whole category, and says so. */
  placeholderLoadCategory: string;
  /** The link that opens the preferences dialog. */
  placeholderPreferences: string;
}

/** The English placeholder texts, built into the script-tag bundle. */
export const englishPlaceholder: PlaceholderTexts = {
  lang: 'en',
  placeholderText: 'This content from {provider} is not shown because {provider} sets cookies on your device.',
  placeholderLoad: 'Load {provider} content',
  placeholderLoadCategory: 'Load content (allows all {category} cookies)',
  placeholderPreferences: 'Cookie preferences',
};

/** The placeholder texts of the seven other shipped languages, for `src/i18n/<lang>.ts`. */
export const placeholderTranslations: Readonly<
  Record<'cy' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pl', PlaceholderTexts>
> = {
  cy: {
    lang: 'cy',
    placeholderText:
      'Nid yw’r cynnwys hwn gan {provider} yn cael ei ddangos oherwydd bod {provider} yn gosod cwcis ar eich dyfais.',
    placeholderLoad: 'Llwytho cynnwys {provider}',
    placeholderLoadCategory: 'Llwytho’r cynnwys (yn caniatáu pob cwci {category})',
    placeholderPreferences: 'Dewisiadau cwcis',
  },
  fr: {
    lang: 'fr',
    placeholderText:
      'Ce contenu de {provider} n’est pas affiché, car {provider} dépose des cookies sur votre appareil.',
    placeholderLoad: 'Charger le contenu {provider}',
    placeholderLoadCategory: 'Charger le contenu (autorise tous les cookies {category})',
    placeholderPreferences: 'Préférences de cookies',
  },
  de: {
    lang: 'de',
    placeholderText:
      'Dieser Inhalt von {provider} wird nicht angezeigt, weil {provider} Cookies auf Ihrem Gerät setzt.',
    placeholderLoad: 'Inhalt von {provider} laden',
    placeholderLoadCategory: 'Inhalt laden (erlaubt alle Cookies der Kategorie {category})',
    placeholderPreferences: 'Cookie-Einstellungen',
  },
  es: {
    lang: 'es',
    placeholderText: 'Este contenido de {provider} no se muestra porque {provider} instala cookies en su dispositivo.',
    placeholderLoad: 'Cargar contenido de {provider}',
    placeholderLoadCategory: 'Cargar contenido (permite todas las cookies de {category})',
    placeholderPreferences: 'Preferencias de cookies',
  },
  it: {
    lang: 'it',
    placeholderText:
      'Questo contenuto di {provider} non è mostrato perché {provider} installa cookie sul tuo dispositivo.',
    placeholderLoad: 'Carica i contenuti di {provider}',
    placeholderLoadCategory: 'Carica i contenuti (consente tutti i cookie {category})',
    placeholderPreferences: 'Preferenze sui cookie',
  },
  nl: {
    lang: 'nl',
    placeholderText: 'Deze inhoud van {provider} wordt niet getoond, omdat {provider} cookies op uw apparaat plaatst.',
    placeholderLoad: 'Inhoud van {provider} laden',
    placeholderLoadCategory: 'Inhoud laden (staat alle {category}-cookies toe)',
    placeholderPreferences: 'Cookievoorkeuren',
  },
  pl: {
    lang: 'pl',
    placeholderText:
      'Ta treść od {provider} nie jest wyświetlana, ponieważ {provider} zapisuje pliki cookie na Twoim urządzeniu.',
    placeholderLoad: 'Wczytaj treść {provider}',
    placeholderLoadCategory: 'Wczytaj treść (zezwala na wszystkie pliki cookie kategorii {category})',
    placeholderPreferences: 'Ustawienia plików cookie',
  },
};
