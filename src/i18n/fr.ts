import type { Texts } from '../core/texts';

/** French texts: `import fr from 'cookiegate/i18n/fr'`, or `dist/i18n/fr.js` for the script tag. */
const fr: Texts = {
  lang: 'fr',
  bannerLabel: 'Consentement aux cookies',
  bannerTitle: 'Nous utilisons des cookies',
  bannerText:
    'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Avec votre accord, nous souhaitons aussi déposer des cookies de mesure d’audience qui nous aident à l’améliorer. Vous pouvez les accepter, les refuser ou choisir finalité par finalité.',
  bannerTextStatistics:
    'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site et des cookies de statistiques qui comptent les visites pour nous aider à l’améliorer. Vous pouvez refuser ces statistiques à tout moment, gratuitement, ou choisir finalité par finalité.',
  policyLink: 'Politique relative aux cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  managePreferences: 'Gérer mes préférences',
  preferencesTitle: 'Vos préférences en matière de cookies',
  preferencesText:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs. Vous pouvez changer d’avis à tout moment.',
  savePreferences: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  gpcHonoured: 'Désactivés, car votre navigateur envoie un signal Global Privacy Control (GPC).',
  showCookies: 'Cookies utilisés',
  cookieName: 'Nom',
  cookieProvider: 'Émetteur',
  cookiePurpose: 'Finalité',
  cookieContent: 'Contenu',
  cookieExpires: 'Durée de vie',
  noCookies: 'Aucun cookie dans cette catégorie.',
  consentId: 'Identifiant de votre consentement : {id} ({date})',
  reopen: 'Gérer les cookies',
  objectToStatistics: 'Refuser les statistiques',
  necessaryTitle: 'Strictement nécessaires',
  necessaryDescription: 'Indispensables au fonctionnement du site, ils ne peuvent pas être désactivés.',
  analyticsTitle: 'Mesure d’audience',
  analyticsDescription: 'Nous aident à comprendre comment le site est utilisé, afin de l’améliorer.',
  marketingTitle: 'Publicité',
  marketingDescription: 'Servent à vous proposer des publicités adaptées sur d’autres sites.',
  functionalTitle: 'Fonctionnels',
  functionalDescription: 'Mémorisent vos choix, comme la langue, pour faciliter votre navigation.',
  placeholderText: 'Ce contenu de {provider} n’est pas affiché, car {provider} dépose des cookies sur votre appareil.',
  placeholderLoad: 'Charger le contenu {provider}',
  placeholderLoadCategory: 'Charger le contenu (autorise tous les cookies {category})',
  placeholderPreferences: 'Préférences de cookies',
};

export default fr;
