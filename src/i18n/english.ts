import type { Texts } from '../core/texts';

/** The English texts, built into every bundle. */
export const english: Texts = {
  lang: 'en',
  bannerLabel: 'Cookie consent',
  bannerTitle: 'We use cookies',
  bannerText:
    'We use cookies that are strictly necessary for this site to work. With your permission we would also like to set analytics cookies that help us improve it. You can accept or reject them, or choose for each purpose.',
  bannerTextStatistics:
    'We use cookies that are strictly necessary for this site to work, and statistics cookies that count visits so that we can improve it. You can object to the statistics at any time, free of charge, or choose for each purpose.',
  policyLink: 'Cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  managePreferences: 'Manage preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which cookies we may use. Strictly necessary cookies are always on. You can change your mind at any time.',
  savePreferences: 'Save preferences',
  close: 'Close',
  alwaysOn: 'Always on',
  gpcHonoured: 'Off because your browser sends a Global Privacy Control signal.',
  showCookies: 'Cookies used',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieContent: 'Content',
  cookieExpires: 'Expires',
  noCookies: 'No cookies in this category.',
  consentId: 'Your consent id: {id} ({date})',
  reopen: 'Cookie preferences',
  objectToStatistics: 'Object to statistics',
  necessaryTitle: 'Strictly necessary',
  necessaryDescription: 'Needed for the site to work. They cannot be switched off.',
  analyticsTitle: 'Analytics',
  analyticsDescription: 'Help us understand how visitors use the site, so we can improve it.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Used to show you relevant advertising on other sites.',
  functionalTitle: 'Functional',
  functionalDescription: 'Remember your choices, such as language, to improve your experience.',
};
