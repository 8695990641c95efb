import type { Consent } from '../core/consent-types';
import type { Plugin } from '../core/plugin';
import type { ConsentConfig } from '../config';
import { createConsent } from '../create-consent';
import { shippedPlugins } from '../integrations/plugins';
import { mountBanner } from '../ui/mount-banner';

/** What a provider starts from: a config to create an instance from, or an instance to adopt. */
export interface SessionSource {
  readonly config?: ConsentConfig;
  readonly consent?: Consent<string, string>;
  /** Plugins for a created instance. Default `shippedPlugins`, as the script tag starts. */
  readonly plugins?: readonly Plugin[];
  /** `false`: the site renders its own interface. */
  readonly banner?: boolean;
}

/** A started provider: its instance, and how to take everything it started down again. */
export interface Session {
  readonly consent: Consent<string, string>;
  stop(): void;
}

/**
 * The instances providers created, one per document. A second one (a second provider, or an app
 * root rendered again by hot reload without unmounting the first) replaces the first: two instances
 * would both gate the page and show two banners (issue 15).
 */
const created = new WeakMap<Document, Consent<string, string>>();

/** Destroys the instance a provider created earlier on this document and that is still live. */
function claim(doc: Document, consent: Consent<string, string>): void {
  const earlier = created.get(doc);
  if (earlier && earlier !== consent) {
    console.warn('cookiegate: a second ConsentProvider started on this document; the earlier instance was destroyed');
    earlier.destroy();
  }
  created.set(doc, consent);
}

/**
 * Creates (or adopts) the instance and mounts its banner. Called from an effect, never during a
 * render: creating an instance gates the document at once, and React StrictMode runs effects, cleans
 * them up and runs them again, so each run must own what it started and `stop` must end all of it.
 * An adopted instance belongs to the caller: `stop` unmounts its banner but does not destroy it.
 */
export function startSession(source: SessionSource): Session {
  const adopted = source.consent;
  const consent =
    adopted ??
    createConsent(source.config ?? ({} as ConsentConfig), {
      plugins: source.plugins ?? shippedPlugins,
    });
  const doc = typeof document === 'undefined' ? null : document;
  if (!adopted && doc) claim(doc, consent);
  const banner = source.banner === false || !doc ? null : mountBanner(consent);
  return {
    consent,
    stop: () => {
      banner?.unmount();
      if (adopted) return;
      if (doc && created.get(doc) === consent) created.delete(doc);
      consent.destroy();
    },
  };
}
