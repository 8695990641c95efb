import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, startSite, type Site } from './harness';
import { gtag, youtube } from './fixtures/vendors/snippets';
import { recorder, vendorRan, vendorVisit } from './fixtures/vendors/routing';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const config = {
  revision: '2026-12-06',
  autoBlock: true,
  categories: {
    necessary: { required: true, title: 'Strictly necessary' },
    analytics: { title: 'Analytics' },
    marketing: { title: 'Marketing' },
  },
  services: {
    googleAnalytics: { measurementId: 'G-TEST123', category: 'analytics' },
    youtube: { category: 'marketing', title: 'YouTube', urls: ['https://www.youtube.com/embed/*'] },
  },
};
const json = `<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>`;
const map =
  '<iframe data-category="marketing" data-src="/map" width="400" height="300" title="Map of our offices"></iframe>';
const unplaced = youtube
  .replace('<iframe ', '<iframe data-placeholder="false" id="plain" ')
  .replace('dQw4w9WgXcQ', 'second');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Placeholders</title>${json}<script src="/cookiegate.js"></script>${recorder}${gtag}</head>
<body><main><h1>Our work</h1>${youtube}<p id="between">Text.</p>${map}${unplaced}<p id="after">End.</p></main>
<script>addEventListener('load', function () { var f = document.createElement('iframe'); f.src = 'https://www.youtube.com/embed/late'; f.width = 320; f.height = 180; f.title = 'Late video'; document.body.append(f); });</script></body></html>`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({ '/': html }, (req, res) => {
    if (req.url !== '/map') return false;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<!doctype html><title>Map</title><p>Map</p><script>parent.postMessage("youtube-not", "*"); window.parent.__vendor && window.parent.__vendor.push("map")</script>',
    );
    return true;
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const boxOf = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

async function open(width = 1024) {
  const v = await vendorVisit(browser);
  await v.page.setViewportSize({ width, height: 800 });
  await v.page.goto(site.url('/'), { waitUntil: 'load' });
  await v.page.getByRole('button', { name: 'Load YouTube content' }).first().waitFor();
  return v;
}

describe('placeholders for blocked embeds (Chromium)', () => {
  it('stands in for each blocked iframe at its size, unless data-placeholder="false"', async () => {
    const v = await open();
    // Two from the HTML, one for the iframe a script inserts after load.
    await v.page.waitForFunction(() => document.querySelectorAll('cookiegate-placeholder').length >= 3);
    expect(await v.page.locator('cookiegate-placeholder').count()).toBe(3);
    expect(await v.page.getByRole('button', { name: 'Load YouTube content' }).count()).toBe(2);
    expect(await v.page.getByRole('button', { name: 'Load content (allows all Marketing cookies)' }).count()).toBe(1);
    await expect(
      v.page.getByText('This content from YouTube is not shown because YouTube sets cookies on your device.').count(),
    ).resolves.toBe(2);
    const video = await boxOf(v.page, 'cookiegate-placeholder');
    expect([video?.width, video?.height]).toEqual([560, 315]);
    const mapBox = await boxOf(v.page, 'cookiegate-placeholder >> nth=1');
    // 400 × 300 inside the 2 px inset border browsers give an iframe without frameborder="0".
    expect([mapBox?.width, mapBox?.height]).toEqual([404, 304]);
    expect(await v.page.locator('#plain').isVisible()).toBe(true);
    await v.page.addScriptTag({ path: AXE });
    const violations = await v.page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(
        { include: [['cookiegate-placeholder']] },
        { runOnly: { type: 'tag', values: tags } },
      );
      return result.violations.map(
        (violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((n) => n.target))}`,
      );
    }, TAGS);
    expect(violations).toEqual([]);
    await v.context.close();
  });

  it('its button, reached by keyboard, loads only its embed, records that one service, and the reload keeps it', async () => {
    const v = await open();
    const after = await boxOf(v.page, '#after');
    let focused = '';
    for (let presses = 0; presses < 25 && focused !== 'Load YouTube content'; presses++) {
      await v.page.keyboard.press('Tab');
      focused = await v.page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent?.trim() ?? '';
      });
    }
    expect(focused).toBe('Load YouTube content');
    await v.page.keyboard.press('Enter');
    await v.page.waitForFunction(() =>
      ((window as unknown as { __vendor: string[] }).__vendor ?? []).includes('youtube'),
    );
    // No layout shift: the loaded iframe takes the placeholder's place and size.
    expect(await boxOf(v.page, '#after')).toEqual(after);
    const record = await v.page.evaluate(() =>
      (
        window as unknown as { cookiegate: { record(): { services: object; categories: Record<string, boolean> } } }
      ).cookiegate.record(),
    );
    expect(record.services).toEqual({ youtube: true });
    expect(record.categories.marketing).toBe(false);
    await v.page.waitForFunction(() => document.querySelectorAll('cookiegate-placeholder').length === 1);
    expect(await v.page.getByRole('button', { name: 'Load content (allows all Marketing cookies)' }).count()).toBe(1);
    expect((await vendorRan(v.page)).filter((marker) => marker !== 'youtube')).toEqual([]);
    expect(v.vendorRequests.some((url) => url.includes('/embed/second'))).toBe(true);

    await v.page.reload({ waitUntil: 'load' });
    await v.page.waitForFunction(() =>
      ((window as unknown as { __vendor: string[] }).__vendor ?? []).includes('youtube'),
    );
    await v.page.getByRole('button', { name: 'Load content (allows all Marketing cookies)' }).waitFor();
    expect(await v.page.getByRole('button', { name: 'Load YouTube content' }).count()).toBe(0);
    expect((await vendorRan(v.page)).filter((marker) => marker !== 'youtube')).toEqual([]);
    await v.context.close();
  });

  it('its link opens the preferences dialog', async () => {
    const v = await open();
    await v.page.getByRole('link', { name: 'Cookie preferences' }).first().click();
    await v.page.getByRole('dialog').waitFor();
    expect(
      await v.page.evaluate(() => (window as unknown as { cookiegate: { record(): unknown } }).cookiegate.record()),
    ).toBeNull();
    await v.context.close();
  });

  it('works at 320 px wide', async () => {
    const v = await open(320);
    const placeholder = v.page.locator('cookiegate-placeholder').first();
    const box = await placeholder.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    const button = await v.page.getByRole('button', { name: 'Load YouTube content' }).first().boundingBox();
    expect(button && button.x >= 0 && button.x + button.width <= 320 && button.height >= 24).toBe(true);
    const overflow = await placeholder.evaluate((host) => {
      const inner = host.shadowRoot!.querySelector<HTMLElement>('.placeholder')!;
      return inner.scrollWidth - inner.clientWidth;
    });
    expect(overflow).toBe(0);
    await v.context.close();
  });
});
