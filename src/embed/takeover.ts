// The split install's full bundle (dist/cookiegate-full.js) takes over from the loader
// (embed-loader.ts): it learns what the loader did, stores the config's fingerprint with each
// decision, and replays the calls the loader queued. dist/cookiegate.js carries none of this.
import type { Consent, ConsentOptions } from '../core/consent';
import type { LoaderHandle } from './handover';
import { configText, fingerprint } from './fingerprint';

/** How one embed starts: the options it adds, and what to call once the instance is set up. */
export interface Takeover extends Pick<ConsentOptions, 'fingerprint' | 'resume' | 'gateAfter'> {
  take?(consent: Consent<string>): void;
}

type Win = Window & { cookiegateConfig?: unknown; cookiegate?: object & { loader?: LoaderHandle } };

/**
 * Calls `start` at once, and with a loader on the page stops it: its gate runs the tags it had
 * already queued, and the instance's gating waits for them (`gateAfter`), while the interface
 * answers the visitor from the start. Never when another instance of the full bundle already runs
 * (the tag included twice).
 */
export function takeover(w: Win, start: (t: Takeover) => void): void {
  const loader = w.cookiegate?.loader;
  if (w.cookiegate && !loader) return;
  // As the loader reads it.
  const text = configText(w);
  const t: Takeover = {
    fingerprint: text === null ? undefined : fingerprint(text),
    // The handle is what the loader did (`defaults`, `value`) and how it lets go (`stop`).
    resume: loader,
    take: loader?.take,
    gateAfter: loader?.stop,
  };
  start(t);
}
