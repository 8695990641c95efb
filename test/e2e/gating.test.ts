import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { charityConfig, gotoQuiet, launch, page, PARENT, settled, startSite, visit, type Site } from './harness';

const gated = `
<script type="text/plain" data-category="analytics" data-src="/delay/300/slow.js"></script>
<script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('inline-after-slow');</script>
<script type="text/plain" data-category="analytics" data-src="/delay/0/fast.js"></script>
<script type="text/plain" data-category="!analytics">(window.__ran = window.__ran || []).push('refused');</script>
<iframe data-category="analytics" data-src="/frame" title="Gated frame"></iframe>`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    '/': page(charityConfig, gated),
    '/deep/path/page': page(charityConfig, gated),
    '/frame': '<!doctype html><title>frame</title>',
    // A gated tag may name its URL in a plain `src`: the browser does not fetch a `text/plain` script.
    '/plain-src': page(
      charityConfig,
      `<script type="text/plain" data-category="analytics" src="/delay/200/plain.js"></script>
<script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('inline-after-plain');</script>`,
    ),
    '/late': page(
      charityConfig,
      `<script>setTimeout(() => { const s = document.createElement('script'); s.type = 'text/plain'; s.dataset.category = 'analytics'; s.text = "(window.__ran = window.__ran || []).push('late')"; document.body.append(s); window.__inserted = true; }, 50);</script>`,
    ),
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('script gating in Chromium', () => {
  it('loads nothing gated before a decision, on the home page and a deep URL', async () => {
    for (const path of ['/', '/deep/path/page']) {
      const v = await visit(browser);
      // Loaded, and the network quiet: whatever the page would fetch or run on its own has.
      await gotoQuiet(v.page, site.url(path));
      expect(v.requested.filter((u) => /delay|frame/.test(u))).toEqual([]);
      expect(await v.page.evaluate(() => (window as { __ran?: string[] }).__ran)).toBeUndefined();
      await v.context.close();
    }
  });

  it('runs accepted scripts once, in document order, waiting for slow external ones', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/'));
    await v.page.evaluate(() => (window as unknown as { cookiegate: { acceptAll(): void } }).cookiegate.acceptAll());
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3);
    // Nothing runs a second time (the check is that something does NOT happen).
    await settled(v.page);
    expect(await v.page.evaluate(() => (window as { __ran?: string[] }).__ran)).toEqual([
      'slow',
      'inline-after-slow',
      'fast',
    ]);
    expect(v.requested.some((u) => u.endsWith('/frame'))).toBe(true);
    // Reloading with the stored decision runs them again, once.
    await v.page.reload();
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3);
    await settled(v.page);
    expect(await v.page.evaluate(() => (window as { __ran?: string[] }).__ran)).toEqual([
      'slow',
      'inline-after-slow',
      'fast',
    ]);
    await v.context.close();
  });

  it('runs a gated tag with a plain src once after consent, and the inline tag after it waits for it', async () => {
    const v = await visit(browser);
    await gotoQuiet(v.page, site.url('/plain-src'));
    expect(v.requested.filter((u) => u.includes('/plain.js'))).toEqual([]);
    await v.page.evaluate(() => (window as unknown as { cookiegate: { acceptAll(): void } }).cookiegate.acceptAll());
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 2);
    await settled(v.page);
    expect(await v.page.evaluate(() => (window as { __ran?: string[] }).__ran)).toEqual([
      'plain',
      'inline-after-plain',
    ]);
    expect(v.requested.filter((u) => u.includes('/plain.js'))).toHaveLength(1);
    await v.context.close();
  });

  it('runs "!analytics" scripts once on a withdrawal, never on a first refusal (vanilla-cookieconsent\'s meaning)', async () => {
    interface Api {
      cookiegate: { rejectAll(): void; acceptAll(): void };
    }
    const v = await visit(browser);
    await v.page.goto(site.url('/'));
    await v.page.evaluate(() => (window as unknown as Api).cookiegate.rejectAll());
    // Nothing runs or loads on a first refusal (the check is that something does NOT happen).
    await settled(v.page);
    expect(await v.page.evaluate(() => (window as { __ran?: string[] }).__ran)).toBeUndefined();
    expect(v.requested.filter((u) => /delay|frame/.test(u))).toEqual([]);
    // Granted, then withdrawn in this page's life: the "!analytics" tag runs, once.
    await v.page.evaluate(() => (window as unknown as Api).cookiegate.acceptAll());
    await v.page.evaluate(() => (window as unknown as Api).cookiegate.rejectAll());
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).includes('refused'));
    await v.page.evaluate(() => (window as unknown as Api).cookiegate.acceptAll());
    await v.page.evaluate(() => (window as unknown as Api).cookiegate.rejectAll());
    await settled(v.page);
    expect(
      (await v.page.evaluate(() => (window as { __ran?: string[] }).__ran ?? [])).filter((r) => r === 'refused'),
    ).toEqual(['refused']);
    await v.context.close();
  });

  it('activates gated tags inserted later, once granted', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/late'));
    // The page's own script has inserted the gated tag; it must not have run.
    await v.page.waitForFunction(() => (window as { __inserted?: boolean }).__inserted === true);
    await settled(v.page);
    expect(await v.page.evaluate(() => (window as { __ran?: string[] }).__ran)).toBeUndefined();
    await v.page.evaluate(() => (window as unknown as { cookiegate: { acceptAll(): void } }).cookiegate.acceptAll());
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).includes('late'));
    await v.context.close();
  });

  it('deletes refused cookies on the host and on the parent domain, keeping has_js', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/deep/path/page'));
    await v.page.evaluate((parent) => {
      document.cookie = 'has_js=1; path=/';
      document.cookie = `_ga=GA1.1.1; path=/; domain=.${parent}`;
      document.cookie = '__utma=1.2.3; path=/';
      document.cookie = '__utmz=1.2.3; path=/deep/path';
      document.cookie = '_utmb=x; path=/deep';
    }, PARENT);
    await expect
      .poll(async () => (await v.context.cookies()).map((c) => c.name).sort(), { timeout: 800, interval: 50 })
      .toEqual(['__utma', '__utmz', '_ga', '_utmb', 'has_js']);
    await v.page.evaluate(() => (window as unknown as { cookiegate: { rejectAll(): void } }).cookiegate.rejectAll());
    // document.cookie writes reach the browser's cookie store asynchronously: poll briefly, well
    // under the 1.2 s second pass, so this still proves the first clean-up did the work.
    await expect
      .poll(async () => (await v.context.cookies()).map((c) => c.name).sort(), { timeout: 800, interval: 50 })
      .toEqual(['cookiegate', 'has_js']);
    await v.context.close();
  });

  it('deletes cookies again after a withdrawal, including ones a tag sets shortly after', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/'));
    await v.page.evaluate(() => (window as unknown as { cookiegate: { acceptAll(): void } }).cookiegate.acceptAll());
    await v.page.evaluate((parent) => {
      document.cookie = `_ga=GA1.1.1; path=/; domain=.${parent}`;
      (window as unknown as { cookiegate: { rejectAll(): void } }).cookiegate.rejectAll();
      // A tag still running writes its cookie again just after the withdrawal.
      setTimeout(() => {
        document.cookie = `_ga=GA1.1.2; path=/; domain=.${parent}`;
        (window as { __rewritten?: boolean }).__rewritten = true;
      }, 200);
    }, PARENT);
    await v.page.waitForFunction(() => (window as { __rewritten?: boolean }).__rewritten === true);
    // The second clean-up pass removes the rewritten cookie.
    await expect
      .poll(async () => (await v.context.cookies()).map((c) => c.name), { timeout: 3000 })
      .toEqual(['cookiegate']);
    await v.context.close();
  });

  it('treats a tampered consent cookie as no decision and throws nothing', async () => {
    const v = await visit(browser);
    for (const value of [
      '1|garbage',
      '1|2021-03-01|x|0|0|analytics|',
      '%E0%A4%A',
      'a'.repeat(3000),
      '1|2021-03-01|abcdefgh-1234|zz|1|necessary+analytics|',
    ]) {
      await v.context.addCookies([{ name: 'cookiegate', value, url: site.url('/') }]);
      await gotoQuiet(v.page, site.url('/'));
      expect(
        await v.page.evaluate(() => (window as unknown as { cookiegate: { record(): unknown } }).cookiegate.record()),
      ).toBeNull();
      expect(v.requested.filter((u) => u.includes('delay'))).toEqual([]);
    }
    expect(v.errors).toEqual([]);
    await v.context.close();
  });
});
