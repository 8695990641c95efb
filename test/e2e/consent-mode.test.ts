import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, GOOGLE, launch, page, settled, startSite, visit, type Site } from './harness';

const GA = { measurementId: 'G-TEST123' };
const basic = { ...charityConfig, services: { googleAnalytics: GA } };
const advanced = {
  ...charityConfig,
  services: {
    googleAnalytics: { ...GA, mode: 'advanced', waitForUpdate: 500, region: ['GB'], adsDataRedaction: true },
  },
};

/**
 * Logs every dataLayer entry as it is pushed, with its type as `Object.prototype.toString` sees it
 * (gtag.js ignores arrays: only Arguments objects are commands) and the time of the push.
 */
const spy = () => {
  interface Entry {
    type: string;
    value: unknown;
    at: number;
  }
  const w = window as unknown as { __log: Entry[]; dataLayer?: unknown[] };
  w.__log = [];
  let layer: unknown[] | undefined;
  const wrap = (arr: unknown[]) => {
    const push = arr.push;
    arr.push = function (...items: unknown[]) {
      for (const e of items) {
        const type = Object.prototype.toString.call(e);
        const value =
          type === '[object Arguments]'
            ? Array.from(e as ArrayLike<unknown>, (v) => (v instanceof Date ? 'Date' : v))
            : e;
        w.__log.push({ type, value: JSON.parse(JSON.stringify(value)), at: performance.now() });
      }
      return push.apply(this, items);
    };
  };
  Object.defineProperty(window, 'dataLayer', {
    configurable: true,
    get: () => layer,
    set: (v: unknown[]) => {
      if (v && v !== layer) wrap(v);
      layer = v;
    },
  });
};

interface Entry {
  type: string;
  value: unknown[] | Record<string, unknown>;
  at: number;
}
const log = (p: Page) => p.evaluate(() => (window as unknown as { __log: Entry[] }).__log);
const commands = (entries: Entry[]) =>
  entries.filter((e) => e.type === '[object Arguments]').map((e) => e.value as unknown[]);
const updates = (entries: Entry[]) =>
  commands(entries)
    .filter((c) => c[0] === 'consent' && c[1] === 'update')
    .map((c) => c[2] as Record<string, string>);
/** Waits until the log holds a gtag command whose first two arguments are `name` and `detail`. */
const logged = (p: Page, name: string, detail?: string) =>
  p.waitForFunction(
    ([command, argument]) =>
      (window as unknown as { __log: Entry[] }).__log.some(
        (e) => Array.isArray(e.value) && e.value[0] === command && (argument === undefined || e.value[1] === argument),
      ),
    [name, detail] as const,
  );
/** Waits until Google's tag has been fetched (its resource timing entry exists). */
const gtagFetched = (p: Page) =>
  p.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/gtag/js')));
const gtagStart = (p: Page) =>
  p.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/gtag/js'))
      .map((r) => r.startTime),
  );
interface Api {
  acceptAll(): void;
  rejectAll(): void;
  set(c: Record<string, boolean>): void;
}
const cookiegate = (p: Page) => ({
  acceptAll: () => p.evaluate(() => (window as unknown as { cookiegate: Api }).cookiegate.acceptAll()),
  rejectAll: () => p.evaluate(() => (window as unknown as { cookiegate: Api }).cookiegate.rejectAll()),
  set: (c: Record<string, boolean>) =>
    p.evaluate((choice) => (window as unknown as { cookiegate: Api }).cookiegate.set(choice), c),
});

const DENIED = {
  ad_storage: 'denied',
  analytics_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({ '/': page(basic), '/advanced': page(advanced) });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path = '/') {
  const v = await visit(browser);
  await v.context.addInitScript(spy);
  await v.page.goto(site.url(path));
  await v.page.waitForFunction(() => 'cookiegate' in window);
  // What the tag does at start-up (the default, in advanced mode the tag) has run.
  await settled(v.page);
  return v;
}

describe('Google Consent Mode v2 in Chromium', () => {
  it('pushes the denied default first, as Arguments, and loads no Google script before consent', async () => {
    const v = await open();
    const entries = await log(v.page);
    expect(entries[0]).toMatchObject({ type: '[object Arguments]', value: ['consent', 'default', DENIED] });
    expect(commands(entries).some((c) => c[0] === 'js' || c[0] === 'config')).toBe(false);
    expect(v.requested.filter((u) => GOOGLE.test(u))).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('after accepting, requests gtag/js once, after the default, with the update granted before config', async () => {
    const v = await open();
    await cookiegate(v.page).acceptAll();
    await logged(v.page, 'config');
    await gtagFetched(v.page);
    // Then nothing more is pushed or requested (the tag once).
    await settled(v.page);
    const entries = await log(v.page);
    const gtagEntries = entries.filter((e) => !(e.value && 'event' in (e.value as object)));
    expect(gtagEntries.every((e) => e.type === '[object Arguments]')).toBe(true);
    expect(entries.some((e) => e.type === '[object Array]')).toBe(false);
    expect(v.requested.filter((u) => u.includes('googletagmanager.com/gtag/js?id=G-TEST123'))).toHaveLength(1);
    expect(v.requested.filter((u) => GOOGLE.test(u))).toHaveLength(1);
    expect(updates(entries)).toEqual([{ ...DENIED, analytics_storage: 'granted' }]);
    const names = commands(entries).map((c) => `${String(c[0])} ${String(c[1])}`);
    expect(names).toEqual(['consent default', 'consent update', 'js Date', 'config G-TEST123']);
    // Timing in the page's clock: the default precedes the request of Google's tag.
    const [start] = await gtagStart(v.page);
    expect(start).toBeGreaterThan(0);
    expect(entries[0].at).toBeLessThan(start);
    expect(entries.find((e) => (e.value as { event?: string }).event === 'cookiegate_consent')?.value).toEqual({
      event: 'cookiegate_consent',
      cookiegate: { necessary: true, analytics: true },
    });
    await v.context.close();
  });

  it('pushes a denied update after rejecting and loads nothing', async () => {
    const v = await open();
    await cookiegate(v.page).rejectAll();
    await logged(v.page, 'consent', 'update');
    // Nothing is requested after it (the check is that something does NOT happen).
    await settled(v.page);
    expect(updates(await log(v.page))).toEqual([DENIED]);
    expect(v.requested.filter((u) => GOOGLE.test(u))).toEqual([]);
    await v.context.close();
  });

  it('pushes a denied update and sets the opt-out flag on withdrawal', async () => {
    const v = await open();
    await cookiegate(v.page).acceptAll();
    await cookiegate(v.page).set({ analytics: false });
    const all = updates(await log(v.page));
    expect(all).toHaveLength(2);
    expect(all[1]).toEqual(DENIED);
    expect(await v.page.evaluate(() => (window as unknown as Record<string, unknown>)['ga-disable-G-TEST123'])).toBe(
      true,
    );
    await v.context.close();
  });

  it('with a stored grant, pushes default then update at once and loads the tag once', async () => {
    const v = await open();
    await cookiegate(v.page).acceptAll();
    await v.page.reload();
    await logged(v.page, 'config');
    await gtagFetched(v.page);
    await settled(v.page);
    const names = commands(await log(v.page)).map((c) => `${String(c[0])} ${String(c[1])}`);
    expect(names).toEqual(['consent default', 'consent update', 'js Date', 'config G-TEST123']);
    expect(v.requested.filter((u) => u.includes('gtag/js'))).toHaveLength(2); // once per page load
    await v.context.close();
  });

  it('advanced mode loads the tag at once under the denied default, with set entries before config', async () => {
    const v = await open('/advanced');
    const entries = await log(v.page);
    const names = commands(entries).map((c) => `${String(c[0])} ${String(c[1])}`);
    expect(names).toEqual(['consent default', 'set ads_data_redaction', 'js Date', 'config G-TEST123']);
    expect(commands(entries)[0][2]).toEqual({ ...DENIED, wait_for_update: 500, region: ['GB'] });
    expect(v.requested.filter((u) => u.includes('gtag/js?id=G-TEST123'))).toHaveLength(1);
    const [start] = await gtagStart(v.page);
    expect(start).toBeGreaterThan(0);
    expect(entries[0].at).toBeLessThan(start);
    await v.context.close();
  });
});
