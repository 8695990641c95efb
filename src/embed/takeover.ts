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
 * The options of the full bundle's instance: with a loader on the page, what it did and how it
 * lets go (its gate runs the tags it had already queued, and the instance's gating waits for them
 * through `gateAfter`, while the interface answers the visitor from the start). `undefined` when
 * another instance of the full bundle already runs (the tag included twice).
 */
export function takeover(w: Win): Takeover | undefined {
  const loader = w.cookiegate?.loader;
  if (w.cookiegate && !loader) return;
  // As the loader reads it.
  const text = configText(w);
  return {
    fingerprint: text === null ? undefined : fingerprint(text),
    // The handle is what the loader did (`defaults`, `value`) and how it lets go (`stop`).
    resume: loader,
    take: loader?.take,
    gateAfter: loader?.stop,
  };
}
