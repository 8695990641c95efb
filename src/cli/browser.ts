// Starting the browser: playwright-core is an optional peer dependency and the browser is one the
// machine already has. Nothing here downloads anything.

import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** A problem with the machine rather than the site: no playwright-core, no browser. Exit code 2. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/** Where Chromium usually lives when CHROMIUM_PATH is not set: Debian's package first. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The browser binary: `CHROMIUM_PATH` when set (and it must exist), otherwise the first of the usual
 * install locations. Throws an EnvironmentError that says what to do when there is none.
 */
export function findChromium(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean = existsSync,
): string {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (!exists(explicit)) throw new EnvironmentError(`CHROMIUM_PATH is set to ${explicit}, which does not exist.`);
    return explicit;
  }
  const found = CANDIDATES.find((p) => exists(p));
  if (!found) {
    throw new EnvironmentError(
      'No Chromium found at /usr/bin/chromium. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * Launch switches that work on a headless server: no sandbox (containers lack the namespaces), no
 * GPU, no QUIC (so every request is visible as plain HTTP to the host map), and no background
 * traffic (updates, sync) that would show up as requests from the page.
 */
export function launchArgs(hostResolverRules?: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(hostResolverRules ? [`--host-resolver-rules=${hostResolverRules}`] : []),
  ];
}

/** Loads playwright-core and starts Chromium; EnvironmentError when either is missing. */
export async function launchBrowser(
  env: Record<string, string | undefined>,
  hostResolverRules?: string,
): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    const pw = await import('playwright-core');
    // Some CJS interop leaves the named export missing and puts it under `default` only.
    const named = pw.chromium as typeof pw.chromium | undefined;
    chromium = named ?? (pw as unknown as { default: typeof pw }).default.chromium;
  } catch {
    throw new EnvironmentError(
      'cookiegate audit needs playwright-core, an optional peer dependency: npm install --save-dev playwright-core (it drives a Chromium you already have; never run "npx playwright install").',
    );
  }
  const executablePath = findChromium(env);
  try {
    return await chromium.launch({ executablePath, args: launchArgs(hostResolverRules), headless: true });
  } catch (e) {
    throw new EnvironmentError(`Could not start ${executablePath}: ${(e as Error).message.split('\n')[0]}`);
  }
}
