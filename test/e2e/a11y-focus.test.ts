// Focus in Chromium, through the one-tag install (compliance.md F.25, F.26; issue 19 points 2-4):
// where focus goes after a decision (never <body>), a visible focus indicator of at least 2 px at
// 3:1 on every control of the banner, the dialog and the reopen control, nothing of ours covering
// a focused element, and the floating reopen control itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, launch, page, startSite, visit, type Site } from './harness';

let browser: Browser;
let site: Site;

/** Enough page controls, down to the end of a long page, to pass under a bottom bar. */
const tallPage = `<div style="height:1500px">tall content</div><p><a href="/one">One</a> <a href="/two">Two</a></p>
<div style="height:300px"></div><footer><a href="/end">Last link</a></footer>`;
const reopen = { ...charityConfig, reopenButton: true };

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    '/bar': page(charityConfig),
    '/modal': page({ ...charityConfig, mode: 'modal' }),
    '/no-main': page(charityConfig).replace('<main>', '<div>').replace('</main>', '</div>'),
    '/tall': page(reopen, tallPage),
    '/tall-modal': page({ ...reopen, mode: 'modal' }, tallPage),
    '/themed': page(
      reopen,
      '',
      '<style>:root { --cookiegate-reopen-bg: rgb(0, 80, 0); --cookiegate-reopen-fg: rgb(255, 255, 255) }</style>',
    ),
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const v = await visit(browser, { colorScheme, viewport: { width: 1000, height: 700 } });
  await v.page.goto(site.url(path));
  await v.page.locator('cookiegate-ui [role="region"], cookiegate-ui [role="dialog"]').first().waitFor();
  return v;
}

/** The focused element, looking through open shadow roots: tag and text, or BODY. */
const focusedText = (p: Page) =>
  p.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'BODY';
    return `${active.tagName} ${active.getAttribute('role') ?? ''} ${(active.textContent ?? '').trim().slice(0, 30)}`
      .replace(/\s+/g, ' ')
      .trim();
  });

/** Presses Tab until `label` has focus; fails after `limit` presses. */
async function tabTo(p: Page, label: string, limit = 20) {
  for (let i = 0; i < limit; i++) {
    if ((await focusedText(p)) === label) return;
    await p.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${label}; last: ${await focusedText(p)}`);
}

const bannerGone = (p: Page) => p.locator('cookiegate-ui [aria-label="Cookie consent"]').waitFor({ state: 'detached' });

describe('focus after a decision in the banner (F.25)', () => {
  for (const mode of ['bar', 'modal'] as const) {
    it(`${mode}: goes to the start of the main content when the banner had it from the start`, async () => {
      const v = await open(`/${mode}`);
      await tabTo(v.page, 'BUTTON Reject all');
      await v.page.keyboard.press('Enter');
      await bannerGone(v.page);
      expect(await focusedText(v.page)).toMatch(/^MAIN/);
      // The next Tab continues in the page's content, not from the top of the document.
      await v.page.keyboard.press('Tab');
      expect(await focusedText(v.page)).toBe('A A link');
      await v.context.close();
    });

    it(`${mode}: after "Save preferences" from the banner's dialog, not <body>`, async () => {
      const v = await open(`/${mode}`);
      await tabTo(v.page, 'BUTTON Manage preferences');
      await v.page.keyboard.press('Enter');
      await tabTo(v.page, 'BUTTON Save preferences');
      await v.page.keyboard.press('Enter');
      await bannerGone(v.page);
      expect(await focusedText(v.page)).toMatch(/^MAIN/);
      await v.context.close();
    });
  }

  it('bar: returns to the page control that had focus before the visitor moved into the banner', async () => {
    const v = await open('/bar');
    await v.page.getByRole('link', { name: 'A link' }).focus();
    // Shift+Tab from the page's first link goes back into the banner, which comes first.
    await v.page.keyboard.press('Shift+Tab');
    expect(await focusedText(v.page)).toBe('BUTTON Manage preferences');
    await v.page.keyboard.press('Shift+Tab');
    await v.page.keyboard.press('Enter');
    await bannerGone(v.page);
    expect(await focusedText(v.page)).toBe('A A link');
    await v.context.close();
  });

  it('without a main landmark, goes to the first heading', async () => {
    const v = await open('/no-main');
    await tabTo(v.page, 'BUTTON Accept all');
    await v.page.keyboard.press('Enter');
    await bannerGone(v.page);
    expect(await focusedText(v.page)).toBe('H1 Test page');
    await v.context.close();
  });
});

/** What a focused element looks like: its focus indicator, what lies behind it, and what covers it. */
interface FocusLook {
  label: string;
  ours: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** The box-shadow ring's colour and spread (0 without one). */
  ringColor: string;
  ringWidth: number;
  /** The first non-transparent background behind the element, across the shadow boundary. */
  behind: string;
  /** Sample points of the element (centre, inset corners) where something of ours lies on top. */
  coveredPoints: number;
}

const lookAtFocus = (p: Page): Promise<FocusLook> =>
  p.evaluate(() => {
    let element = document.activeElement!;
    while (element.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const host = document.querySelector('cookiegate-ui');
    const ours = element.getRootNode() !== document;
    const style = getComputedStyle(element);
    const parentOf = (node: Element) =>
      node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    let behind = 'rgb(255, 255, 255)'; // the canvas, when nothing on the way has a background
    for (let node = parentOf(element); node; node = parentOf(node)) {
      const background = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)$|transparent/.test(background)) {
        behind = background;
        break;
      }
    }
    const ring = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px/.exec(style.boxShadow);
    const rect = element.getBoundingClientRect();
    // Inset far enough that rounded corners (which hit-testing excludes) do not count.
    const inset = Math.min(rect.width, rect.height) / 4;
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + inset, rect.top + inset],
      [rect.right - inset, rect.top + inset],
      [rect.left + inset, rect.bottom - inset],
      [rect.right - inset, rect.bottom - inset],
    ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
    const coveredPoints = points.filter(([x, y]) => {
      let top = document.elementFromPoint(x, y);
      if (top === host) top = host!.shadowRoot!.elementFromPoint(x, y);
      if (!top || top === element || element.contains(top)) return false;
      return top === host || (host?.shadowRoot?.contains(top) ?? false);
    }).length;
    return {
      label: `${element.tagName} ${(element.textContent ?? '').trim().slice(0, 30)}`.trim(),
      ours,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      ringColor: ring?.[1] ?? '',
      ringWidth: ring ? parseFloat(ring[2]) : 0,
      behind,
      coveredPoints,
    };
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

/**
 * WCAG 2.4.7, 1.4.11 and (where cheap) 2.4.13: an outline of at least 2 px at 3:1 against what lies
 * behind it; or, where a control floats over the page's unknown colours, two bands of 2 px or more
 * (technique C40) at 3:1 to each other, one of them at 3:1 against the page.
 */
function expectVisibleIndicator(look: FocusLook) {
  const where = `${look.label}: ${JSON.stringify(look)}`;
  expect(look.outlineStyle, where).not.toBe('none');
  expect(look.outlineWidth, where).toBeGreaterThanOrEqual(2);
  if (contrast(look.outlineColor, look.behind) >= 3) return;
  expect(look.ringWidth, where).toBeGreaterThanOrEqual(2);
  expect(contrast(look.ringColor, look.outlineColor), where).toBeGreaterThanOrEqual(3);
  expect(contrast(look.ringColor, look.behind), where).toBeGreaterThanOrEqual(3);
}

/** Tabs round once from the current focus, returning how each control looked; stops at the first repeat. */
async function tabRound(p: Page, presses: number): Promise<FocusLook[]> {
  const seen: FocusLook[] = [];
  for (let i = 0; i < presses; i++) {
    await p.keyboard.press('Tab');
    if ((await focusedText(p)) === 'BODY') continue;
    const look = await lookAtFocus(p);
    if (seen.some((earlier) => earlier.label === look.label)) break;
    seen.push(look);
  }
  return seen;
}

describe('focus visible and not obscured (F.26, WCAG 2.4.7, 2.4.11, 1.4.11)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: every control of the bar and of the page while it shows`, async () => {
      const v = await open('/tall', colorScheme);
      const looks = await tabRound(v.page, 16);
      const ours = looks.filter((look) => look.ours);
      expect(ours.map((look) => look.label)).toEqual([
        'A Cookie policy',
        'BUTTON Accept all',
        'BUTTON Reject all',
        'BUTTON Manage preferences',
      ]);
      for (const look of ours) expectVisibleIndicator(look);
      // The page's own links, down to the last one, scroll clear of the bar (scroll-padding).
      expect(looks.map((look) => look.label)).toContain('A Last link');
      for (const look of looks) expect(look.coveredPoints, look.label).toBe(0);
      await v.context.close();
    });

    it(`${colorScheme}: every control of the preferences dialog`, async () => {
      const v = await open('/tall', colorScheme);
      await v.page.getByRole('button', { name: 'Manage preferences' }).click();
      await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
      const looks = await tabRound(v.page, 16);
      const labels = looks.map((look) => look.label);
      for (const expected of ['BUTTON Close', 'INPUT', 'SUMMARY Cookies used (1)', 'BUTTON Save preferences'])
        expect(labels).toContain(expected);
      for (const look of looks) {
        expect(look.ours, look.label).toBe(true);
        expectVisibleIndicator(look);
        expect(look.coveredPoints, look.label).toBe(0);
      }
      await v.context.close();
    });

    it(`${colorScheme}: the reopen control, and the page's last link clear of it`, async () => {
      const v = await open('/tall', colorScheme);
      await v.page.getByRole('button', { name: 'Reject all' }).click();
      const control = v.page.getByRole('button', { name: 'Cookie preferences' });
      await control.waitFor();
      await v.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const looks = await tabRound(v.page, 8);
      const reopen = looks.find((look) => look.label === 'BUTTON Cookie preferences');
      expect(reopen).toBeDefined();
      expectVisibleIndicator(reopen!);
      expect(reopen!.coveredPoints).toBe(0);
      const last = looks.find((look) => look.label === 'A Last link');
      expect(last?.coveredPoints).toBe(0);
      await v.context.close();
    });
  }
});

describe('the floating reopen control (issue 19 point 2)', () => {
  it('is small, labelled, keyboard-reachable, opens the dialog and takes focus back', async () => {
    const v = await open('/tall');
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    const control = v.page.getByRole('button', { name: 'Cookie preferences' });
    const box = (await control.boundingBox())!;
    // A 24×24 target at least (WCAG 2.5.8), and small: it must not hide the page.
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeLessThanOrEqual(48);
    expect(box.width).toBeLessThanOrEqual(260);
    await tabTo(v.page, 'BUTTON Cookie preferences');
    await v.page.keyboard.press('Enter');
    await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    await v.page.keyboard.press('Escape');
    await v.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focusedText(v.page)).toBe('BUTTON Cookie preferences');
    await v.context.close();
  });

  it('gives the page scroll padding as deep as it reaches, so the end of the page scrolls clear of it', async () => {
    const v = await open('/tall');
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    const control = v.page.getByRole('button', { name: 'Cookie preferences' });
    await control.waitFor();
    const depth = await control.evaluate(
      (el) => document.documentElement.clientHeight - el.getBoundingClientRect().top,
    );
    await expect
      .poll(() => v.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)))
      .toBeCloseTo(depth, 0);
    // Scrolled to the very end, the last link is above the control, not under it.
    await v.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const link = (await v.page.getByRole('link', { name: 'Last link' }).boundingBox())!;
    const box = (await control.boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(box.y);
    await v.context.close();
  });

  it('is themable with CSS custom properties on the page', async () => {
    const v = await open('/themed');
    await v.page.getByRole('button', { name: 'Reject all' }).click();
    const control = v.page.getByRole('button', { name: 'Cookie preferences' });
    await control.waitFor();
    const colours = await control.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colours).toEqual(['rgb(0, 80, 0)', 'rgb(255, 255, 255)']);
    await v.context.close();
  });
});
