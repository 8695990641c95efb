import type { Consent, Resume } from '../core/consent';

/**
 * What the split loader leaves on `window.cookiegate.loader` for the full bundle
 * (dist/cookiegate.js) that takes over from it: what it did, and how to hand over.
 */
export interface LoaderHandle extends Resume {
  /**
   * Stops the loader's gating (and, without `done`, its opener listener). With `done`, the tags it
   * already started or queued run first, in order, and `done` is called after them: the full
   * bundle's gating starts only then, so document order holds across the hand-over.
   */
  stop(done?: () => void): void;
  /**
   * Replays the calls made on the loader's API (and the openers clicked), moves its listeners to
   * the instance, and stops listening for openers.
   */
  take(consent: Consent<string>): void;
}
