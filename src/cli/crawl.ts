// One visit to one URL in a fresh browser context, as a first-time visitor: load, settle, maybe
// decide, settle again, and record what the browser holds.

import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import type { CookieRecord, GatedSource, RequestRecord, Scenario, Snapshot } from './report-types';

/** Time allowed after the network goes quiet, for timers that set cookies a little later. */
const GRACE_MS = 750;
/** The network counts as quiet after this long without a request in flight (Playwright's networkidle). */
const QUIET_MS = 500;
/** How long to watch after a decision at least: the library cleans up again after about a second. */
const AFTER_DECISION_MS = 2_500;
/** How often cookies are sampled after a decision, to catch ones written and deleted again. */
const SAMPLE_MS = 200;
/** How long to look for the banner's buttons once the page has settled. */
const BUTTON_MS = 2_500;

const BUTTONS: Record<Exclude<Scenario, 'none'>, { name: RegExp; method: 'acceptAll' | 'rejectAll' }> = {
  accept: { name: /^\s*accept all\s*$/i, method: 'acceptAll' },
  reject: { name: /^\s*reject all\s*$/i, method: 'rejectAll' },
};

/** Resolves once no request has been in flight for QUIET_MS, or when `ms` runs out (`scan` uses it too). */
export function settle(page: Page, inFlight: () => number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise<void>((resolve) => {
    let quietSince = Date.now();
    const tick = () => {
      if (inFlight() > 0) quietSince = Date.now();
      if (Date.now() - quietSince >= QUIET_MS || Date.now() >= deadline || page.isClosed()) {
        resolve();
        return;
      }
      setTimeout(tick, 50);
    };
    tick();
  }).then(() =>
    page.isClosed() ? undefined : page.waitForTimeout(Math.min(GRACE_MS, Math.max(0, deadline - Date.now()))),
  );
}

async function cookiesOf(context: BrowserContext): Promise<CookieRecord[]> {
  return (await context.cookies()).map(({ name, domain, path, expires }) => ({ name, domain, path, expires }));
}

/** Clicks "Accept all" or "Reject all" as a visitor would; falls back to the page's API. */
async function decide(
  page: Page,
  scenario: Exclude<Scenario, 'none'>,
  warnings: string[],
): Promise<Snapshot['decidedBy']> {
  const { name, method } = BUTTONS[scenario];
  // getByRole pierces open shadow roots, where the banner renders.
  const button = page.getByRole('button', { name }).first();
  try {
    await button.waitFor({ state: 'visible', timeout: BUTTON_MS });
    await button.click({ timeout: BUTTON_MS });
    return 'button';
  } catch {
    // The page's own code, run through Playwright's protocol: no eval in this process.
    const called = await page
      .evaluate((m) => {
        const api = (window as unknown as { cookiegate?: Record<string, unknown> }).cookiegate;
        if (!api || typeof api[m] !== 'function') return false;
        (api[m] as () => void)();
        return true;
      }, method)
      .catch(() => false);
    const label = scenario === 'accept' ? 'Accept all' : 'Reject all';
    warnings.push(
      called
        ? `no visible "${label}" button: called window.cookiegate.${method}() instead`
        : `no visible "${label}" button and no window.cookiegate: no decision was made`,
    );
    return called ? 'api' : 'none';
  }
}

/** Reads the gated tags still waiting in the page, and the config it carries. */
function readPage(page: Page): Promise<{ gatedSources: GatedSource[]; pageConfig?: string }> {
  return page.evaluate(() => {
    const gated = document.querySelectorAll(
      'script[type="text/plain"][data-category][data-src], iframe[data-category][data-src]',
    );
    const gatedSources = Array.from(gated, (el) => ({
      src: new URL(el.getAttribute('data-src') ?? '', location.href).href,
      category: el.getAttribute('data-category') ?? '',
    }));
    const tag = document.getElementById('cookiegate-config');
    const global = (window as unknown as { cookiegateConfig?: unknown }).cookiegateConfig;
    let pageConfig: string | undefined = tag?.textContent ?? undefined;
    if (pageConfig === undefined && global !== undefined) {
      try {
        pageConfig = JSON.stringify(global);
      } catch {
        pageConfig = undefined;
      }
    }
    return { gatedSources, pageConfig };
  });
}

/**
 * Visits `url` in a new context of `browser` and records cookies, requests and localStorage keys,
 * before and after the scenario's decision. `timeoutMs` bounds the load and each settle.
 * Navigation failures reject; everything else becomes a warning in the snapshot.
 */
export async function visit(browser: Browser, url: string, scenario: Scenario, timeoutMs: number): Promise<Snapshot> {
  const context = await browser.newContext();
  const warnings: string[] = [];
  const requests: RequestRecord[] = [];
  let phase: RequestRecord['phase'] = 'before';
  let inFlight = 0;
  const records = new Map<Request, RequestRecord>();
  // On the context, so requests of frames, popups and service workers count too. Chromium reports
  // requests its Content-Security-Policy blocks as well (failure "csp"): the attempt is what shows
  // that a tag runs ungated.
  context.on('request', (r) => {
    inFlight++;
    if (!/^https?:/.test(r.url())) return;
    const record: RequestRecord = { url: r.url(), phase };
    records.set(r, record);
    requests.push(record);
  });
  const done = () => (inFlight = Math.max(0, inFlight - 1));
  context.on('requestfinished', done);
  context.on('requestfailed', (r) => {
    done();
    const record = records.get(r);
    if (record) record.failure = r.failure()?.errorText ?? 'failed';
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => warnings.push(`page error: ${e.message.split('\n')[0]}`));
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    if (response && response.status() >= 400) warnings.push(`HTTP ${response.status()} for ${url}`);
    await settle(page, () => inFlight, timeoutMs);
    const { gatedSources, pageConfig } = await readPage(page);
    let cookiesBefore: CookieRecord[] = [];
    let decidedBy: Snapshot['decidedBy'] = 'none';
    // Every cookie the page held at any sample after the decision: a tag that writes a refused
    // cookie again is caught even when the library's second clean-up deletes it again.
    const held = new Map<string, CookieRecord>();
    const sample = async () => {
      for (const c of await cookiesOf(context)) held.set(`${c.name}\t${c.domain}\t${c.path}`, c);
    };
    if (scenario !== 'none') {
      cookiesBefore = await cookiesOf(context);
      phase = 'after';
      const decidedAt = Date.now();
      decidedBy = await decide(page, scenario, warnings);
      const sampler = setInterval(() => void sample().catch(() => undefined), SAMPLE_MS);
      try {
        await settle(page, () => inFlight, timeoutMs);
        const rest = Math.min(AFTER_DECISION_MS, timeoutMs) - (Date.now() - decidedAt);
        if (rest > 0) await page.waitForTimeout(rest);
      } finally {
        clearInterval(sampler);
      }
    }
    await sample();
    const cookies = [...held.values()];
    const readAt = Date.now() / 1000;
    const localStorage = await page
      .evaluate(() => Object.keys(window.localStorage))
      .catch(() => {
        warnings.push('localStorage could not be read');
        return [] as string[];
      });
    return {
      scenario,
      url: page.url(),
      decidedBy,
      cookiesBefore,
      cookies,
      readAt,
      requests,
      localStorage,
      gatedSources,
      pageConfig,
      warnings,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
