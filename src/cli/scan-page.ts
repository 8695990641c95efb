// One page of a scan, in the scan's one browser context (so "Accept all" on the first page holds
// for the rest, as for a real visitor): load, settle, accept if a banner asks, settle, read.

import type { BrowserContext, Page } from 'playwright-core';
import { settle } from './crawl';
import { scriptOrigins, watchProtocol, type CookieOrigins, type Recorder } from './scan-recorder';
import type { ScannedPage, ScannedStorageKey } from './scan-types';

/** How long to look for a banner's accept button once the page has settled. */
const BUTTON_MS = 2_500;
/** Accessible names of "accept everything" buttons, cookiegate's first, then common wordings. */
const ACCEPT_NAMES = [
  /^\s*accept all\s*$/i,
  /^\s*(accept|allow) all cookies\s*$/i,
  /^\s*allow all\s*$/i,
  /^\s*(accept|i accept|agree|i agree)( cookies)?\s*$/i,
];
const POLICY_LINK = /privacy|cookie/i;

/** What a page holds besides cookies: storage keys, links, gated markup and the config's consent cookie. */
interface PageContents {
  localStorage: string[];
  sessionStorage: string[];
  links: { href: string; text: string }[];
  gatedSources: string[];
  consentCookie?: string;
}

/** Reads the page's storage keys, links, gated tags and consent cookie name, in the page. */
function readContents(page: Page): Promise<PageContents> {
  return page.evaluate(() => {
    const keys = (storage: Storage) => {
      try {
        return Object.keys(storage);
      } catch {
        return [];
      }
    };
    const gated = document.querySelectorAll(
      'script[type="text/plain"][data-category][data-src], iframe[data-category][data-src]',
    );
    let consentCookie: string | undefined;
    try {
      const config = JSON.parse(document.getElementById('cookiegate-config')?.textContent ?? 'null') as {
        cookie?: { name?: string };
      } | null;
      consentCookie = config ? (config.cookie?.name ?? 'cookiegate') : undefined;
    } catch {
      consentCookie = undefined;
    }
    return {
      localStorage: keys(window.localStorage),
      sessionStorage: keys(window.sessionStorage),
      links: Array.from(document.querySelectorAll('a[href]'), (link) => ({
        href: (link as HTMLAnchorElement).href,
        text: link.textContent,
      })),
      gatedSources: Array.from(gated, (element) => new URL(element.getAttribute('data-src') ?? '', location.href).href),
      consentCookie,
    };
  });
}

/** Clicks the first visible "accept everything" button by role and name; else cookiegate's API. */
async function accept(page: Page): Promise<ScannedPage['accepted']> {
  for (const name of ACCEPT_NAMES) {
    const button = page.getByRole('button', { name }).first();
    const visible = await button
      .waitFor({ state: 'visible', timeout: name === ACCEPT_NAMES[0] ? BUTTON_MS : 200 })
      .then(
        () => true,
        () => false,
      );
    if (!visible) continue;
    await button.click({ timeout: BUTTON_MS });
    return 'button';
  }
  // The page's own code, run through Playwright's protocol: no eval in this process.
  const called = await page
    .evaluate(() => {
      const api = (window as unknown as { cookiegate?: { acceptAll?: () => void; record?: () => unknown } }).cookiegate;
      if (typeof api?.acceptAll !== 'function' || (typeof api.record === 'function' && api.record() !== null))
        return false;
      api.acceptAll();
      return true;
    })
    .catch(() => false);
  return called ? 'api' : 'none';
}

/** Accepts, counting what loads from the click on as loaded after consent. */
async function acceptRecorded(page: Page, recorder: Recorder): Promise<ScannedPage['accepted']> {
  recorder.accepted = true;
  const accepted = await accept(page);
  recorder.accepted = accepted !== 'none';
  return accepted;
}

/** The outcome of one page: the page report, its storage keys and who wrote which cookie. */
export interface PageVisit {
  page: ScannedPage;
  storage: ScannedStorageKey[];
  origins: CookieOrigins;
}

function storageOf(contents: PageContents, url: string): ScannedStorageKey[] {
  return [
    ...contents.localStorage.map((key): ScannedStorageKey => ({ key, storage: 'localStorage', firstSeen: url })),
    ...contents.sessionStorage.map((key): ScannedStorageKey => ({ key, storage: 'sessionStorage', firstSeen: url })),
  ];
}

/**
 * Visits one URL in the scan's context. `onBeforeAccept` runs once the page has settled and just
 * before a banner is clicked, so the caller can note what was set without consent.
 */
export async function scanPage(
  context: BrowserContext,
  recorder: Recorder,
  url: string,
  timeoutMs: number,
  onBeforeAccept: () => Promise<void>,
): Promise<PageVisit> {
  const page = await context.newPage();
  recorder.currentPage = url;
  recorder.scriptsBeforeConsent.clear();
  try {
    await watchProtocol(context, page, recorder);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await settle(page, () => recorder.inFlight, timeoutMs);
    const gatedSources = (await readContents(page)).gatedSources;
    await onBeforeAccept();
    const scriptsBeforeConsent = [...recorder.scriptsBeforeConsent];
    const accepted = recorder.accepted ? 'none' : await acceptRecorded(page, recorder);
    if (accepted !== 'none') await settle(page, () => recorder.inFlight, timeoutMs);
    const contents = await readContents(page);
    const origins = await scriptOrigins(page);
    const policyLink = contents.links.find(
      (link) => POLICY_LINK.test(link.text) || POLICY_LINK.test(new URL(link.href).pathname),
    )?.href;
    const scanned: ScannedPage = {
      url: page.url(),
      accepted,
      gatedSources,
      scriptsBeforeConsent,
      links: contents.links.map((link) => link.href),
      policyLink,
      consentCookie: contents.consentCookie,
    };
    return { page: scanned, storage: storageOf(contents, url), origins };
  } finally {
    await page.close().catch(() => undefined);
  }
}
