// The split script-tag install, for sites that want returning visitors to download less:
// dist/cookiegate-loader.js carries the core, gating and integrations, and fetches
// dist/cookiegate-ui.js from beside itself only when the interface must show. Nothing imports this file.
import { startEmbed } from './embed/start';
import { trusted } from './core/trusted-types';

const script = document.currentScript as HTMLScriptElement | null;
startEmbed(script, (_consent, takeOver) => {
  let ui: HTMLScriptElement | undefined;
  return (open) => {
    if (!script?.src) return;
    if (!ui) {
      ui = document.createElement('script');
      // Under `require-trusted-types-for 'script'` a plain string is refused: use the cookiegate policy.
      ui.src = trusted(window, new URL('cookiegate-ui.js', script.src).href);
      if (script.nonce) ui.nonce = script.nonce;
      // Once the interface runs, its own listeners take over the openers.
      ui.onload = takeOver;
      document.head.append(ui);
    }
    // Read by the interface when it mounts: a request made while it was loading.
    if (open) ui.dataset.open = '';
  };
});
