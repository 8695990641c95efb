/** Google's command queue function: `gtag('consent', 'default', {...})`, `gtag('config', id)`. */
export type Gtag = (...args: unknown[]) => void;

/** A window with Google's globals, as the Google tag snippet defines them. */
export type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag } & Record<string, unknown>;

/**
 * The page's `gtag`, defined exactly as Google's snippet does when the page has none
 * (developers.google.com/tag-platform/gtagjs/install): each call pushes its `arguments` object.
 * gtag.js ignores arrays pushed to `dataLayer` as commands (nuxt/scripts#770), so never spread them.
 */
export function gtagOf(win: GoogleWindow): Gtag {
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- Google's snippet, as written: any falsy dataLayer is replaced.
  win.dataLayer = win.dataLayer || [];
  if (typeof win.gtag !== 'function') {
    // A function expression, not an arrow: arrows have no `arguments`. `dataLayer` is read at call
    // time because gtag.js and GTM may replace the array's `push` once they load.
    win.gtag = function () {
      // eslint-disable-next-line prefer-rest-params, @typescript-eslint/prefer-nullish-coalescing -- Google's snippet: gtag.js reads the arguments object and ignores arrays (nuxt/scripts#770).
      (win.dataLayer = win.dataLayer || []).push(arguments);
    };
  }
  return win.gtag;
}
