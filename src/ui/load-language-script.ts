import type { Texts } from '../core/texts';
import { trusted } from '../core/trusted-types';
import type { TextsLoader } from './resolve-texts';

/** Where `dist/i18n/<lang>.js` puts its texts when it runs. */
type TextsWindow = Window & { cookiegateTexts?: Record<string, Partial<Texts>> };

/**
 * The script tag's `loadTexts`: runs `i18n/<lang>.js` from beside the tag's own file (keeping its
 * nonce, and through the `cookiegate` Trusted Types policy), so `cookiegate.js` itself carries no
 * language but English. Resolves with what the file registered, or `undefined` if it failed;
 * `mountBanner` times it out. A language registered already (an `i18n/<lang>.js` tag of the
 * page's own) is used without a request.
 */
export function scriptTagLoader(script: HTMLScriptElement | null): TextsLoader {
  return (language) =>
    new Promise((resolve) => {
      const win = (script?.ownerDocument.defaultView ?? window) as TextsWindow;
      const registered = () => win.cookiegateTexts?.[language];
      if (registered() || !script?.src) {
        resolve(registered());
        return;
      }
      const doc = script.ownerDocument;
      const element = doc.createElement('script');
      const finish = () => resolve(registered());
      try {
        element.src = trusted(win, new URL(`i18n/${language}.js`, script.src).href);
      } catch {
        // Refused by Trusted Types or an odd URL: the banner shows in English.
        finish();
        return;
      }
      if (script.nonce) element.nonce = script.nonce;
      element.addEventListener('load', finish);
      element.addEventListener('error', finish);
      doc.head.append(element);
    });
}
