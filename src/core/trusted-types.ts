/** The part of a Trusted Types policy the library uses (W3C Trusted Types, `TrustedTypePolicy`). */
interface UrlPolicy {
  createScriptURL(s: string): string;
}
type TrustedWindow = Window & { trustedTypes?: { createPolicy(name: string, rules: UrlPolicy): UrlPolicy } };

// One policy per window, shared by every instance of a bundle: without 'allow-duplicates' a second
// `createPolicy('cookiegate')` throws. `null` records that the window has none to give.
const policies = new WeakMap<Window, UrlPolicy | null>();

/**
 * A script URL the browser accepts under `require-trusted-types-for 'script'` (assign it to
 * `script.src`); without Trusted Types, the string itself. The policy, named `cookiegate` for the
 * site's CSP, passes the site's own gated markup and the library's own file URLs unchanged, and
 * has neither createHTML nor createScript, so it opens no HTML or script-text sink. (Gated inline
 * scripts need none: they run as the parser left them.)
 */
export function trusted(win: Window | null, url: string): string {
  let policy = win && policies.get(win);
  if (win && policy === undefined) {
    try {
      policy = (win as TrustedWindow).trustedTypes?.createPolicy('cookiegate', { createScriptURL: (s) => s }) ?? null;
    } catch {
      policy = null; // the site's CSP does not allow the name: the browser reports it
    }
    policies.set(win, policy);
  }
  return policy ? policy.createScriptURL(url) : url;
}
