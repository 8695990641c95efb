/** The part of a Trusted Types policy the library uses (W3C Trusted Types, `TrustedTypePolicy`). */
type ScriptPolicy = Record<'createScript' | 'createScriptURL', (s: string) => string>;
type TrustedWindow = Window & { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } };

// One policy per window, shared by every instance of a bundle: without 'allow-duplicates' a second
// `createPolicy('cookiegate')` throws. `null` records that the window has none to give.
const policies = new WeakMap<Window, ScriptPolicy | null>();
const pass = (s: string) => s;

/**
 * A value the browser accepts under `require-trusted-types-for 'script'`: a script URL (assign it
 * to `script.src`) or, with `kind` `createScript`, script text (`script.text`). Without Trusted
 * Types it is the string itself. The policy, named `cookiegate` for the site's CSP, passes the
 * site's own gated markup and the library's own file URLs unchanged, and has no createHTML, so it
 * opens no HTML sink.
 */
export function trusted(win: Window | null, value: string, kind: keyof ScriptPolicy = 'createScriptURL'): string {
  let policy = win && policies.get(win);
  if (win && policy === undefined) {
    try {
      policy = (win as TrustedWindow).trustedTypes?.createPolicy('cookiegate', { createScript: pass, createScriptURL: pass }) ?? null;
    } catch {
      policy = null; // the site's CSP does not allow the name: the browser reports it
    }
    policies.set(win, policy);
  }
  return policy ? policy[kind](value) : value;
}
