// The vendor catalogue (issue 16, point 3): what cookiegate knows about well-known services, as
// data. `cookiegate scan` writes these entries into starter configs and npm users import them from
// `cookiegate/presets`; the script-tag bundle never imports this file, so it adds no bytes there.
//
// Cookie names and lifetimes come from each vendor's own cookie documentation (linked per entry)
// and the Open Cookie Database (Apache License 2.0, snapshot 2026-01-21); where the two disagree
// the vendor's documentation wins. Lifetimes are the vendor's defaults: Chrome caps every cookie
// at 400 days whatever a vendor sets (support.google.com/analytics/answer/11397207).

import type { CookieDeclaration } from '../core/config-types';
import type { ServicePreset } from '../core/preset';
import { googleAnalyticsPreset } from './google-analytics';

type PresetCookie = Omit<CookieDeclaration, 'category'>;

const cookie =
  (provider: string) =>
  (name: string, purpose: string, expires: string, pattern?: string): PresetCookie =>
    pattern === undefined ? { name, provider, purpose, expires } : { name, pattern, provider, purpose, expires };

const google = cookie('Google');
const meta = cookie('Meta');
const hotjar = cookie('Hotjar');
const matomo = cookie('Matomo');
const microsoft = cookie('Microsoft');
const linkedIn = cookie('LinkedIn');
const vimeo = cookie('Vimeo');

/** Google Tag Manager's container (gtm.js): it loads whatever tags the container holds. */
const googleTagManager: ServicePreset = {
  id: 'googleTagManager',
  title: 'Google Tag Manager',
  category: 'analytics',
  essential: false,
  urls: ['https://www.googletagmanager.com/gtm.js*', 'https://www.googletagmanager.com/ns.html*'],
  // gtm.js itself sets no cookie; `_dc_gtm_<property>` throttles GA hits sent through a container.
  cookies: [
    google(
      '_dc_gtm_<property-id>',
      'Throttles the request rate of tags fired by Google Tag Manager.',
      '1 minute',
      '_dc_gtm_[\\w-]+',
    ),
  ],
  privacyUrl: 'https://policies.google.com/privacy',
};

/** YouTube embeds; youtube-nocookie.com sets no cookie until the visitor plays, then uses storage. */
const youtube: ServicePreset = {
  id: 'youtube',
  title: 'YouTube',
  category: 'marketing',
  essential: false,
  urls: [
    'https://www.youtube.com/embed/*',
    'https://www.youtube-nocookie.com/embed/*',
    'https://www.youtube.com/iframe_api*',
    'https://www.youtube.com/s/player/*',
  ],
  cookies: [
    google('YSC', 'Identifies the viewing session for YouTube statistics.', 'session'),
    google('VISITOR_INFO1_LIVE', 'Estimates the bandwidth and remembers player settings (YouTube).', '6 months'),
    google('VISITOR_PRIVACY_METADATA', "Stores the visitor's cookie consent state for YouTube.", '6 months'),
    google('__Secure-ROLLOUT_TOKEN', 'Registers a unique id for YouTube video statistics.', '6 months'),
    google('PREF', 'Remembers player preferences such as the language (YouTube).', '8 months'),
    google('GPS', 'Registers a unique id on mobile devices for location-based statistics (YouTube).', '30 minutes'),
  ],
  privacyUrl: 'https://policies.google.com/privacy',
};

/** Vimeo's player (help.vimeo.com, "Vimeo player cookies"). */
const vimeoPlayer: ServicePreset = {
  id: 'vimeo',
  title: 'Vimeo',
  category: 'analytics',
  essential: false,
  urls: ['https://player.vimeo.com/*', 'https://*.vimeocdn.com/*'],
  cookies: [
    vimeo('vuid', "Assigns the viewer an id for Vimeo's player statistics.", '2 years'),
    vimeo('Player', "Remembers the viewer's player settings.", '1 year'),
    vimeo('sd_identity', 'Collects video analytics for the site owner (Vimeo).', '2 years'),
    vimeo('sd_client_id', 'Collects video analytics for the site owner (Vimeo).', '2 years'),
    vimeo('continuous_play_v3', 'Remembers whether continuous play is on.', '1 year'),
  ],
  privacyUrl: 'https://vimeo.com/privacy',
};

/** Google Maps embeds and the Maps JavaScript API. */
const googleMaps: ServicePreset = {
  id: 'googleMaps',
  title: 'Google Maps',
  category: 'functional',
  essential: false,
  urls: [
    'https://www.google.com/maps/embed*',
    'https://maps.google.com/*',
    'https://maps.googleapis.com/*',
    'https://maps.gstatic.com/*',
  ],
  cookies: [
    google('NID', 'Remembers preferences and helps show personalised ads (Google).', '6 months'),
    google('AEC', 'Detects spam and fraud (Google).', '6 months'),
    google('OGPC', 'Stores preferences for Google Maps features.', '1 month'),
    google('OGP', 'Activates and tracks Google Maps features.', '2 months'),
  ],
  privacyUrl: 'https://policies.google.com/privacy',
};

/** Meta Pixel (facebook.com/business/help/471978536642445: `_fbp`, `_fbc`). */
const metaPixel: ServicePreset = {
  id: 'metaPixel',
  title: 'Meta Pixel',
  category: 'marketing',
  essential: false,
  urls: ['https://connect.facebook.net/*', 'https://www.facebook.com/tr*'],
  cookies: [
    meta('_fbp', 'Identifies browsers to deliver and measure Meta advertising.', '3 months'),
    meta('_fbc', 'Stores the last Facebook ad click id (fbclid) for attribution.', '3 months'),
    meta('fr', 'Delivers, measures and improves the relevance of Meta ads (on facebook.com).', '3 months'),
  ],
  privacyUrl: 'https://www.facebook.com/privacy/policy/',
};

/** Hotjar (help.hotjar.com, "Cookies set by the Hotjar tracking code"). */
const hotjarTracking: ServicePreset = {
  id: 'hotjar',
  title: 'Hotjar',
  category: 'analytics',
  essential: false,
  urls: [
    'https://static.hotjar.com/*',
    'https://script.hotjar.com/*',
    'https://*.hotjar.com/*',
    'https://*.hotjar.io/*',
  ],
  cookies: [
    hotjar(
      '_hjSessionUser_<site-id>',
      'Keeps a random user id so visits of the same visitor are attributed to them.',
      '1 year',
      '_hjSessionUser_\\d+',
    ),
    hotjar('_hjSession_<site-id>', 'Holds the current session data.', '30 minutes', '_hjSession_\\d+'),
    hotjar('_hjHasCachedUserAttributes', 'Tells whether the cached user attributes are up to date.', 'session'),
    hotjar('_hjUserAttributesHash', 'Tells when user attributes change and must be sent again.', 'session'),
    hotjar('_hjCookieTest', 'Checks whether the tracking code can use cookies.', 'session'),
    hotjar('_hjLocalStorageTest', 'Checks whether the tracking code can use local storage.', 'session'),
    hotjar('_hjSessionStorageTest', 'Checks whether the tracking code can use session storage.', 'session'),
    hotjar(
      '_hjIncludedInSessionSample_<site-id>',
      'Tells whether the visitor is in the sample for session recordings.',
      '30 minutes',
      '_hjIncludedInSessionSample(_\\d+)?',
    ),
    hotjar('_hjTLDTest', 'Finds the most generic cookie path to use.', 'session'),
  ],
  privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
};

/** Matomo Cloud (matomo.org/faq/general/faq_146: `_pk_id.<site>.<hash>`, `_pk_ses.…`). */
const matomoCloud: ServicePreset = {
  id: 'matomoCloud',
  title: 'Matomo Cloud',
  category: 'analytics',
  essential: false,
  urls: ['https://*.matomo.cloud/*', 'https://cdn.matomo.cloud/*', 'https://*.innocraft.cloud/*'],
  cookies: [
    matomo(
      '_pk_id.<site-id>.<hash>',
      'Stores a visitor id and the first visit time.',
      '13 months',
      '_pk_id\\.\\d+\\.[0-9a-f]+',
    ),
    matomo(
      '_pk_ses.<site-id>.<hash>',
      'Keeps the data of the current visit.',
      '30 minutes',
      '_pk_ses\\.\\d+\\.[0-9a-f]+',
    ),
    matomo(
      '_pk_ref.<site-id>.<hash>',
      'Stores how the visitor first reached the site.',
      '6 months',
      '_pk_ref\\.\\d+\\.[0-9a-f]+',
    ),
    matomo(
      '_pk_cvar.<site-id>.<hash>',
      'Keeps custom variables of the current visit.',
      '30 minutes',
      '_pk_cvar\\.\\d+\\.[0-9a-f]+',
    ),
    matomo(
      '_pk_hsr.<site-id>.<hash>',
      'Keeps the heatmap and session recording id of the visit.',
      '30 minutes',
      '_pk_hsr\\.\\d+\\.[0-9a-f]+',
    ),
    matomo(
      '_pk_testcookie.<site-id>.<hash>',
      'Checks whether the browser accepts cookies.',
      'session',
      '_pk_testcookie(\\.\\d+\\.[0-9a-f]+)?',
    ),
  ],
  privacyUrl: 'https://matomo.org/privacy-policy/',
};

/** Microsoft Clarity (learn.microsoft.com/clarity/setup-and-installation/cookie-list). */
const microsoftClarity: ServicePreset = {
  id: 'microsoftClarity',
  title: 'Microsoft Clarity',
  category: 'analytics',
  essential: false,
  urls: ['https://www.clarity.ms/*', 'https://*.clarity.ms/*'],
  cookies: [
    microsoft('_clck', 'Keeps the Clarity user id and preferences for this site.', '1 year'),
    microsoft('_clsk', 'Joins the page views of one visitor into one Clarity session.', '1 day'),
    microsoft('CLID', 'Identifies the first time Clarity saw this visitor on any site (on clarity.ms).', '1 year'),
    microsoft('MUID', 'Identifies unique browsers visiting Microsoft sites (on clarity.ms and bing.com).', '1 year'),
    microsoft('SM', 'Synchronises the MUID across Microsoft domains (on clarity.ms).', 'session'),
  ],
  privacyUrl: 'https://privacy.microsoft.com/privacystatement',
};

/** LinkedIn Insight Tag (linkedin.com/legal/l/cookie-table). */
const linkedInInsight: ServicePreset = {
  id: 'linkedInInsight',
  title: 'LinkedIn Insight Tag',
  category: 'marketing',
  essential: false,
  urls: ['https://snap.licdn.com/*', 'https://px.ads.linkedin.com/*', 'https://*.linkedin.com/px/*'],
  cookies: [
    linkedIn('li_fat_id', 'Member indirect identifier for conversion tracking and retargeting.', '30 days'),
    linkedIn('li_giant', 'Indirect identifier for groups of LinkedIn members, for conversion tracking.', '7 days'),
    linkedIn('li_sugr', 'Probabilistic match of a visitor outside the Designated Countries.', '3 months'),
    linkedIn('_guid', 'Identifies a LinkedIn member for advertising through Google Ads.', '3 months'),
    linkedIn('bcookie', 'Browser id, for tracking the use of embedded services (on linkedin.com).', '1 year'),
    linkedIn('lidc', 'Routing, for tracking the use of embedded services (on linkedin.com).', '1 day'),
    linkedIn('UserMatchHistory', 'Syncs the LinkedIn Ads id (on linkedin.com).', '30 days'),
    linkedIn(
      'AnalyticsSyncHistory',
      'Stores the time of a sync with the lms_analytics cookie (on linkedin.com).',
      '30 days',
    ),
    linkedIn('li_gc', "Stores a guest's consent to non-essential cookies (on linkedin.com).", '6 months'),
  ],
  privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
};

/**
 * Every known vendor, each with its default category, the URLs it loads from and the cookies it sets.
 * None of them can be strictly necessary.
 *
 * @example
 * import { catalogue } from 'cookiegate/presets';
 * const youtube = catalogue.find((preset) => preset.id === 'youtube');
 */
export const catalogue: readonly ServicePreset[] = Object.freeze([
  googleAnalyticsPreset,
  googleTagManager,
  youtube,
  vimeoPlayer,
  googleMaps,
  metaPixel,
  hotjarTracking,
  matomoCloud,
  microsoftClarity,
  linkedInInsight,
]);
