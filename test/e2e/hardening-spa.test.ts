// Issue 6: single-page apps. Client-side navigation with history.pushState keeps the banner and the
// dialog as they were; gated tags a router adds are handled; destroy() leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, launch, page, settled, startSite, visit, type Site } from './harness';

/**
 * A minimal client-side router: it swaps the content of <main> and pushes a history entry, as
 * React Router or Vue Router do. Route 2 holds a gated tag, as a page-level analytics snippet would.
 */
const router = `<script>
window.go = (path) => {
  history.pushState({}, '', path);
  const main = document.querySelector('main');
  main.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = 'Route ' + path;
  main.append(h1);
  if (path === '/route-2') {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.category = 'analytics';
    s.text = "(window.__ran = window.__ran || []).push('route-2')";
    main.append(s);
  }
};
</script>`;

/**
 * Counts live listeners and observers: installed before any page script runs. A listener on an
 * element no longer in the document goes with it, and a `once` listener for DOMContentLoaded or
 * load is dropped by the browser after the event, so neither counts.
 */
const countListeners = () => {
  interface Entry {
    target: EventTarget;
    type: string;
    fn: unknown;
    capture: boolean;
    once: boolean;
  }
  const entries: Entry[] = [];
  const capture = (o: unknown) => (typeof o === 'boolean' ? o : !!(o as { capture?: boolean } | undefined)?.capture);
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    o?: boolean | AddEventListenerOptions,
  ) {
    const c = capture(o);
    if (fn && !entries.some((e) => e.target === this && e.type === type && e.fn === fn && e.capture === c)) {
      entries.push({ target: this, type, fn, capture: c, once: typeof o === 'object' && !!o.once });
    }
    add.call(this, type, fn, o);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    o?: boolean | EventListenerOptions,
  ) {
    const c = capture(o);
    const i = entries.findIndex((e) => e.target === this && e.type === type && e.fn === fn && e.capture === c);
    if (i >= 0) entries.splice(i, 1);
    remove.call(this, type, fn, o);
  };
  // Observed targets per observer: observe adds, unobserve (ResizeObserver) removes one, disconnect all.
  const observed = new Map<object, Set<unknown>>();
  for (const Ctor of [MutationObserver, ResizeObserver] as unknown as {
    prototype: Record<string, (...a: unknown[]) => void>;
  }[]) {
    const { observe, disconnect, unobserve } = Ctor.prototype;
    Ctor.prototype.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      observed.set(this, (observed.get(this) ?? new Set()).add(target));
      observe.call(this, target, ...rest);
    };
    Ctor.prototype.disconnect = function (this: object) {
      observed.delete(this);
      disconnect.call(this);
    };
    if (unobserve) {
      Ctor.prototype.unobserve = function (this: object, target: unknown) {
        observed.get(this)?.delete(target);
        unobserve.call(this, target);
      };
    }
  }
  const name = (t: EventTarget) =>
    t === window ? 'window' : t === document ? 'document' : ((t as Node).nodeName ?? t.constructor.name);
  (window as unknown as { __live: () => Record<string, number> }).__live = () => {
    const out: Record<string, number> = {};
    for (const e of entries) {
      if (e.target instanceof Node && e.target !== document && !e.target.isConnected) continue;
      if (e.once && /^(DOMContentLoaded|load)$/.test(e.type) && document.readyState === 'complete') continue;
      const k = `${name(e.target)}:${e.type}`;
      out[k] = (out[k] ?? 0) + 1;
    }
    const observers = [...observed.values()].filter((targets) => targets.size).length;
    if (observers) out.observers = observers;
    return out;
  };
};

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const spa = page(charityConfig, router);
  site = await startSite({
    '/': spa,
    '/declaration': page(
      { ...charityConfig, reopenButton: true },
      `${router}<section data-cookiegate="declaration"></section><a href="#" data-cookiegate="preferences">Cookie settings</a>`,
    ),
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const go = (p: Page, path: string) => p.evaluate((to) => (window as unknown as { go(p: string): void }).go(to), path);
const ran = (p: Page) => p.evaluate(() => (window as { __ran?: string[] }).__ran ?? []);

describe('single-page apps', () => {
  it('keeps the banner and the open dialog, with its unsaved switches, across pushState navigation', async () => {
    const v = await visit(browser);
    v.page.setDefaultTimeout(8000);
    await v.page.goto(site.url('/'));
    const banner = v.page.getByRole('region', { name: /cookie/i });
    await banner.waitFor();
    await go(v.page, '/route-1');
    expect(await banner.isVisible()).toBe(true);
    await banner.getByRole('button', { name: 'Manage preferences' }).click();
    const analytics = v.page.getByRole('switch', { name: 'Analytics' });
    await analytics.check();
    await go(v.page, '/route-2');
    expect(v.page.url()).toMatch(/\/route-2$/);
    expect(await v.page.getByRole('dialog').isVisible()).toBe(true);
    expect(await analytics.isChecked()).toBe(true);
    // Nothing was granted by navigating: the route's gated tag waits.
    expect(await ran(v.page)).toEqual([]);
    await v.page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => ran(v.page)).toEqual(['route-2']);
    await banner.waitFor({ state: 'detached' });
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('activates a gated tag that a route adds at once when its category is already granted', async () => {
    const v = await visit(browser);
    await v.page.goto(site.url('/'));
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    await go(v.page, '/route-2');
    await expect.poll(() => ran(v.page), { timeout: 2000 }).toEqual(['route-2']);
    await go(v.page, '/route-1');
    await go(v.page, '/route-2');
    // Each route visit adds a new tag, and each runs once.
    await expect.poll(() => ran(v.page), { timeout: 2000 }).toEqual(['route-2', 'route-2']);
    // Back and forward do not replay anything by themselves.
    await v.page.goBack();
    await v.page.waitForFunction(() => location.pathname === '/route-1');
    // Nothing replays (the check is that something does NOT happen).
    await settled(v.page);
    expect(await ran(v.page)).toEqual(['route-2', 'route-2']);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  for (const [name, path, decide] of [
    ['with the banner showing', '/', false],
    ['after a decision, with a declaration, an opener and the reopen button', '/declaration', true],
  ] as const) {
    it(`destroy() leaves no listeners or observers behind, ${name}`, async () => {
      const v = await visit(browser);
      await v.page.addInitScript(countListeners);
      await v.page.goto(site.url(path));
      await v.page.getByRole('region', { name: /cookie/i }).waitFor();
      if (decide) {
        await v.page.getByRole('button', { name: 'Reject all' }).click();
        await v.page.getByRole('button', { name: 'Cookie preferences' }).click();
        await v.page.getByRole('button', { name: 'Close' }).click();
      }
      // Listeners the page's own scripts and the browser's `load` plumbing hold are not ours.
      const before = await v.page.evaluate(() =>
        (window as unknown as { __live: () => Record<string, number> }).__live(),
      );
      await v.page.evaluate(() => (window as unknown as { cookiegate: { destroy(): void } }).cookiegate.destroy());
      const after = await v.page.evaluate(() =>
        (window as unknown as { __live: () => Record<string, number> }).__live(),
      );
      console.log(`destroy() ${name}: live before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
      expect(after).toEqual({});
      // The interface goes with the instance: a banner left behind would write a decision nobody reads.
      expect(await v.page.locator('cookiegate-ui').count()).toBe(0);
      expect(v.errors).toEqual([]);
      await v.context.close();
    });
  }
});
