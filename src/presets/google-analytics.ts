import type { CookieDeclaration } from '../core/config-types';

const GOOGLE = 'Google';

/**
 * The cookies Google Analytics really writes, with Google's documented lifetimes
 * (developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage, ga.js and gtag.js
 * tables). Policies often spell the ga.js names with one underscore (`_utma`); the patterns accept
 * both spellings so clean-up finds the real cookies whatever the policy says.
 */
export const googleAnalyticsCookies: readonly Omit<CookieDeclaration, 'category'>[] = [
  { name: '_ga', provider: GOOGLE, purpose: 'Distinguishes visitors (Google Analytics).', content: 'Random client id', expires: '2 years' },
  { name: '_ga_<container-id>', pattern: '_ga_[A-Za-z0-9]+', provider: GOOGLE, purpose: 'Keeps the session state (Google Analytics 4).', content: 'Session id and count', expires: '2 years' },
  { name: '_gid', provider: GOOGLE, purpose: 'Distinguishes visitors for one day (Google Analytics).', content: 'Random client id', expires: '24 hours' },
  { name: '_gat', pattern: '_gat(_[\\w-]+)?|_dc_gtm_[\\w-]+', provider: GOOGLE, purpose: 'Throttles the request rate (Google Analytics).', content: '1', expires: '1 minute' },
  { name: '__utma', pattern: '_{1,2}utma', provider: GOOGLE, purpose: 'Distinguishes visitors and sessions (ga.js).', content: 'Domain hash, visitor id, visit times', expires: '2 years' },
  { name: '__utmb', pattern: '_{1,2}utmb', provider: GOOGLE, purpose: 'Determines new sessions and visits (ga.js).', content: 'Domain hash and page count', expires: '30 minutes' },
  { name: '__utmc', pattern: '_{1,2}utmc', provider: GOOGLE, purpose: 'Interoperates with urchin.js to find new sessions (ga.js).', content: 'Domain hash', expires: 'session' },
  { name: '__utmz', pattern: '_{1,2}utmz', provider: GOOGLE, purpose: 'Stores how the visitor reached the site (ga.js).', content: 'Traffic source', expires: '6 months' },
  { name: '__utmt', pattern: '_{1,2}utmt(_[\\w-]+)?', provider: GOOGLE, purpose: 'Throttles the request rate (ga.js).', content: '1', expires: '10 minutes' },
  { name: '__utmv', pattern: '_{1,2}utmv', provider: GOOGLE, purpose: 'Stores visitor-level custom variables (ga.js).', content: 'Custom variable values', expires: '2 years' },
];

/**
 * Every name of the table above in one expression, for the split loader's clean-up, which carries
 * names but not purposes (a unit test keeps the two in step).
 */
export const googleAnalyticsNames = /^(?:_ga|_ga_[A-Za-z0-9]+|_gid|_gat(?:_[\w-]+)?|_dc_gtm_[\w-]+|_{1,2}utm[abczv]|_{1,2}utmt(?:_[\w-]+)?)$/;
