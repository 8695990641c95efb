/**
 * Every string a visitor sees. Plain text only: the interface renders each as a text node.
 * `{id}` and `{date}` in `consentId` are replaced with the visitor's consent id and date.
 */
export interface Texts {
  /** BCP 47 tag of these texts, set as the interface's `lang` (WCAG 3.1.2 Language of Parts). */
  lang: string;
  /** Accessible name of the banner region; must contain the word "cookie" in English. */
  bannerLabel: string;
  bannerTitle: string;
  bannerText: string;
  /**
   * The banner's text under the statistics exception (`statisticsException`): statistics run
   * without consent and the visitor can object (PECR Sch. A1 para. 5), so it asks no permission.
   */
  bannerTextStatistics: string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  managePreferences: string;
  preferencesTitle: string;
  preferencesText: string;
  savePreferences: string;
  close: string;
  alwaysOn: string;
  gpcHonoured: string;
  showCookies: string;
  cookieName: string;
  cookieProvider: string;
  cookiePurpose: string;
  cookieContent: string;
  cookieExpires: string;
  noCookies: string;
  consentId: string;
  reopen: string;
  /** The statistics exception's objection button (`statisticsException`). */
  objectToStatistics: string;
  /**
   * A blocked embed's placeholder: why the embed is not shown (names `{provider}` and that it sets
   * cookies), the button that grants that one service (`{provider}`), the button of an embed
   * without a service, which grants its whole category and says so (`{category}`), and the link
   * that opens the preferences.
   */
  placeholderText: string;
  placeholderLoad: string;
  placeholderLoadCategory: string;
  placeholderPreferences: string;
  /** Titles and descriptions of well-known category ids, used when the config gives none. */
  necessaryTitle: string;
  necessaryDescription: string;
  analyticsTitle: string;
  analyticsDescription: string;
  marketingTitle: string;
  marketingDescription: string;
  functionalTitle: string;
  functionalDescription: string;
}
