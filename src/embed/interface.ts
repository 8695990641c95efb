// Mounts the preact interface for the script-tag install, in the page's language: English is built
// in; another language's texts come from `i18n/<lang>.js` beside the script (scriptTagLoader).
import type { Consent } from '../core/consent-types';
import { mountBanner, type MountedBanner } from '../ui/mount-banner';
import { scriptTagLoader } from '../ui/load-language-script';

/**
 * Calls `mount` once `<body>` exists: in the first animation frame that has one (so a banner asked
 * for by a tag in `<head>` is in the page's first paint, not one frame after it), or at
 * DOMContentLoaded, whichever comes first.
 */
function whenBodyExists(doc: Document, mount: () => void): void {
  // lib.dom types `body` as always there; it is null while the parser is still in <head>.
  const hasBody = () => (doc.body as HTMLElement | null) !== null;
  if (hasBody()) {
    mount();
    return;
  }
  let done = false;
  const once = () => {
    if (done || !hasBody()) return false;
    done = true;
    doc.removeEventListener('DOMContentLoaded', onReady);
    mount();
    return true;
  };
  const onReady = () => {
    once();
  };
  const onFrame = () => {
    if (!once() && !done && doc.readyState === 'loading') requestAnimationFrame(onFrame);
  };
  doc.addEventListener('DOMContentLoaded', onReady);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(onFrame);
}

/**
 * Returns `show(open)`: the first call mounts the interface (once `<body>` exists; `mountBanner`
 * loads the page's language); `open`, now or while it mounts, opens the preferences dialog.
 */
export function interfaceLoader(
  consent: Consent<string, string>,
  script: HTMLScriptElement | null,
  onMounted?: () => void,
): (open: boolean) => void {
  const doc = document;
  let ui: MountedBanner | undefined;
  let started = false;
  let wantOpen = false;
  return (open) => {
    if (ui) {
      if (open) ui.showPreferences();
      return;
    }
    wantOpen = wantOpen || open;
    if (started) return;
    started = true;
    whenBodyExists(doc, () => {
      ui = mountBanner(consent, { loadTexts: scriptTagLoader(script), nonce: script?.nonce ?? undefined });
      onMounted?.();
      if (wantOpen) ui.showPreferences();
    });
  };
}
