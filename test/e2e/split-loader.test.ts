// The split install: `<script src="/cookiegate-loader.js">` serves a returning visitor's page alone
// when the consent cookie carries the fingerprint of the page's config, and fetches cookiegate-full.js
// from beside itself (which takes over through `window.cookiegate.loader`) for a first visit, a
// changed or untrusted config, the preferences, or a decision made in another tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, GOOGLE, HOST, launch, PARENT, startSite, visit, type Site, type Visit } from './harness';
import { fingerprint } from '../../src/embed/fingerprint';

const GA = { measurementId: 'G-TEST123' };
const configs = {
  '/split': charityConfig,
  '/split-v2': { ...charityConfig, policyUrl: '/privacy-v2' },
  '/split-ga': { ...charityConfig, services: { googleAnalytics: GA } },
  '/split-policy': charityConfig,
};
const text = (c: unknown) => JSON.stringify(c).replace(/</g, '\\u003c');
const tag = (n: string, ms = 0) => `<script type="text/plain" data-category="analytics" data-src="/delay/${ms}/${n}.js"></script>`;
const inline = (n: string, category = 'analytics') =>
  `<script type="text/plain" data-category="${category}">(window.__ran = window.__ran || []).push('${n}')</script>`;
/** Gated tags before and after the loader tag, inline and external, and a tag for a refusal. */
const splitPage = (config: unknown) => `<!doctype html><html lang="en"><head><title>t</title>
<script type="application/json" id="cookiegate-config">${text(config)}</script>${tag('before')}<script src="/cookiegate-loader.js"></script>${inline('head-after')}</head>
<body><p>x</p><a href="#cookies" data-cookiegate="preferences">Cookie settings</a>${inline('refused', '!analytics')}${tag('after')}</body></html>`;
const ACCEPTED = ['before', 'head-after', 'after'];

type CG = { has(id: string): boolean; record(): { categories: Record<string, boolean> } | null; rejectAll(): unknown; on(e: string, fn: (r: unknown) => void): unknown };
const ran = (p: Page) => p.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);
const has = (p: Page, id: string) => p.evaluate((i) => (window as unknown as { cookiegate: CG }).cookiegate.has(i), id);
const waitRan = (p: Page, n: number) => p.waitForFunction((k) => ((window as unknown as { __ran?: string[] }).__ran ?? []).length >= k, n);
/** Requests for one of the bundle's files (by exact path) made since `from`. */
const fetched = (v: Visit, file: string, from = 0) => v.requested.slice(from).filter((u) => new URL(u).pathname === `/${file}`).length;
const banner = (p: Page) => p.getByRole('region', { name: /cookie/i });
/** The real instance has taken over from the loader's stand-in. */
const tookOver = (p: Page) => p.waitForFunction(() => 'config' in (window as unknown as { cookiegate: object }).cookiegate);
/** Lets a late request (a fetch of cookiegate-full.js that should not happen) show up before counting. */
const settle = (p: Page) => p.waitForLoadState('load').then(() => p.waitForTimeout(300));

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const pages: Record<string, string> = {};
  for (const [path, config] of Object.entries(configs)) pages[path] = splitPage(config);
  // The policy page: its declaration is cookiegate-full.js's to render, so the loader hands over at
  // DOMContentLoaded, while the first gated tag (1.5 s to load) is still loading.
  pages['/split-policy'] = pages['/split-policy']
    .replace(tag('before'), tag('slow', 1500))
    .replace('</body>', '<div data-cookiegate="declaration"></div></body>');
  site = await startSite(pages);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh context whose pages count the `cookiegate:ready` events in `window.__ready`. */
async function fresh(): Promise<Visit> {
  const v = await visit(browser);
  await v.context.addInitScript(() => {
    const w = window as unknown as { __ready: number };
    w.__ready = 0;
    document.addEventListener('cookiegate:ready', () => w.__ready++);
  });
  return v;
}

/** A first visit that decides through the banner, then a reload as a returning visitor. */
async function returning(path: string, choice: 'Accept all' | 'Reject all' = 'Accept all', firstVisit?: (v: Visit) => Promise<void>) {
  const v = await fresh();
  await v.page.goto(site.url(path));
  await firstVisit?.(v);
  await banner(v.page).getByRole('button', { name: choice }).click();
  await waitRan(v.page, choice === 'Accept all' ? 3 : 1);
  const from = v.requested.length;
  await v.page.reload();
  await waitRan(v.page, choice === 'Accept all' ? 3 : 1);
  await settle(v.page);
  return { v, from };
}

describe('the split loader in Chromium', () => {
  it('a first visit fetches cookiegate-full.js once and shows the banner; accepting runs each gated tag once, in order', async () => {
    const v = await fresh();
    await v.page.goto(site.url('/split'));
    await banner(v.page).getByRole('button', { name: 'Accept all' }).waitFor();
    expect(await ran(v.page)).toEqual([]);
    await banner(v.page).getByRole('button', { name: 'Accept all' }).click();
    await waitRan(v.page, 3);
    await settle(v.page);
    expect(await ran(v.page)).toEqual(ACCEPTED);
    expect(fetched(v, 'cookiegate-loader.js')).toBe(1);
    expect(fetched(v, 'cookiegate-full.js')).toBe(1);
    expect(await v.page.evaluate(() => (window as unknown as { __ready: number }).__ready)).toBe(1);
    // The decision is stored with the fingerprint of this page's config text.
    const cookie = (await v.context.cookies()).find((c) => c.name === 'cookiegate');
    expect(cookie?.value.split('|')[7]).toBe(fingerprint(text(charityConfig)));
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('a returning visitor is served by the loader alone: tags once in order, no banner, the API answers, one ready event', async () => {
    const { v, from } = await returning('/split');
    expect(fetched(v, 'cookiegate-loader.js', from)).toBe(1);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(0);
    expect(await ran(v.page)).toEqual(ACCEPTED);
    expect(v.requested.slice(from).filter((u) => u.includes('/delay/'))).toHaveLength(2);
    expect(await banner(v.page).count()).toBe(0);
    const state = await v.page.evaluate(() => {
      const w = window as unknown as { cookiegate: CG; __ready: number };
      return { analytics: w.cookiegate.has('analytics'), record: w.cookiegate.record(), ready: w.__ready };
    });
    expect(state.analytics).toBe(true);
    expect(state.record).toMatchObject({ revision: '2021-03-01', categories: { necessary: true, analytics: true } });
    expect(state.ready).toBe(1);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('the preferences link hands over to cookiegate-full.js: dialog with the stored choice, no tag twice, listeners moved', async () => {
    const { v, from } = await returning('/split');
    await v.page.evaluate(() => {
      const w = window as unknown as { cookiegate: CG; __changes: unknown[] };
      w.__changes = [];
      w.cookiegate.on('change', (r) => w.__changes.push(r && (r as { categories: unknown }).categories));
    });
    await v.page.getByRole('link', { name: 'Cookie settings' }).click();
    const dialog = v.page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.waitFor();
    expect(await dialog.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(1);
    expect(v.page.url()).not.toContain('#cookies');
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    expect(await has(v.page, 'analytics')).toBe(false);
    expect(await v.page.evaluate(() => (window as unknown as { __changes: unknown[] }).__changes)).toEqual([{ necessary: true, analytics: false }]);
    // The refusal runs the `!analytics` tag; none of the granted ones ran a second time.
    expect(await ran(v.page)).toEqual([...ACCEPTED, 'refused']);
    expect(await v.page.evaluate(() => (window as unknown as { __ready: number }).__ready)).toBe(1);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('Consent Mode: one default before the update and the Google tag, one gtag/js, before and after the hand-over', async () => {
    // The dataLayer as gtag.js would read it: Arguments objects are commands, plain objects events.
    const layer = (v: Visit) => v.page.evaluate(() => ((window as unknown as { dataLayer: unknown[] }).dataLayer ?? []).map((e) =>
      Object.prototype.toString.call(e) === '[object Arguments]' ? Array.from(e as ArrayLike<unknown>, (x) => (x instanceof Date ? 'Date' : x)) : e));
    const names = (entries: unknown[]) => entries.filter(Array.isArray).map((c) => `${c[0]} ${c[1]}`);
    // A first visit: the loader pushes the default, cookiegate-full.js (which shows the banner) does not again.
    const first = async (v: Visit) => {
      await banner(v.page).getByRole('button', { name: 'Accept all' }).waitFor();
      expect(names(await layer(v))).toEqual(['consent default']);
    };
    const { v, from } = await returning('/split-ga', 'Accept all', first);
    const gtagJs = () => v.requested.slice(from).filter((u) => /googletagmanager\.com\/gtag\/js\?id=G-TEST123/.test(u)).length;
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(0);
    const entries = await layer(v);
    expect(names(entries)).toEqual(['consent default', 'consent update', 'js Date', 'config G-TEST123']);
    const commands = entries.filter(Array.isArray) as unknown[][];
    expect(commands[0][2]).toMatchObject({ analytics_storage: 'denied' });
    expect(commands[1][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(entries.filter((e) => (e as { event?: string }).event === 'cookiegate_consent')).toEqual([
      { event: 'cookiegate_consent', cookiegate: { necessary: true, analytics: true } },
    ]);
    expect(gtagJs()).toBe(1);

    await v.page.getByRole('link', { name: 'Cookie settings' }).click();
    await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    await settle(v.page);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(1);
    // The full bundle pushed nothing of what the loader had already pushed, and loaded no second tag.
    expect(names(await layer(v))).toEqual(['consent default', 'consent update', 'js Date', 'config G-TEST123']);
    expect(gtagJs()).toBe(1);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('a changed config is not trusted: cookiegate-full.js keeps the decision and re-stamps it, so the next page is the loader\'s', async () => {
    const v = await fresh();
    await v.page.goto(site.url('/split'));
    await banner(v.page).getByRole('button', { name: 'Accept all' }).click();
    await waitRan(v.page, 3);

    let from = v.requested.length;
    await v.page.goto(site.url('/split-v2'));
    await tookOver(v.page);
    await waitRan(v.page, 3);
    await settle(v.page);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(1);
    expect(await ran(v.page)).toEqual(ACCEPTED);
    expect(await banner(v.page).count()).toBe(0);
    expect(await has(v.page, 'analytics')).toBe(true);
    const cookie = (await v.context.cookies()).find((c) => c.name === 'cookiegate');
    expect(cookie?.value.split('|')[7]).toBe(fingerprint(text(configs['/split-v2'])));

    from = v.requested.length;
    await v.page.reload();
    await waitRan(v.page, 3);
    await settle(v.page);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(0);
    expect(await ran(v.page)).toEqual(ACCEPTED);
    expect(await has(v.page, 'analytics')).toBe(true);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('a returning visitor who rejected analytics: nothing gated runs, parent-domain analytics cookies go, no cookiegate-full.js', async () => {
    const { v, from } = await returning('/split-ga', 'Reject all');
    expect(await ran(v.page)).toEqual(['refused']);
    expect(v.requested.slice(from).filter((u) => u.includes('/delay/'))).toEqual([]);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(0);
    expect(await has(v.page, 'analytics')).toBe(false);

    // `_ga` is declared by the site; `_ga_<container>` only by the Google Analytics preset.
    await v.context.addCookies([
      { name: '_ga', value: 'GA1.1.1', domain: `.${PARENT}`, path: '/' },
      { name: '_ga_TEST123', value: 'GS1.1.1', domain: `.${PARENT}`, path: '/' },
      { name: '__utma', value: '1.2.3', domain: HOST, path: '/' },
    ]);
    const names = async () => (await v.context.cookies()).map((c) => c.name).sort();
    expect(await names()).toEqual(['__utma', '_ga', '_ga_TEST123', 'cookiegate']);
    await v.page.reload();
    await waitRan(v.page, 1);
    await expect.poll(names, { timeout: 800, interval: 50 }).toEqual(['cookiegate']);
    expect(v.requested.slice(from).filter((u) => u.includes('/delay/') || GOOGLE.test(u))).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('a decision in one tab reaches another tab served by the loader, without a reload', async () => {
    const { v } = await returning('/split');
    const other = await v.context.newPage();
    other.on('pageerror', (e) => v.errors.push(e.message));
    await other.goto(site.url('/split'));
    await waitRan(other, 3);
    expect(await has(other, 'analytics')).toBe(true);
    await v.page.evaluate(() => (window as unknown as { cookiegate: CG }).cookiegate.rejectAll());
    await v.page.waitForFunction(() => !(window as unknown as { cookiegate: CG }).cookiegate.has('analytics'));
    await other.waitForFunction(() => !(window as unknown as { cookiegate: CG }).cookiegate.has('analytics'), undefined, { timeout: 2000 });
    expect(await other.evaluate(() => (window as unknown as { cookiegate: CG }).cookiegate.record()?.categories)).toEqual({ necessary: true, analytics: false });
    // The other tab's tags that ran stay run once; its refusal tag runs now.
    await waitRan(other, 4);
    expect(await ran(other)).toEqual([...ACCEPTED, 'refused']);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('the policy page hands over at DOMContentLoaded while a gated tag still loads: each tag runs once', async () => {
    const { v, from } = await returning('/split-policy');
    await tookOver(v.page);
    expect([...(await ran(v.page))].sort()).toEqual(['after', 'head-after', 'slow']);
    expect(fetched(v, 'cookiegate-full.js', from)).toBe(1);
    expect(v.requested.slice(from).filter((u) => u.includes('/delay/'))).toHaveLength(2);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  // The loader's gate finishes what it queued before the full bundle's gate starts.
  it('a hand-over while a gated external script is still loading keeps document order', async () => {
    const { v } = await returning('/split-policy');
    try {
      expect(await ran(v.page)).toEqual(['slow', 'head-after', 'after']);
    } finally {
      await v.context.close();
    }
  });

  it('an opener clicked while a slow tag still loads opens the preferences at once; the tags keep their order', async () => {
    const { v } = await returning('/split-policy');
    await v.page.reload({ waitUntil: 'domcontentloaded' });
    await v.page.getByRole('link', { name: 'Cookie settings' }).click();
    // The slow tag (1.5 s) is still loading, and the dialog does not wait for it.
    await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    expect(await ran(v.page)).toEqual([]);
    await waitRan(v.page, 3);
    expect(await ran(v.page)).toEqual(['slow', 'head-after', 'after']);
    expect(v.page.url()).not.toContain('#cookies');
    await v.context.close();
  });

  it('says so on the console when cookiegate-full.js cannot load, and runs nothing gated', async () => {
    const v = await fresh();
    await v.page.route('**/cookiegate-full.js', (route) => route.fulfill({ status: 404, body: '' }));
    await v.page.goto(site.url('/split'));
    await settle(v.page);
    expect(v.errors).toContain('cookiegate: cookiegate-full.js failed to load');
    expect(await ran(v.page)).toEqual([]);
    expect(v.requested.filter((u) => u.includes('/delay/'))).toEqual([]);
    expect(await has(v.page, 'analytics')).toBe(false);
    await v.context.close();
  });

  const stamp = fingerprint(text(charityConfig));
  const now = Date.now().toString(36);
  const forged: Record<string, string> = {
    // The right fingerprint, but the strictly necessary category was never decided.
    'a record missing a category': `1|2021-03-01|abcdefgh12|${now}|${now}|analytics||${stamp}`,
    'eight fields of garbage': 'x|y|z|w|v|u|t|s',
    'a garbled fingerprint field': `1|2021-03-01|abcdefgh12|${now}|${now}|necessary+analytics||NOT-A-STAMP!`,
    'an unknown category under the right fingerprint': `1|2021-03-01|abcdefgh12|${now}|${now}|necessary+analytics+evil||${stamp}`,
  };
  for (const [name, value] of Object.entries(forged)) {
    it(`a forged consent cookie (${name}) is no decision: the banner shows and nothing gated runs`, async () => {
      const v = await fresh();
      await v.context.addCookies([{ name: 'cookiegate', value, domain: HOST, path: '/' }]);
      await v.page.goto(site.url('/split'));
      await banner(v.page).getByRole('button', { name: 'Accept all' }).waitFor();
      await settle(v.page);
      expect(fetched(v, 'cookiegate-full.js')).toBe(1);
      expect(await ran(v.page)).toEqual([]);
      expect(v.requested.filter((u) => u.includes('/delay/'))).toEqual([]);
      expect(await has(v.page, 'analytics')).toBe(false);
      expect(await v.page.evaluate(() => (window as unknown as { cookiegate: CG }).cookiegate.record())).toBeNull();
      await v.context.close();
    });
  }
});
