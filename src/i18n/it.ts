import type { Texts } from '../core/texts';

/** Italian texts: `import it from 'cookiegate/i18n/it'`, or `dist/i18n/it.js` for the script tag. */
const it: Texts = {
  lang: 'it',
  bannerLabel: 'Consenso ai cookie',
  bannerTitle: 'Utilizziamo i cookie',
  bannerText:
    'Utilizziamo cookie strettamente necessari al funzionamento di questo sito. Con il tuo consenso vorremmo usare anche cookie analitici, che ci aiutano a migliorarlo. Puoi accettarli, rifiutarli o scegliere per ciascuna finalità.',
  bannerTextStatistics:
    'Utilizziamo cookie strettamente necessari al funzionamento di questo sito e cookie statistici che contano le visite per aiutarci a migliorarlo. Puoi opporti alle statistiche in qualsiasi momento, gratuitamente, o scegliere per ciascuna finalità.',
  policyLink: 'Informativa sui cookie',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  managePreferences: 'Gestisci preferenze',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText:
    'Scegli quali cookie possiamo utilizzare. I cookie strettamente necessari sono sempre attivi. Puoi cambiare idea in qualsiasi momento.',
  savePreferences: 'Salva preferenze',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  gpcHonoured: 'Disattivati perché il tuo browser invia un segnale Global Privacy Control (GPC).',
  showCookies: 'Cookie utilizzati',
  cookieName: 'Nome',
  cookieProvider: 'Fornitore',
  cookiePurpose: 'Finalità',
  cookieContent: 'Contenuto',
  cookieExpires: 'Durata',
  noCookies: 'Nessun cookie in questa categoria.',
  consentId: 'ID del tuo consenso: {id} ({date})',
  reopen: 'Preferenze sui cookie',
  objectToStatistics: 'Oppormi alle statistiche',
  necessaryTitle: 'Strettamente necessari',
  necessaryDescription: 'Servono al funzionamento del sito e non possono essere disattivati.',
  analyticsTitle: 'Statistici',
  analyticsDescription: 'Ci aiutano a capire come i visitatori usano il sito, così da poterlo migliorare.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Servono a mostrarti pubblicità pertinente su altri siti.',
  functionalTitle: 'Funzionali',
  functionalDescription: 'Ricordano le tue scelte, come la lingua, per migliorare la tua esperienza.',
  placeholderText:
    'Questo contenuto di {provider} non è mostrato perché {provider} installa cookie sul tuo dispositivo.',
  placeholderLoad: 'Carica i contenuti di {provider}',
  placeholderLoadCategory: 'Carica i contenuti (consente tutti i cookie {category})',
  placeholderPreferences: 'Preferenze sui cookie',
};

export default it;
