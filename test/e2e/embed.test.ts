import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, gotoQuiet, launch, settled, startSite, visit, type Site } from './harness';

const config = {
  ...charityConfig,
  categories: { ...charityConfig.categories, marketing: { title: 'Marketing', gpc: true } },
};
const json = `<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>`;
const tag = (n: string) => `<script type="text/plain" data-category="analytics" data-src="/delay/0/${n}.js"></script>`;
const inline = (n: string) =>
  `<script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('${n}')</script>`;

/** The library tag in each placement, with gated tags before and after it. */
const placements: Record<string, string> = {
  head: `<!doctype html><html lang="en"><head><title>t</title>${json}${tag('before')}<script src="/cookiegate.js"></script>${inline('head-after')}</head><body><p>x</p>${tag('after')}</body></html>`,
  defer: `<!doctype html><html lang="en"><head><title>t</title>${json}${tag('before')}<script defer src="/cookiegate.js"></script></head><body><p>x</p>${inline('body')}${tag('after')}</body></html>`,
  async: `<!doctype html><html lang="en"><head><title>t</title>${tag('before')}<script async src="/cookiegate.js"></script></head><body><p>x</p>${json}${inline('body')}${tag('after')}</body></html>`,
  'end-of-body': `<!doctype html><html lang="en"><head><title>t</title>${json}${tag('before')}</head><body><p>x</p>${inline('body')}<script src="/cookiegate.js"></script>${tag('after')}</body></html>`,
};

const api = (page: Page, call: string) =>
  page.evaluate((c) => (window as unknown as Record<string, Record<string, () => unknown>>).cookiegate[c](), call);
const ran = (page: Page) => page.evaluate(() => (window as { __ran?: string[] }).__ran ?? []);

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const pages: Record<string, string> = {};
  for (const [name, html] of Object.entries(placements)) pages[`/${name}`] = html;
  pages['/twice'] = placements.head.replace('</body>', '<script src="/cookiegate.js"></script></body>');
  pages['/invalid'] = placements.head.replace(
    JSON.stringify(config),
    JSON.stringify({ ...config, categories: { analytics: { required: 'yes' } } }),
  );
  pages['/broken-json'] = placements.head.replace(JSON.stringify(config), '{ "revision": ');
  pages['/bad-signals'] = placements.head.replace(
    JSON.stringify(config),
    JSON.stringify({
      ...config,
      services: { googleAnalytics: { measurementId: 'G-TEST123', signals: { analytics: 5 } } },
    }),
  );
  pages['/opener'] = placements.head
    .replace('<p>x</p>', '<p>x</p><a href="#cookies" data-cookiegate="preferences">Cookie settings</a>')
    .replace(JSON.stringify(config), JSON.stringify({ ...config, reopenButton: false }));
  pages['/no-opener-off'] = placements.head.replace(
    JSON.stringify(config),
    JSON.stringify({ ...config, reopenButton: false }),
  );
  // The start-up runs in a microtask after the tag's script: still before the parser's next element.
  pages['/next-script'] = placements.head.replace(
    '<script src="/cookiegate.js"></script>',
    // The tag's load event fires in the same task, right after its microtasks (HTML "execute the script element").
    "<script src=\"/cookiegate.js\" onload=\"window.__next = window.cookiegate ? 'has(analytics) ' + window.cookiegate.has('analytics') : 'missing'\"></script>",
  );
  pages['/window-config'] =
    `<!doctype html><html><head><title>t</title><script>window.cookiegateConfig = ${JSON.stringify(config)};</script><script src="/cookiegate.js"></script></head><body>${inline('body')}</body></html>`;
  site = await startSite(pages);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the one-tag embed', () => {
  for (const name of Object.keys(placements)) {
    it(`gates tags before and after a ${name} tag, then runs them all on accept`, async () => {
      const v = await visit(browser);
      // Loaded, and the network quiet: whatever the page would fetch or run on its own has.
      await gotoQuiet(v.page, site.url(`/${name}`));
      await v.page.waitForFunction(() => 'cookiegate' in window);
      expect(v.requested.filter((u) => u.includes('/delay/'))).toEqual([]);
      expect(await ran(v.page)).toEqual([]);
      await api(v.page, 'acceptAll');
      await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3);
      expect((await ran(v.page)).sort()).toEqual(['after', 'before', name === 'head' ? 'head-after' : 'body'].sort());
      expect(v.errors).toEqual([]);
      await v.context.close();
    });
  }

  it('exposes the API, fires cookiegate:ready and cookiegate:change with the record', async () => {
    const v = await visit(browser);
    await v.context.addInitScript(() => {
      const w = window as unknown as { events: unknown[] };
      w.events = [];
      document.addEventListener('cookiegate:ready', (e) => w.events.push(['ready', (e as CustomEvent).detail]));
      document.addEventListener('cookiegate:change', (e) =>
        w.events.push(['change', (e as CustomEvent<{ categories: unknown } | null>).detail?.categories]),
      );
    });
    await v.page.goto(site.url('/head'));
    const result = await v.page.evaluate(() => {
      const cg = (window as unknown as { cookiegate: Record<string, (...a: unknown[]) => unknown> }).cookiegate;
      const seen: unknown[] = [];
      const off = cg.on('change', (r: unknown) => seen.push(r)) as () => void;
      cg.set({ analytics: true });
      const afterSet = cg.has('analytics');
      off();
      cg.rejectAll();
      return {
        afterSet,
        afterReject: cg.has('analytics'),
        listened: seen.length,
        record: cg.record(),
        events: (window as unknown as { events: unknown[] }).events,
      };
    });
    expect(result.afterSet).toBe(true);
    expect(result.afterReject).toBe(false);
    expect(result.listened).toBe(1);
    expect(result.record).toMatchObject({
      revision: '2021-03-01',
      categories: { necessary: true, analytics: false, marketing: false },
    });
    expect(result.events).toEqual([
      ['ready', null],
      ['change', { necessary: true, analytics: true, marketing: false }],
      ['change', { necessary: true, analytics: false, marketing: false }],
    ]);
    await v.context.close();
  });

  it("is set up before the page's next script runs", async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/next-script'));
    // The API is there and answers (no decision yet: analytics is refused).
    expect(await v.page.evaluate(() => (window as { __next?: unknown }).__next)).toBe('has(analytics) false');
    await v.context.close();
  });

  it('reads window.cookiegateConfig when there is no JSON element', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/window-config'));
    await api(v.page, 'acceptAll');
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).includes('body'));
    await v.context.close();
  });

  it('yields one instance and one banner when the tag is included twice', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/twice'));
    await v.page.getByRole('region', { name: /cookie/i }).waitFor();
    // A second banner would have rendered by now (the check is that something does NOT happen).
    await settled(v.page);
    expect(await v.page.getByRole('region', { name: /cookie/i }).count()).toBe(1);
    await api(v.page, 'acceptAll');
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3);
    await settled(v.page);
    expect((await ran(v.page)).sort()).toEqual(['after', 'before', 'head-after']);
    await v.context.close();
  });

  it('reports an invalid config with its field path and fails closed', async () => {
    for (const path of ['/invalid', '/broken-json', '/bad-signals']) {
      const v = await visit(browser);
      await v.page.goto(site.url(path));
      await v.page.waitForFunction(() => 'cookiegate' in window);
      const accepted = await api(v.page, 'acceptAll');
      // Nothing runs or loads after the refused call (the check is that something does NOT happen).
      await settled(v.page);
      expect(accepted).toBeNull();
      expect(await ran(v.page)).toEqual([]);
      expect(v.requested.filter((u) => u.includes('/delay/'))).toEqual([]);
      const expected: Record<string, RegExp> = {
        invalid: /categories\.analytics\.required: expected a boolean/,
        'broken-json': /not valid JSON/,
        'bad-signals': /services\.googleAnalytics\.signals\.analytics: expected a list/,
      };
      expect(v.errors.join('\n')).toMatch(expected[path.slice(1)]);
      await v.context.close();
    }
  });

  it('applies a decision made in one tab to the other open tabs without a reload', async () => {
    const v = await visit(browser);
    const other = await v.context.newPage();
    await v.page.goto(site.url('/head'));
    await other.goto(site.url('/end-of-body'));
    await api(v.page, 'acceptAll');
    await other.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3, undefined, {
      timeout: 1000,
    });
    expect(
      await other.evaluate(() =>
        (window as unknown as { cookiegate: { has(c: string): boolean } }).cookiegate.has('analytics'),
      ),
    ).toBe(true);
    await other.evaluate(() => (document.cookie = '_ga=GA1.1.1; path=/'));
    await api(v.page, 'rejectAll');
    await other.waitForFunction(
      () => !(window as unknown as { cookiegate: { has(c: string): boolean } }).cookiegate.has('analytics'),
      undefined,
      { timeout: 1000 },
    );
    // Cookie writes reach the browser's store asynchronously; under the 1.2 s second clean-up pass.
    await expect
      .poll(async () => (await v.context.cookies()).map((c) => c.name), { timeout: 800, interval: 50 })
      .not.toContain('_ga');
    await v.context.close();
  });

  it('honours Global Privacy Control: gpc categories stay refused, nothing is granted by it', async () => {
    const v = await visit(browser, { extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await v.context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
    await v.page.goto(site.url('/head'));
    expect(
      await v.page.evaluate(
        () => (window as unknown as { cookiegate: { gpc: boolean; has(c: string): boolean } }).cookiegate.gpc,
      ),
    ).toBe(true);
    expect(
      await v.page.evaluate(() =>
        (window as unknown as { cookiegate: { has(c: string): boolean } }).cookiegate.has('analytics'),
      ),
    ).toBe(false);
    await api(v.page, 'acceptAll');
    const state = await v.page.evaluate(() => {
      const cg = (window as unknown as { cookiegate: { has(c: string): boolean } }).cookiegate;
      return { analytics: cg.has('analytics'), marketing: cg.has('marketing') };
    });
    expect(state).toEqual({ analytics: true, marketing: false });
    await v.context.close();
  });

  it('shows a returning visitor the reopen control by default, once the page is idle, and no banner', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/head'));
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    await v.page.reload();
    const reopen = v.page.getByRole('button', { name: 'Cookie preferences' });
    await reopen.waitFor();
    expect(await v.page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
    await reopen.click();
    await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    await v.context.close();
  });

  it('warns once when the reopen control is off and the page has no opener', async () => {
    const v = await visit(browser);
    const warnings: string[] = [];
    v.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await gotoQuiet(v.page, site.url('/no-opener-off'));
    expect(warnings.filter((w) => w.includes('reopenButton is off'))).toHaveLength(1);
    warnings.length = 0;
    await gotoQuiet(v.page, site.url('/opener'));
    expect(warnings.filter((w) => w.includes('reopenButton is off'))).toHaveLength(0);
    await v.context.close();
  });

  it('renders no interface for a returning visitor until it is asked for (reopen control off)', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/opener'));
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    await v.page.reload();
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3);
    expect(await v.page.locator('cookiegate-ui').count()).toBe(0);
    await v.page.getByRole('link', { name: 'Cookie settings' }).click();
    await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    expect(v.page.url()).not.toContain('#cookies');
    await v.context.close();
  });
});
