// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestCookie, THIS_SITE } from '../../../src/cli/known-cookies';

/** Names frameworks and CMSs give a site's own cookies (issue 18): never a vendor's. */
const NECESSARY = [
  'sessionid',
  'session',
  'sid',
  'PHPSESSID',
  'JSESSIONID',
  'ASP.NET_SessionId',
  'ASPSESSIONIDQQGGQGPG',
  '.AspNetCore.Session',
  '.AspNetCore.Cookies',
  'laravel_session',
  'connect.sid',
  'rack.session',
  '_session_id',
  '_rails_session',
  '_brightwater_session',
  'ci_session',
  'CAKEPHP',
  'SESS0123456789abcdef0123456789abcdef',
  'SSESS0123456789abcdef0123456789abcdef',
  'AWSALB',
  'AWSALBCORS',
  'SERVERID',
  'ARRAffinity',
  'BIGipServerpool_web',
  'wordpress_test_cookie',
  'wordpress_0123456789abcdef0123456789abcdef',
  'wordpress_sec_0123456789abcdef0123456789abcdef',
  'wordpress_logged_in_0123456789abcdef0123456789abcdef',
  'has_js',
  'csrftoken',
  'XSRF-TOKEN',
  'X-XSRF-TOKEN',
  'csrf_token',
  '_csrf',
  '__RequestVerificationToken',
  '.AspNetCore.Antiforgery.x1Yz',
];
const FUNCTIONAL = ['wp-settings-1', 'wp-settings-time-1', 'wp-settings-42'];

describe('generic cookie names', () => {
  it(`suggests all ${NECESSARY.length + FUNCTIONAL.length} as the site's own, never a vendor's`, () => {
    expect(NECESSARY.length + FUNCTIONAL.length).toBeGreaterThanOrEqual(30);
    for (const name of NECESSARY) {
      expect(suggestCookie(name), name).toMatchObject({
        category: 'necessary',
        provider: THIS_SITE,
        source: 'generic name',
      });
    }
    for (const name of FUNCTIONAL) {
      expect(suggestCookie(name), name).toMatchObject({
        category: 'functional',
        provider: THIS_SITE,
        source: 'generic name',
      });
    }
  });

  it('no longer calls a Django login "marketing · Instagram"', () => {
    expect(suggestCookie('sessionid')).not.toMatchObject({ provider: 'Instagram' });
    expect(suggestCookie('sessionid')?.category).toBe('necessary');
  });

  it('leaves vendor names that merely look generic to the vendor', () => {
    // Google's login cookie on google.com is upper case; Parse.ly's cookie fits Rails' pattern.
    expect(suggestCookie('SID')).toMatchObject({ provider: 'Google' });
    expect(suggestCookie('_parsely_session')).toMatchObject({ provider: 'Parse.ly' });
    expect(suggestCookie('_fbp')).toMatchObject({ provider: 'Facebook' });
  });
});
