import type { Texts } from '../core/texts';

/** Welsh (Cymraeg) texts: `import cy from 'cookiegate/i18n/cy'`, or `dist/i18n/cy.js` for the script tag. */
const cy: Texts = {
  lang: 'cy',
  bannerLabel: 'Caniatâd cwcis',
  bannerTitle: 'Rydym yn defnyddio cwcis',
  bannerText:
    'Rydym yn defnyddio cwcis sy’n gwbl angenrheidiol er mwyn i’r wefan hon weithio. Gyda’ch caniatâd, hoffem hefyd osod cwcis dadansoddi sy’n ein helpu i’w gwella. Gallwch eu derbyn neu eu gwrthod, neu ddewis ar gyfer pob diben.',
  bannerTextStatistics:
    'Rydym yn defnyddio cwcis sy’n gwbl angenrheidiol er mwyn i’r wefan hon weithio, a chwcis ystadegau sy’n cyfrif ymweliadau er mwyn i ni ei gwella. Gallwch wrthwynebu’r ystadegau ar unrhyw adeg, am ddim, neu ddewis ar gyfer pob diben.',
  policyLink: 'Polisi cwcis',
  acceptAll: 'Derbyn y cyfan',
  rejectAll: 'Gwrthod y cyfan',
  managePreferences: 'Rheoli dewisiadau',
  preferencesTitle: 'Dewisiadau cwcis',
  preferencesText:
    'Dewiswch pa gwcis y cawn eu defnyddio. Mae cwcis cwbl angenrheidiol ymlaen bob amser. Gallwch newid eich meddwl unrhyw bryd.',
  savePreferences: 'Cadw dewisiadau',
  close: 'Cau',
  alwaysOn: 'Ymlaen bob amser',
  gpcHonoured: 'I ffwrdd oherwydd bod eich porwr yn anfon signal Global Privacy Control (GPC).',
  showCookies: 'Y cwcis a ddefnyddir',
  cookieName: 'Enw',
  cookieProvider: 'Darparwr',
  cookiePurpose: 'Diben',
  cookieContent: 'Cynnwys',
  cookieExpires: 'Yn dod i ben',
  noCookies: 'Does dim cwcis yn y categori hwn.',
  consentId: 'Cyfeirnod eich caniatâd: {id} ({date})',
  reopen: 'Dewisiadau cwcis',
  objectToStatistics: 'Gwrthwynebu ystadegau',
  necessaryTitle: 'Cwbl angenrheidiol',
  necessaryDescription: 'Mae eu hangen er mwyn i’r wefan weithio. Does dim modd eu diffodd.',
  analyticsTitle: 'Dadansoddi',
  analyticsDescription: 'Yn ein helpu i ddeall sut mae ymwelwyr yn defnyddio’r wefan, er mwyn i ni ei gwella.',
  marketingTitle: 'Marchnata',
  marketingDescription: 'Yn cael eu defnyddio i ddangos hysbysebion perthnasol i chi ar wefannau eraill.',
  functionalTitle: 'Swyddogaethol',
  functionalDescription: 'Yn cofio eich dewisiadau, fel iaith, i wella eich profiad.',
  placeholderText:
    'Nid yw’r cynnwys hwn gan {provider} yn cael ei ddangos oherwydd bod {provider} yn gosod cwcis ar eich dyfais.',
  placeholderLoad: 'Llwytho cynnwys {provider}',
  placeholderLoadCategory: 'Llwytho’r cynnwys (yn caniatáu pob cwci {category})',
  placeholderPreferences: 'Dewisiadau cwcis',
};

export default cy;
