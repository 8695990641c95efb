// The server reads the cookie the browser wrote to the same decision (DESIGN.md behaviour 11):
// the one tag decides in Chromium, then readConsent reads the browser's cookies, as a header built
// from the cookie jar and as the Cookie header Chromium itself sends on the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, launch, page, startSite, visit, type Site } from './harness';
import { readConsent, type ConsentConfig } from '../../src/server';

// The harness's config is not a literal (ids are plain strings): typed as any config.
const config: ConsentConfig = {
  ...charityConfig,
  categories: { ...charityConfig.categories, marketing: { title: 'Marketing' } },
  services: { youtube: { category: 'marketing', title: 'YouTube' } },
};

interface Api {
  record(): unknown;
  set(choice: Record<string, boolean>): unknown;
}
const browserRecord = (p: Page) => p.evaluate(() => (window as unknown as { cookiegate: Api }).cookiegate.record());

let browser: Browser;
let site: Site;
/** What the server read from each request's own Cookie header. */
const served: unknown[] = [];

beforeAll(async () => {
  site = await startSite({ '/': page(config) }, (req, res) => {
    if (!req.url?.startsWith('/decision')) return false;
    served.push(readConsent(req.headers.cookie, config).record);
    res.writeHead(204);
    res.end();
    return true;
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function decideIn(choose: (p: Page) => Promise<void>) {
  const { page: p, context } = await visit(browser);
  await p.goto(site.url());
  await choose(p);
  const record = await browserRecord(p);
  expect(record).not.toBeNull();
  const header = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  served.length = 0;
  await p.evaluate(() => fetch('/decision').then(() => undefined));
  await context.close();
  return { record, header };
}

describe('readConsent on cookies Chromium wrote', () => {
  it('reads "Accept all" as the browser does', async () => {
    const { record, header } = await decideIn((p) => p.getByRole('button', { name: 'Accept all' }).click());
    const read = readConsent(header, config);
    expect(read.record).toEqual(record);
    expect(read.has('analytics')).toBe(true);
    expect(read.has('youtube')).toBe(true);
    expect(served).toEqual([record]);
  });

  it('reads "Reject all" and a service granted on its own as the browser does', async () => {
    const { record, header } = await decideIn(async (p) => {
      await p.getByRole('button', { name: 'Reject all' }).click();
      await p.evaluate(() => (window as unknown as { cookiegate: Api }).cookiegate.set({ youtube: true }));
    });
    const read = readConsent(header, config);
    expect(read.record).toEqual(record);
    expect(read.has('analytics')).toBe(false);
    expect(read.has('marketing')).toBe(false);
    expect(read.has('youtube')).toBe(true);
    expect(served).toEqual([record]);
  });
});
