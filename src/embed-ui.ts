// The interface of the split install (dist/cookiegate-ui.js), fetched by dist/cookiegate-loader.js
// when the banner or the dialog must show; it mounts on the instance the loader created.
// Nothing imports this file.
import type { Consent } from './core/consent';
import { interfaceLoader } from './embed/interface';

const script = document.currentScript as HTMLScriptElement | null;
const consent = (window as Window & { cookiegate?: Consent<string> }).cookiegate;
if (consent) interfaceLoader(consent, script, undefined, () => !!script?.hasAttribute('data-open'))(false);
