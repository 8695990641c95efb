// Types for startup-run.mjs, a plain ES module shared with the `npm run stress` script, so the
// short run in test/e2e/stress-startup.test.ts is type-checked too.
import type { Browser } from 'playwright-core';

/** A rewrite of the demo page's HTML that puts the library tag in one position. */
export type Rewrite = (html: string) => string;

/** The positions of the library tag, each as a rewrite of the demo page. */
export const POSITIONS: Readonly<Record<'head sync' | 'head defer' | 'head async' | 'end of body', Rewrite>>;

/** The CPU slow-downs cycled through (Emulation.setCPUThrottlingRate). */
export const RATES: readonly number[];

/** One load: null when all went well, else what went wrong. */
export function loadOnce(
  browser: Browser,
  url: string,
  rewrite: Rewrite,
  rate: number,
  sabotage?: () => void,
): Promise<string | null>;

/** Debian's Chromium, as test/e2e/harness.ts launches it. */
export function launchBrowser(): Promise<Browser>;

/** Per tag position, the number of loads and the failures. */
export function runStartup(options: { loads: number; log?: (line: string) => void }): Promise<unknown>;
