// Cookie names that web frameworks and CMSs give the site's own session, login and form-protection
// cookies. A vendor's table may list the same name (the Open Cookie Database files `sessionid`
// under Instagram, since instagram.com uses Django), but on a site these are the site's own
// (issue 18): suggesting "marketing · Instagram" for a Django site's login would be wrong twice.

/** A family of generic names and what it almost always is on the site that sets it. */
export interface GenericCookie {
  pattern: RegExp;
  /** `necessary` for sessions, logins, CSRF tokens and load balancing (PECR reg. 6(4)); else `functional`. */
  category: 'necessary' | 'functional';
  description: string;
  expires: string;
  /**
   * A loose pattern (Rails' `_<app>_session`) that vendors' names also fit (`_parsely_session`):
   * it yields to an exact entry of the Open Cookie Database.
   */
  loose?: boolean;
}

const session = (pattern: RegExp, framework: string, expires = 'session'): GenericCookie => ({
  pattern,
  category: 'necessary',
  description: `Keeps the visitor's session on this site (${framework})`,
  expires,
});
const csrf = (pattern: RegExp, framework: string, expires = 'session'): GenericCookie => ({
  pattern,
  category: 'necessary',
  description: `Protects the site's forms against cross-site request forgery (${framework})`,
  expires,
});

/** Session, login and form cookies of common frameworks, matched against whole names. */
export const GENERIC_COOKIES: readonly GenericCookie[] = [
  // Lower case only: Google's own `SID` (on google.com) is a vendor's login cookie.
  session(/^(sessionid|session|sid|session_id|sessid)$/, 'web framework'),
  session(/^PHPSESSID$/, 'PHP'),
  session(/^JSESSIONID$/, 'Java'),
  session(/^ASP\.NET_SessionId$/, 'ASP.NET'),
  session(/^ASPSESSIONID[A-Z]+$/, 'classic ASP'),
  session(/^\.AspNetCore\.(Session|Cookies|Identity\.Application)$/, 'ASP.NET Core'),
  session(/^laravel_session$/, 'Laravel', '2 hours'),
  session(/^connect\.sid$/, 'Express'),
  session(/^(rack\.session|_session_id|_rails_session)$/, 'Ruby on Rails'),
  { ...session(/^_[a-z0-9]+_session$/, 'Ruby on Rails'), loose: true },
  session(/^ci_session$/, 'CodeIgniter', '2 hours'),
  session(/^CAKEPHP$/, 'CakePHP'),
  session(/^S?SESS[0-9a-f]{16,}$/, 'Drupal', '23 days'),
  session(/^(AWSALB|AWSALBCORS|AWSELB|SERVERID|BIGipServer.*|ARRAffinity|ARRAffinitySameSite)$/, 'load balancer'),
  {
    pattern: /^wordpress_(test_cookie|[0-9a-f]{32}|sec_[0-9a-f]{32}|logged_in_[0-9a-f]{32})$/,
    category: 'necessary',
    description: 'Keeps a logged-in user signed in, or tests that cookies work (WordPress)',
    expires: 'session',
  },
  {
    pattern: /^wp-settings-(time-)?\d+$/,
    category: 'functional',
    description: "Keeps a logged-in user's dashboard settings (WordPress)",
    expires: '1 year',
  },
  {
    pattern: /^has_js$/,
    category: 'necessary',
    description: 'Records whether the browser runs JavaScript (Drupal)',
    expires: 'session',
  },
  csrf(/^csrftoken$/, 'Django', '1 year'),
  csrf(/^(XSRF-TOKEN|X-XSRF-TOKEN|CSRF-TOKEN|csrf_token|_csrf|csrf)$/i, 'web framework'),
  csrf(/^(__RequestVerificationToken(_[\w-]+)?|\.AspNetCore\.Antiforgery\.[\w-]+)$/, 'ASP.NET'),
];

/**
 * What a generic name probably is on the site that sets it, or undefined for other names.
 *
 * @example
 * genericCookie('PHPSESSID'); // { category: 'necessary', description: "Keeps the visitor's session …", … }
 */
export function genericCookie(name: string): GenericCookie | undefined {
  return GENERIC_COOKIES.find((generic) => generic.pattern.test(name));
}
