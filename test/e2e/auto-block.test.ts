import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, startSite, type Site } from './harness';
import { gaJs, gtag, gtm, gtmNoscript, youtube } from './fixtures/vendors/snippets';
import { recorder, vendorCookies, vendorRan, vendorVisit } from './fixtures/vendors/routing';

const config = {
  revision: '2026-12-06',
  autoBlock: true,
  categories: {
    necessary: { required: true, title: 'Strictly necessary' },
    analytics: { title: 'Analytics' },
    marketing: { title: 'Marketing' },
  },
  services: {
    // The preset's own URL patterns: gtag/js, gtm.js, analytics.js, ga.js.
    googleAnalytics: { measurementId: 'G-TEST123', category: 'analytics' },
    youtube: { category: 'marketing', title: 'YouTube', urls: ['https://www.youtube.com/embed/*'] },
  },
};
const json = `<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>`;
const head = `<meta charset="utf-8"><title>Auto-blocking</title>${json}<script src="/cookiegate.js"></script>${recorder}`;
const snippets = `${gaJs}\n${gtag}\n${gtm}`;
const body = (inner: string) => `<body><main><h1>Our work</h1><p>Text.</p>${inner}</main></body>`;

/** The same four vendors in three places relative to the cookiegate tag, which is first in <head>. */
const orders: Record<string, string> = {
  // Right after the tag, as a CMS theme prints them in <head>.
  head: `<!doctype html><html lang="en"><head>${head}${snippets}</head>${body(`${gtmNoscript}${youtube}`)}</html>`,
  // At the end of <body>, after the content.
  body: `<!doctype html><html lang="en"><head>${head}</head>${body(`${youtube}<p>More text.</p>${snippets}`)}</html>`,
  // Inserted by a script once the page has parsed (a tag manager, a single-page app, a CMS module).
  inserted: `<!doctype html><html lang="en"><head>${head}</head>${body(`<script>
    var markup = ${JSON.stringify(`${snippets}${youtube}`).replace(/<\//g, '<\\/')};
    document.addEventListener('DOMContentLoaded', function () {
      document.body.append(document.createRange().createContextualFragment(markup));
    });
  </script>`)}</html>`,
};
const MARKERS = ['ga.js', 'gtag', 'gtm', 'youtube'];

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const pages: Record<string, string> = {};
  for (const [name, html] of Object.entries(orders)) pages[`/${name}`] = html;
  // Tags before the cookiegate tag run before it: they cannot be held, and the console says which.
  pages['/too-late'] =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${gtag}${json}<script src="/cookiegate.js"></script></head>${body(youtube)}</html>`;
  // The classic synchronous snippets wrote their script; the markup around it still goes in.
  pages['/write'] =
    `<!doctype html><html lang="en"><head>${head}<script>document.write('<p id="written">w</p><script src="https://www.googletagmanager.com/gtag/js?id=G-TEST123"><\\/script>');</script><script>window.__after = !!document.getElementById('written');</script></head>${body('')}</html>`;
  site = await startSite(pages);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const heldCount = (page: Page) => page.evaluate(() => (window as unknown as { __held: Element[] }).__held.length);
const heldUrls = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __held: (HTMLScriptElement | HTMLIFrameElement)[] }).__held.map((e) =>
      e.getAttribute('src'),
    ),
  );
const call = (page: Page, method: string, arg?: unknown) =>
  page.evaluate(
    ([m, a]) => (window as unknown as Record<string, Record<string, (x?: unknown) => unknown>>).cookiegate[m](a),
    [method, arg] as const,
  );
const ranAll = (page: Page, markers: string[]) =>
  page.waitForFunction(
    (m) => m.every((x) => ((window as unknown as { __vendor: string[] }).__vendor ?? []).includes(x)),
    markers,
    { timeout: 10_000 },
  );

describe('auto-blocking the vendors’ own snippets (Chromium, www.example.org.uk)', () => {
  for (const order of Object.keys(orders)) {
    it(`${order}: nothing held runs or sets a cookie before consent; Accept all runs each in arrival order`, async () => {
      const v = await vendorVisit(browser);
      // `load` waits for every script and iframe the page started: unheld, the stand-ins would have run.
      await v.page.goto(site.url(`/${order}`), { waitUntil: 'load', timeout: 15_000 });
      await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 4);
      expect(await vendorRan(v.page)).toEqual([]);
      expect(vendorCookies(await v.context.cookies())).toEqual([]);
      // No request for what scripts insert (ga.js and gtm.js always; everything when inserted later).
      const inserted = order === 'inserted' ? /./ : /\/ga\.js|\/gtm\.js/;
      expect(v.vendorRequests.filter((url) => inserted.test(url))).toEqual([]);
      expect(await heldCount(v.page)).toBe(4);

      await call(v.page, 'acceptAll');
      await ranAll(v.page, MARKERS);
      expect(await v.page.evaluate(() => (window as unknown as { __released: number[] }).__released)).toEqual([
        0, 1, 2, 3,
      ]);
      // The player's own cookie is a third-party one on youtube.com: the parent domain's are checked.
      expect(vendorCookies(await v.context.cookies())).toEqual(['__utma', '_ga', '_gcl_au']);
      expect(v.errors).toEqual([]);
      await v.context.close();
    });
  }

  it('Reject all leaves every held tag held', async () => {
    const v = await vendorVisit(browser);
    await v.page.goto(site.url('/inserted'), { waitUntil: 'load', timeout: 15_000 });
    await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 4);
    await call(v.page, 'rejectAll');
    // Release is synchronous within the decision: a released tag would have its URL back now.
    expect(await heldUrls(v.page)).toEqual([null, null, null, null]);
    await v.page.reload({ waitUntil: 'load', timeout: 15_000 });
    await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 4);
    expect(await vendorRan(v.page)).toEqual([]);
    expect(v.vendorRequests).toEqual([]);
    expect(vendorCookies(await v.context.cookies())).toEqual([]);
    await v.context.close();
  });

  it('a decision on one service holds the others, and a reload keeps it', async () => {
    const v = await vendorVisit(browser);
    await v.page.goto(site.url('/head'), { waitUntil: 'load', timeout: 15_000 });
    await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 4);
    await call(v.page, 'set', { youtube: true });
    await ranAll(v.page, ['youtube']);
    await v.page.reload({ waitUntil: 'load', timeout: 15_000 });
    await ranAll(v.page, ['youtube']);
    expect(await heldCount(v.page)).toBe(3);
    expect(await vendorRan(v.page)).toEqual(['youtube']);
    expect(vendorCookies(await v.context.cookies()).filter((name) => name !== 'YSC')).toEqual([]);
    await v.context.close();
  });

  it('holds a script written with document.write, and runs it once granted', async () => {
    const v = await vendorVisit(browser);
    await v.page.goto(site.url('/write'), { waitUntil: 'load' });
    await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 1);
    expect(v.vendorRequests).toEqual([]);
    expect(await v.page.evaluate(() => (window as unknown as { __after: boolean }).__after)).toBe(true);
    await call(v.page, 'set', { googleAnalytics: true });
    await ranAll(v.page, ['gtag']);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('warns once, naming each matching tag placed before the cookiegate tag', async () => {
    const v = await vendorVisit(browser);
    await v.page.goto(site.url('/too-late'), { waitUntil: 'load', timeout: 15_000 });
    await v.page.waitForFunction(() => 'cookiegate' in window);
    const warnings = v.warnings.filter((w) => w.includes('autoBlock'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST123 (googleAnalytics)');
    expect(warnings[0]).not.toContain('youtube.com');
    await v.context.close();
  });
});
