// No layout shift from the banner, as the visitor sees it: when it shows and when it goes, at the
// top of a long page and scrolled to its end. Chromium's layout-shift entries leave out shifts
// within 500 ms of a click (`hadRecentInput`), so a banner that pushes the page when "Reject all"
// is clicked would still score CLS 0; this test compares where every element of the page is on
// screen before and after instead, and reads the layout-shift entries of a change made without input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, launch, page, startSite, visit, type Site } from './harness';

const tall = '<div style="height:3000px">tall content</div><p id="last">The end of the page</p>';
/** Every layout-shift entry, including those after input, which CLS itself leaves out. */
const shiftLog = `<script>window.__shifts = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, input: entry.hadRecentInput }); }).observe({ type: 'layout-shift', buffered: true });</script>`;

/** The boxes of the page's own elements on screen (the banner's host element left out). */
const boxes = (target: Page) =>
  target.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((element) => element.localName !== 'cookiegate-ui' && !element.closest('cookiegate-ui'))
      .map((element, index) => {
        const box = element.getBoundingClientRect();
        return `${index} ${element.localName} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
      }),
  );
const shifts = (target: Page) =>
  target.evaluate(() => (window as unknown as { __shifts: { value: number; input: boolean }[] }).__shifts);
const banner = (target: Page) => target.getByRole('region', { name: /cookie/i });
/** Two animation frames: the browser has laid out and painted whatever the last change did. */
const painted = (target: Page) =>
  target.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({ '/': page(charityConfig, tall, shiftLog) });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the page with the banner showing, at the top or scrolled to the end, and notes where the page's content is. */
async function withBanner(toEnd: boolean) {
  const v = await visit(browser, { viewport: { width: 1024, height: 700 } });
  await v.page.goto(site.url('/'));
  await banner(v.page).waitFor();
  if (toEnd) await v.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await painted(v.page);
  return { ...v, before: await boxes(v.page) };
}

const byClick = (target: Page) => banner(target).getByRole('button', { name: 'Reject all' }).click();
const byApi = (target: Page) =>
  target.evaluate(() => (window as unknown as { cookiegate: { rejectAll(): void } }).cookiegate.rejectAll());

describe('layout shift', () => {
  it.each([
    ['by a click', byClick],
    ['through the API, without input', byApi],
  ])(
    'moves no page content when the banner shows and when it goes %s, at the top of the page',
    async (_how, decide) => {
      const v = await withBanner(false);
      await decide(v.page);
      await banner(v.page).waitFor({ state: 'detached' });
      await painted(v.page);
      expect(await boxes(v.page)).toEqual(v.before);
      // Neither the banner's arrival nor its going (without input) scored a layout shift.
      expect((await shifts(v.page)).filter((entry) => !entry.input)).toEqual([]);
      await v.context.close();
    },
  );

  // KNOWN FAILURE (found by this test; src/ui owns the fix): while the banner shows, the page gets
  // `padding-bottom` equal to its height (so the end of the page can scroll clear of it, WCAG
  // 2.4.11). When the banner goes, scrolled to the end, the page gets shorter, the browser clamps
  // the scroll position and every element moves down by the banner's height (214 px here).
  // Chromium does not score scroll-caused moves as layout shift, but the visitor sees the jump.
  // Remove `.fails` once the banner goes without moving the page.
  it.fails('moves no page content when the banner goes, scrolled to the end of the page', async () => {
    const v = await withBanner(true);
    await byApi(v.page);
    await banner(v.page).waitFor({ state: 'detached' });
    await painted(v.page);
    try {
      expect(await boxes(v.page)).toEqual(v.before);
    } finally {
      await v.context.close();
    }
  });
});
