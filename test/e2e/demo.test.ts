import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { GOOGLE, gotoQuiet, HOST, launch, settled, visit } from './harness';
import { startDemo, type Demo } from '../../demo/server.js';

const GA_COOKIE = /^(_ga|_ga_\w+|_gid|__?utm[abctvz])$/;

interface Api {
  record(): { id: string } | null;
  errors: unknown[];
}
const cookiegate = (p: Page) => ({
  id: () => p.evaluate(() => (window as unknown as { cookiegate: Api }).cookiegate.record()?.id),
  errors: () => p.evaluate(() => (window as unknown as { cookiegate: Api }).cookiegate.errors),
});

/** Decides in the banner, by role and accessible name (DESIGN.md: the names are the contract). */
async function decide(p: Page, choice: 'accept' | 'reject'): Promise<void> {
  const banner = p.getByRole('region', { name: /cookie/i });
  await banner.getByRole('button', { name: choice === 'accept' ? 'Accept all' : 'Reject all' }).click();
}

/** Withdraws analytics as a visitor would: the footer link, the switch, "Save preferences". */
async function withdraw(p: Page): Promise<void> {
  await p.locator('footer').getByRole('button', { name: 'Change cookie settings' }).click();
  const dialog = p.getByRole('dialog');
  const analytics = dialog.getByRole('switch', { name: /analytics/i });
  expect(await analytics.isChecked()).toBe(true);
  await analytics.click();
  await dialog.getByRole('button', { name: 'Save preferences' }).click();
}

/** Waits for a condition on the demo server's side (receipts and hits it received). */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  await expect.poll(check, { timeout: ms, interval: 50 }).toBe(true);
}

/** Waits until no analytics cookie is left in the browser's store (cookie writes reach it asynchronously). */
async function analyticsCookiesGone(context: BrowserContext, also = /^$/): Promise<void> {
  await expect
    .poll(async () => (await names(context)).filter((n) => GA_COOKIE.test(n) || also.test(n)), { timeout: 3000 })
    .toEqual([]);
}

/** A fresh visitor; actions fail fast instead of waiting for the test's timeout. */
async function fresh() {
  const v = await visit(browser);
  v.page.setDefaultTimeout(5000);
  return v;
}

const names = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name);

let browser: Browser;
let demo: Demo;
const url = (path = '/') => `http://${HOST}:${demo.port}${path}`;

beforeAll(async () => {
  demo = await startDemo({ quiet: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the demo site', () => {
  it('runs nothing gated and sends no hit before a decision, on every page, under its CSP', async () => {
    const v = await fresh();
    for (const path of ['/', '/about', '/privacy']) {
      // The page has loaded and its network is quiet: whatever it would run on its own has run.
      await gotoQuiet(v.page, url(path));
      expect(await cookiegate(v.page).errors()).toEqual([]);
    }
    expect(v.requested.filter((u) => u.includes('/analytics.js') || GOOGLE.test(u))).toEqual([]);
    expect(demo.hits).toEqual([]);
    // has_js is set as Drupal set it: first party, host-only, session, path /.
    const cookies = await v.context.cookies();
    expect(cookies.map((c) => c.name).filter((n) => n !== 'cookiegate')).toEqual(['has_js']);
    expect(cookies.find((c) => c.name === 'has_js')).toMatchObject({ domain: HOST, path: '/', expires: -1 });
    expect(v.errors).toEqual([]);
    expect(await v.page.locator('[data-cookiegate="preferences"]').count()).toBeGreaterThan(0);
    await v.context.close();
  });

  it('sends receipts for accept and withdrawal, and withdrawal deletes the analytics cookies', async () => {
    const before = demo.receipts.length;
    const v = await fresh();
    await v.page.goto(url('/'));
    await decide(v.page, 'accept');
    await until(() => demo.hits.length > 0);
    await until(() => demo.receipts.length > before);
    const id = await cookiegate(v.page).id();
    expect(demo.receipts[before].receipt).toMatchObject({
      id,
      revision: '2021-03-01',
      action: 'accept-all',
      path: '/',
      categories: { necessary: true, analytics: true },
    });
    expect(demo.hits[0].query.dl).toBe(url('/'));

    // The stand-in wrote its cookies on the parent domain, as GA's cookie_domain "auto" does.
    const written = await v.context.cookies();
    for (const name of ['_ga', '__utma', '__utmb', '__utmc', '__utmz']) {
      expect(written.find((c) => c.name === name)?.domain).toBe('.example.org.uk');
    }

    await withdraw(v.page);
    await until(() => demo.receipts.length > before + 1);
    expect(demo.receipts[before + 1].receipt).toMatchObject({
      id,
      action: 'withdraw',
      categories: { analytics: false },
    });
    // The clean-up runs at once and again a moment later, for tags still running.
    await analyticsCookiesGone(v.context);
    expect(await names(v.context)).toContain('has_js');

    // No further hits once withdrawn, on any page.
    const hits = demo.hits.length;
    await gotoQuiet(v.page, url('/about'));
    expect(demo.hits.length).toBe(hits);
    await v.context.close();
  });

  it('sends a receipt for reject and deletes analytics cookies left on the host and parent domain', async () => {
    const before = demo.receipts.length;
    const v = await fresh();
    // Cookies from an earlier visit, before the site had a banner.
    const stale = (name: string, domain: string) => ({
      name,
      value: '1',
      domain,
      path: '/',
      expires: Date.now() / 1000 + 86400,
    });
    await v.context.addCookies([
      stale('_ga', '.example.org.uk'),
      stale('__utma', '.example.org.uk'),
      stale('__utmz', HOST),
      stale('_utmb', '.example.org.uk'),
    ]);
    await v.page.goto(url('/privacy'));
    await decide(v.page, 'reject');
    await until(() => demo.receipts.length > before);
    expect(demo.receipts[before].receipt).toMatchObject({
      action: 'reject-all',
      path: '/privacy',
      categories: { necessary: true, analytics: false },
    });
    await analyticsCookiesGone(v.context, /^_utmb$/);
    expect(await names(v.context)).toContain('has_js');
    // Nothing gated was requested after the refusal (the check is that something does NOT happen).
    await settled(v.page);
    expect(v.requested.some((u) => u.includes('/analytics.js'))).toBe(false);
    await v.context.close();
  });
});
