// compliance.md A.3: the DUAA 2025 statistics exception (PECR Sch. A1 para. 5) as an explicit
// opt-in mode. Statistics run without consent, and an "Object" control on every page stops them:
// the Google tag's opt-out flag is set, a denied Consent Mode update is pushed, and the analytics
// cookies go, on the host and on the parent domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { charityConfig, GOOGLE, gotoQuiet, HOST, launch, page, PARENT, startSite, visit, type Site } from './harness';

const config = {
  ...charityConfig,
  statisticsException: true,
  services: { googleAnalytics: { measurementId: 'G-STATS1' } },
};
let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const footer = '<footer><a href="/privacy" data-cookiegate="preferences">Cookie settings</a></footer>';
  site = await startSite({ '/': page(config, footer), '/about': page(config, footer), '/off': page(charityConfig) });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const objectButton = (v: Awaited<ReturnType<typeof visit>>) =>
  v.page.getByRole('button', { name: 'Object to statistics' });
type Layer = { dataLayer: [string, string, Record<string, string>][] } & Record<string, unknown>;
const consentCommands = (v: Awaited<ReturnType<typeof visit>>) =>
  v.page.evaluate(() =>
    (window as unknown as Layer).dataLayer.filter((e) => e[0] === 'consent').map((e) => [e[1], e[2].analytics_storage]),
  );

describe('the statistics exception in Chromium', () => {
  it('is off by default: nothing from Google before a choice', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/off'));
    await v.page.getByRole('button', { name: 'Accept all' }).waitFor();
    expect(v.requested.filter((u) => GOOGLE.test(u))).toEqual([]);
    await v.context.close();
  });

  it('runs statistics at once, offers "Object to statistics" on every page, and objecting stops them and deletes their cookies', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/'));
    // In the banner, beside the three choices, before any decision.
    await objectButton(v).waitFor();
    expect(
      await v.page
        .getByRole('region', { name: /cookie/i })
        .getByRole('button')
        .allTextContents(),
    ).toEqual(['Accept all', 'Reject all', 'Manage preferences', 'Object to statistics']);
    await expect.poll(() => v.requested.filter((u) => u.includes('gtag/js?id=G-STATS1')).length).toBe(1);
    expect(await consentCommands(v)).toEqual([['default', 'granted']]);

    // A decision that keeps statistics: the objection stays on every page, outside the banner.
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    await v.page.goto(site.url('/about'));
    await objectButton(v).waitFor();
    expect(await v.page.getByRole('region', { name: /cookie/i }).count()).toBe(0);

    await v.context.addCookies([
      { name: '_ga', value: 'GA1.1.1', domain: `.${PARENT}`, path: '/' },
      { name: '__utma', value: '1.2.3', domain: HOST, path: '/' },
    ]);
    await objectButton(v).click();
    await expect
      .poll(async () => (await v.context.cookies()).map((c) => c.name).filter((n) => /^_ga|utm/.test(n)), {
        timeout: 800,
      })
      .toEqual([]);
    expect(await v.page.evaluate(() => (window as unknown as Layer)['ga-disable-G-STATS1'])).toBe(true);
    expect((await consentCommands(v)).at(-1)).toEqual(['update', 'denied']);
    expect(await objectButton(v).count()).toBe(0);
    // The objection is stored: the next page runs no statistics and offers no objection.
    const before = v.requested.length;
    // Loaded, and the network quiet: whatever the page would fetch on its own has been requested.
    await gotoQuiet(v.page, site.url('/'));
    expect(v.requested.slice(before).filter((u) => GOOGLE.test(u))).toEqual([]);
    expect(await objectButton(v).count()).toBe(0);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('shows the statistics switch on in the preferences, and saving it off objects', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/'));
    await v.page.getByRole('button', { name: 'Manage preferences' }).click();
    // Analytics holds a service (Google Analytics): a tri-state checkbox, all on under the exception.
    const analytics = v.page.getByRole('checkbox', { name: 'Analytics' });
    expect(await analytics.getAttribute('aria-checked')).toBe('true');
    await analytics.click();
    expect(await analytics.getAttribute('aria-checked')).toBe('false');
    await v.page.getByRole('button', { name: 'Save preferences' }).click();
    expect(
      await v.page.evaluate(() =>
        (window as unknown as { cookiegate: { has(id: string): boolean } }).cookiegate.has('analytics'),
      ),
    ).toBe(false);
    await v.context.close();
  });
});
