import type { CookieDeclaration } from './config-types';
import type { Checker } from './config-fields';
import type { Consent } from './consent';
import type { ServicePreset } from './preset';

/** What a plugin gets beside the instance when it starts. */
export interface PluginContext {
  /** The gated document, or null without one (server rendering, `document: false`). */
  readonly document: Document | null;
  /** The CSP nonce to give every script and style the plugin creates. */
  readonly nonce?: string;
  readonly console: Pick<Console, 'warn' | 'error'>;
}

/**
 * A preset a plugin brings: a known service, and how to check the keys of its own that a config
 * may give beside `{ category, title, description, urls }` (e.g. `measurementId`).
 */
export interface PresetHandler {
  readonly preset: ServicePreset;
  /**
   * Checks the preset's own keys of `services.<id>` and returns them defaulted; problems go to
   * `check` with their path. `categories` are the declared category ids.
   */
  options?(
    value: Readonly<Record<string, unknown>>,
    path: string,
    check: Checker,
    categories: readonly string[],
  ): Record<string, unknown>;
  /** The declaration rows the preset adds for these options (e.g. only the ga.js rows when the site runs ga.js). */
  cookies?(options: Readonly<Record<string, unknown>>): readonly Omit<CookieDeclaration, 'category'>[];
}

/**
 * Extends an instance (Consent Mode, the Google tag, receipts). The core knows no vendor: presets
 * and integrations reach it only through plugins, passed to `createConsent`. Plugins start in
 * order before gating begins, so what they push first precedes every gated tag.
 *
 * @example
 * const logger: Plugin = { name: 'logger', start: (consent) => consent.on('change', console.log) };
 */
export interface Plugin {
  readonly name: string;
  /** The presets whose own config keys this plugin understands. */
  readonly presets?: readonly PresetHandler[];
  /** Starts the plugin; returns its clean-up, run by `destroy()`. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a plugin's start() may return nothing: `(() => void) | undefined` would reject a function inferred as returning void.
  start?(consent: Consent<string, string>, context: PluginContext): void | (() => void);
}
