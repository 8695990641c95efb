// Non-text contrast in Chromium (compliance.md F.27, WCAG 1.4.11; issue 19 point 5): the boundary
// and thumb of every switch (and tri-state checkbox), off and on, and their focus rings, at 3:1
// or more against what they sit on, in light and in dark mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { charityConfig, launch, page, startSite, visit, type Site } from './harness';

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  // Marketing is another optional category, so switches are measured on and off side by side.
  const config = { ...charityConfig, categories: { ...charityConfig.categories, marketing: { title: 'Marketing' } } };
  site = await startSite({ '/': page(config) });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** WCAG relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b2] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (light + 0.05) / (dark + 0.05);
}

/** The colours that make a switch readable: its border, its track, its thumb, and the panel behind it. */
const switchColours = (control: Locator) =>
  control.evaluate((element) => {
    const style = getComputedStyle(element);
    const thumb = getComputedStyle(element, '::before');
    let panel = element.parentElement;
    while (panel && /rgba\(.*, 0\)$|transparent/.test(getComputedStyle(panel).backgroundColor))
      panel = panel.parentElement;
    return {
      checked: (element as HTMLInputElement).checked,
      border: style.borderTopColor,
      borderWidth: parseFloat(style.borderTopWidth),
      track: style.backgroundColor,
      thumb: thumb.backgroundColor,
      thumbShown: thumb.content !== 'none' && parseFloat(thumb.width) > 0,
      panel: panel ? getComputedStyle(panel).backgroundColor : 'rgb(255, 255, 255)',
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outline: style.outlineColor,
    };
  });

describe('non-text contrast of the preferences controls (WCAG 1.4.11)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: switch boundaries, thumbs and focus rings reach 3:1, off and on`, async () => {
      // Reduced motion: the thumb is measured where it rests, not halfway through its 0.2 s slide.
      const v = await visit(browser, { colorScheme, reducedMotion: 'reduce' });
      await v.page.goto(site.url('/'));
      await v.page.getByRole('button', { name: 'Manage preferences' }).click();
      const dialog = v.page.getByRole('dialog', { name: 'Cookie preferences' });
      await dialog.waitFor();
      // Analytics on, Marketing off; the required one is on and disabled.
      await v.page.getByRole('switch', { name: 'Analytics' }).click();
      const controls = await dialog.locator('[role="switch"], [role="checkbox"]').all();
      expect(controls.length).toBe(3);
      const states = new Set<boolean>();
      for (const control of controls) {
        const colours = await switchColours(control);
        const where = JSON.stringify(colours);
        states.add(colours.checked);
        // The boundary: the border against the panel, or, when on, the filled track against it.
        expect(colours.borderWidth, where).toBeGreaterThanOrEqual(1);
        const boundary = Math.max(contrast(colours.border, colours.panel), contrast(colours.track, colours.panel));
        expect(boundary, where).toBeGreaterThanOrEqual(3);
        // The thumb against the track it moves along.
        expect(colours.thumbShown, where).toBe(true);
        expect(contrast(colours.thumb, colours.track), where).toBeGreaterThanOrEqual(3);
      }
      expect([...states].sort()).toEqual([false, true]);
      // The focus ring of a switch, reached by keyboard, against the panel.
      const marketing = v.page.getByRole('switch', { name: 'Marketing' });
      const hasFocus = () =>
        marketing.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element);
      for (let i = 0; i < 12 && !(await hasFocus()); i++) await v.page.keyboard.press('Tab');
      expect(await hasFocus()).toBe(true);
      const ring = await switchColours(marketing);
      expect(ring.outlineStyle).not.toBe('none');
      expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.outline, ring.panel), JSON.stringify(ring)).toBeGreaterThanOrEqual(3);
      await v.context.close();
    });
  }
});
