// The visitor interface in Chromium, through the one-tag install: accessibility (axe-core, keyboard,
// contrast, reflow, target size), equal prominence, no layout shift, hostile host CSS, the cookie
// declaration, languages and right-to-left pages.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { charityConfig, launch, page, startSite, visit, type Site } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** The harness page, loading the tag from /dist/ so files beside it (interface, languages) resolve. */
const html = (config: unknown, body = '', head = '') =>
  page(config, body, head).replace('src="/cookiegate.js"', 'src="/dist/cookiegate.js"');

const declaration =
  '<section><h2>Cookies we use</h2><div data-cookiegate="declaration">Enable JavaScript to see the list.</div></section>';
const settingsLink = '<footer><a href="/cookies" data-cookiegate="preferences">Cookie settings</a></footer>';
const tall = '<div style="height:3000px">tall content</div>';
const hostile = '<style>* { all: unset } button { display: none !important } div { display: none !important }</style>';
const clsProbe = `<script>window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    '/': html(charityConfig, settingsLink),
    '/policy': html(charityConfig, declaration),
    // Without the reopen control, whose own scroll padding stays after a decision (a11y-focus.test.ts).
    '/tall': html({ ...charityConfig, reopenButton: false }, tall + settingsLink),
    '/hostile': html(charityConfig, settingsLink, hostile),
    // With the reopen control, whose scroll padding at the end of the page must shift nothing either.
    '/cls': html({ ...charityConfig, reopenButton: true }, tall, clsProbe),
    '/modal': html({ ...charityConfig, mode: 'modal' }),
    '/reopen': html({ ...charityConfig, reopenButton: true }),
    '/welsh': html({ ...charityConfig, language: 'cy' }).replace('lang="en"', 'lang="cy"'),
    '/rtl': html({ ...charityConfig, position: 'corner' }).replace('lang="en"', 'lang="ar" dir="rtl"'),
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: Parameters<typeof visit>[1] = {}) {
  const v = await visit(browser, options);
  await v.page.goto(site.url(path));
  return v;
}

const banner = (p: Page) => p.getByRole('region', { name: /cookie/i });
const dialog = (p: Page) => p.getByRole('dialog', { name: 'Cookie preferences' });
const record = (p: Page) =>
  p.evaluate(() => (window as unknown as { cookiegate: { record(): unknown } }).cookiegate.record());

/** The focused element, looking through open shadow roots. */
const focusedText = (p: Page) =>
  p.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === document.body ? 'BODY' : `${a?.tagName} ${a?.textContent?.trim()}`;
  });

async function axe(p: Page) {
  await p.addScriptTag({ path: AXE });
  return p.evaluate(async (tags) => {
    const r = await (
      window as unknown as {
        axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, TAGS);
}

/** WCAG relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b2] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

const styleOf = (l: Locator) =>
  l.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      fontSize: s.fontSize,
      fontWeight: s.fontWeight,
      fontFamily: s.fontFamily,
      color: s.color,
      background: s.backgroundColor,
      border: s.borderColor,
    };
  });

describe('visitor interface in Chromium', () => {
  it('has no axe violations (WCAG 2.2 AA) with the banner, with the dialog open, and in dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const v = await open('/policy', { colorScheme });
      await banner(v.page).waitFor();
      expect(await axe(v.page)).toEqual([]);
      await v.page.getByRole('button', { name: 'Manage preferences' }).click();
      await dialog(v.page).waitFor();
      // Expanded cookie tables are checked too.
      for (const s of await dialog(v.page).locator('summary').all()) await s.click();
      expect(await axe(v.page)).toEqual([]);
      expect(v.errors).toEqual([]);
      await v.context.close();
    }
  });

  it('works by keyboard alone: Tab reaches the buttons, the dialog traps focus, Escape closes and focus returns', async () => {
    const v = await open('/');
    await banner(v.page).waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await v.page.keyboard.press('Tab');
      seen.push(await focusedText(v.page));
    }
    // The banner comes first in the tab order (WCAG 2.4.3), before the page's own link.
    expect(seen.slice(0, 4)).toEqual([
      'A Cookie policy',
      'BUTTON Accept all',
      'BUTTON Reject all',
      'BUTTON Manage preferences',
    ]);
    await v.page.keyboard.down('Shift');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.up('Shift');
    expect(await focusedText(v.page)).toBe('BUTTON Manage preferences');
    await v.page.keyboard.press('Enter');
    await dialog(v.page).waitFor();
    expect(await focusedText(v.page)).toBe('BUTTON Close');
    // Tab all the way round: focus never leaves the dialog.
    const inside: string[] = [];
    for (let i = 0; i < 12; i++) {
      await v.page.keyboard.press('Tab');
      inside.push(await focusedText(v.page));
      expect(await dialog(v.page).evaluate((d) => d.contains((d.getRootNode() as ShadowRoot).activeElement))).toBe(
        true,
      );
    }
    expect(inside).toContain('BUTTON Save preferences');
    expect(inside.filter((t) => t === 'BUTTON Close').length).toBeGreaterThanOrEqual(1);
    // Shift+Tab from the first element wraps to the last.
    while ((await focusedText(v.page)) !== 'BUTTON Close') await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Shift+Tab');
    expect(await focusedText(v.page)).toBe('BUTTON Save preferences');
    // Space toggles a switch; Escape closes without recording it.
    await v.page.getByRole('switch', { name: 'Analytics' }).focus();
    await v.page.keyboard.press('Space');
    expect(await v.page.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true);
    await v.page.keyboard.press('Escape');
    await dialog(v.page).waitFor({ state: 'detached' });
    expect(await record(v.page)).toBeNull();
    expect(await focusedText(v.page)).toBe('BUTTON Manage preferences');
    // Enter on "Reject all" decides.
    await v.page.keyboard.press('Shift+Tab');
    await v.page.keyboard.press('Enter');
    await banner(v.page).waitFor({ state: 'detached' });
    expect(await record(v.page)).toMatchObject({ categories: { analytics: false } });
    await v.context.close();
  });

  it('gives "Accept all" and "Reject all" equal prominence, readable text and large targets', async () => {
    const v = await open('/');
    const accept = v.page.getByRole('button', { name: 'Accept all' });
    const reject = v.page.getByRole('button', { name: 'Reject all' });
    const manage = v.page.getByRole('button', { name: 'Manage preferences' });
    const [a, r, m] = await Promise.all([styleOf(accept), styleOf(reject), styleOf(manage)]);
    expect(r).toEqual(a);
    expect(m).toEqual(a);
    expect(contrast(a.color, a.background)).toBeGreaterThanOrEqual(4.5);
    const [ba, br, bm] = await Promise.all([accept.boundingBox(), reject.boundingBox(), manage.boundingBox()]);
    for (const b of [br, bm]) {
      expect(Math.abs(b!.width - ba!.width) / ba!.width).toBeLessThanOrEqual(0.1);
      expect(Math.abs(b!.height - ba!.height) / ba!.height).toBeLessThanOrEqual(0.1);
    }
    expect(ba!.height).toBeGreaterThanOrEqual(44);
    // Reject is a button in the banner, not a link in running text (EDPB Type C).
    expect(await reject.evaluate((el) => el.tagName === 'BUTTON' && !el.closest('p'))).toBe(true);
    expect(await banner(v.page).evaluate((el, b) => el.contains(b), await reject.elementHandle())).toBe(true);
    await v.context.close();
  });

  it('reflows at 320 CSS px with no horizontal scroll and targets of at least 24×24', async () => {
    // The declaration's table lives in the page and takes the site's CSS, so the page without it.
    const v = await open('/', { viewport: { width: 320, height: 640 } });
    await banner(v.page).waitFor();
    const check = async (scope: Locator) => {
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      for (const b of await scope.getByRole('button').all()) {
        const box = await b.boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(24);
        expect(box!.height).toBeGreaterThanOrEqual(24);
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      }
    };
    await check(banner(v.page));
    await v.page.getByRole('button', { name: 'Manage preferences' }).click();
    for (const s of await dialog(v.page).locator('summary').all()) await s.click();
    await check(dialog(v.page));
    const d = await dialog(v.page).boundingBox();
    expect(d!.x + d!.width).toBeLessThanOrEqual(320);
    await v.context.close();
  });

  it('shifts no layout (CLS 0) when the banner shows and when it goes', async () => {
    const v = await open('/cls');
    await banner(v.page).waitFor();
    // Two frames: layout shifts are reported after the frame that rendered them.
    const frames = () =>
      v.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await frames();
    // Decided through the API, not by a click: CLS leaves out shifts right after input (hadRecentInput),
    // so a click could hide the very shift this checks for.
    await v.page.evaluate(() => (window as unknown as { cookiegate: { rejectAll(): void } }).cookiegate.rejectAll());
    await banner(v.page).waitFor({ state: 'detached' });
    await v.page.getByRole('button', { name: 'Cookie preferences' }).waitFor();
    await frames();
    expect(await v.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    await v.context.close();
  });

  it('keeps focused page content clear of the banner with scroll-padding while it shows (WCAG 2.4.11)', async () => {
    const v = await open('/tall');
    await banner(v.page).waitFor();
    const height = (await banner(v.page).boundingBox())!.height;
    const pad = await v.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom));
    expect(Math.abs(pad - height)).toBeLessThanOrEqual(1);
    // The footer link, last on the page, is scrolled fully above the banner when Tab reaches it.
    for (let i = 0; i < 6; i++) await v.page.keyboard.press('Tab');
    expect(await focusedText(v.page)).toBe('A Cookie settings');
    const link = (await v.page.getByRole('link', { name: 'Cookie settings' }).boundingBox())!;
    const bar = (await banner(v.page).boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(bar.y + 1);
    await v.page.getByRole('button', { name: 'Reject all' }).click();
    expect(await v.page.evaluate(() => document.documentElement.getAttribute('style') ?? '')).toBe('');
    await v.context.close();
  });

  it('grants nothing on Escape, scrolling or clicks elsewhere, and never makes the page inert', async () => {
    const v = await open('/tall');
    await banner(v.page).waitFor();
    await v.page.keyboard.press('Escape');
    await v.page.mouse.wheel(0, 800);
    await v.page.mouse.click(5, 5);
    await v.page.getByText('tall content').click();
    expect(await record(v.page)).toBeNull();
    expect(await v.page.evaluate(() => document.cookie)).toBe('');
    await expect(banner(v.page).isVisible()).resolves.toBe(true);
    expect(await v.page.evaluate(() => document.querySelector('[inert]'))).toBeNull();
    await v.context.close();
  });

  it('decides by clicking buttons found by role and name, and reopens from a page link', async () => {
    const v = await open('/');
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    await banner(v.page).waitFor({ state: 'detached' });
    expect(await record(v.page)).toMatchObject({ categories: { necessary: true, analytics: true } });
    await v.page.getByRole('link', { name: 'Cookie settings' }).click();
    await dialog(v.page).waitFor();
    expect(v.page.url()).toBe(site.url('/'));
    expect(await v.page.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true);
    const necessary = v.page.getByRole('switch', { name: 'Strictly necessary' });
    expect(await necessary.isChecked()).toBe(true);
    expect(await necessary.isDisabled()).toBe(true);
    await v.page.getByRole('switch', { name: 'Analytics' }).click();
    await v.page.getByRole('button', { name: 'Save preferences' }).click();
    await dialog(v.page).waitFor({ state: 'detached' });
    expect(await record(v.page)).toMatchObject({ categories: { analytics: false } });
    expect(await focusedText(v.page)).toBe('A Cookie settings');
    await v.context.close();
  });

  it('stays usable under hostile host CSS (* { all: unset }, button { display: none !important })', async () => {
    const v = await open('/hostile');
    const reject = v.page.getByRole('button', { name: 'Reject all' });
    await reject.waitFor();
    expect(await reject.isVisible()).toBe(true);
    const box = (await reject.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await v.page.getByRole('button', { name: 'Manage preferences' }).click();
    await dialog(v.page).waitFor({ state: 'visible' });
    await v.page.getByRole('switch', { name: 'Analytics' }).click();
    await v.page.getByRole('button', { name: 'Save preferences' }).click();
    expect(await record(v.page)).toMatchObject({ categories: { analytics: true } });
    await v.context.close();
  });

  it('fills the declaration element with every declared cookie, in the light DOM', async () => {
    const v = await open('/policy');
    const list = v.page.locator('[data-cookiegate="declaration"]');
    await list.locator('table').first().waitFor();
    expect(await list.textContent()).not.toContain('Enable JavaScript');
    for (const c of charityConfig.cookies) {
      const row = list.locator('tr', { has: v.page.getByRole('cell', { name: c.name, exact: true }) });
      await expect(row.getByRole('cell', { name: c.purpose }).count()).resolves.toBe(1);
    }
    for (const name of ['Strictly necessary', 'Analytics'])
      expect(await list.getByRole('heading', { name }).count()).toBe(1);
    await v.context.close();
  });

  it('is a modal dialog that holds focus when mode is "modal", and Escape still grants nothing', async () => {
    const v = await open('/modal');
    const modal = v.page.getByRole('dialog', { name: /cookie/i });
    await modal.waitFor();
    for (let i = 0; i < 6; i++) {
      await v.page.keyboard.press('Tab');
      expect(await modal.evaluate((d) => d.contains((d.getRootNode() as ShadowRoot).activeElement))).toBe(true);
    }
    await v.page.keyboard.press('Escape');
    expect(await record(v.page)).toBeNull();
    await v.context.close();
  });

  it('shows a reopen button after a decision when configured', async () => {
    const v = await open('/reopen');
    await v.page.getByRole('button', { name: 'Reject all' }).click();
    await v.page.getByRole('button', { name: 'Cookie preferences' }).click();
    await dialog(v.page).waitFor();
    expect(await v.page.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(false);
    await v.context.close();
  });

  it('speaks Welsh on a Welsh site, marked lang="cy"', async () => {
    const v = await open('/welsh');
    const accept = v.page.getByRole('button', { name: 'Derbyn y cyfan' });
    await accept.waitFor();
    expect(await v.page.getByRole('button', { name: 'Gwrthod y cyfan' }).count()).toBe(1);
    expect(await accept.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('cy');
    await v.context.close();
  });

  it('follows dir="rtl": the corner box sits at the inline end, with no horizontal scroll', async () => {
    const v = await open('/rtl', { viewport: { width: 800, height: 600 } });
    const box = (await banner(v.page).boundingBox())!;
    expect(box.x).toBeLessThan(40);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await v.context.close();
  });
});
