/** The part of a Trusted Types policy the library uses (W3C Trusted Types, `TrustedTypePolicy`). */
interface ScriptPolicy {
  createScript(s: string): unknown;
  createScriptURL(s: string): unknown;
}
type TrustedWindow = Window & { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } };

/** The name a site allows in `trusted-types cookiegate` (README, Content Security Policy). */
export const POLICY_NAME = 'cookiegate';

// One policy per window, shared by every instance and by the loader: without 'allow-duplicates' a
// second `createPolicy('cookiegate')` throws, which would leave a second instance (or the tag that
// loads the interface) with no policy. `null` records that the window has none to give.
const policies = new WeakMap<Window, ScriptPolicy | null>();

function policyOf(win: Window | null | undefined): ScriptPolicy | null {
  if (!win) return null;
  let policy = policies.get(win);
  if (policy === undefined) {
    try {
      // The strings passed are the site's own gated markup and the library's own file URLs, so
      // they pass unchanged; the policy has no createHTML, so it opens no HTML sink.
      policy = (win as TrustedWindow).trustedTypes?.createPolicy(POLICY_NAME, {
        createScript: (s: string) => s,
        createScriptURL: (s: string) => s,
      }) ?? null;
    } catch {
      policy = null; // the site's CSP does not allow the name: the browser reports it
    }
    policies.set(win, policy);
  }
  return policy;
}

/**
 * A script URL the browser accepts under `require-trusted-types-for 'script'`, or the string itself
 * where Trusted Types are not enforced. Assign it to `script.src`.
 */
export function trustedScriptURL(win: Window | null | undefined, url: string): string {
  const policy = policyOf(win);
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/** Script text, as {@link trustedScriptURL}. Assign it to `script.text`. */
export function trustedScript(win: Window | null | undefined, text: string): string {
  const policy = policyOf(win);
  return (policy ? policy.createScript(text) : text) as string;
}
