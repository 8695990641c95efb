import type { Consent, Resume } from '../core/consent';

/**
 * What the split loader leaves on `window.cookiegate.loader` for the full bundle
 * (dist/cookiegate.js) that takes over from it: what it did, and how to hand over.
 */
export interface LoaderHandle extends Resume {
  /** Stops the loader's gating, clean-up timer, tab sync and opener listener. */
  stop(): void;
  /** Replays the calls made on the loader's API and moves its listeners to the instance. */
  take(consent: Consent<string>): void;
}
