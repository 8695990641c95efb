// What auto-blocking can and cannot hold, measured in Chromium (issue 16, point 4): for each way a
// tag can arrive after the cookiegate tag (first in <head>, synchronous), whether a request leaves,
// whether its code runs, and whether a cookie is set before consent, by its script or by a
// Set-Cookie header on the (possibly speculative) fetch. The table is printed; the rows the library
// guarantees are pinned (DESIGN.md behaviour 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, startSite, type Site } from './harness';
import { gaJs, gtm, youtube } from './fixtures/vendors/snippets';
import { recorder, vendorRan, vendorVisit } from './fixtures/vendors/routing';

const config = {
  revision: '2026-12-06',
  autoBlock: true,
  categories: { necessary: { required: true }, analytics: { title: 'Analytics' }, marketing: { title: 'Marketing' } },
  services: {
    googleAnalytics: { measurementId: 'G-TEST123', category: 'analytics' },
    youtube: { category: 'marketing', title: 'YouTube', urls: ['https://www.youtube.com/embed/*'] },
    // A tag served from the site's own host: its Set-Cookie would be a first-party cookie.
    selfHosted: {
      category: 'analytics',
      title: 'Self-hosted tracker',
      urls: ['http://www.example.org.uk*/tracker.js*'],
    },
  },
};
const json = `<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>`;
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123';
const VIDEO = 'https://www.youtube.com/embed/abc';

interface Case {
  /** How the tag arrives. */
  way: string;
  head?: string;
  body?: string;
  /** What identifies its request, its run and its cookies. */
  path: RegExp;
  marker: string;
  scriptCookie: string;
  /** The library cannot guarantee that this way's code never runs (see the row). */
  mayRun?: boolean;
  /** Whether the library guarantees that no request leaves (what scripts insert). */
  noRequest: boolean;
}

const CASES: Case[] = [
  {
    way: 'HTML `<script src>` (vendor host)',
    head: `<script src="${GTAG}"></script>`,
    path: /\/gtag\/js/,
    marker: 'gtag',
    scriptCookie: '_ga',
    noRequest: false,
  },
  {
    way: 'HTML `<script async src>` (vendor host)',
    head: `<script async src="${GTAG}"></script>`,
    path: /\/gtag\/js/,
    marker: 'gtag',
    scriptCookie: '_ga',
    noRequest: false,
  },
  {
    way: 'HTML `<script src>` (site’s own host)',
    head: '<script src="/tracker.js"></script>',
    path: /\/tracker\.js/,
    marker: 'tracker',
    scriptCookie: 'tracker_js',
    noRequest: false,
  },
  {
    way: 'HTML `<script async src>` (site’s own host)',
    head: '<script async src="/tracker.js"></script>',
    path: /\/tracker\.js/,
    marker: 'tracker',
    scriptCookie: 'tracker_js',
    noRequest: false,
  },
  {
    way: 'a snippet that inserts (ga.js)',
    head: gaJs,
    path: /\/ga\.js/,
    marker: 'ga.js',
    scriptCookie: '__utma',
    noRequest: true,
  },
  {
    way: 'Google Tag Manager’s snippet',
    head: gtm,
    path: /\/gtm\.js/,
    marker: 'gtm',
    scriptCookie: '_gcl_au',
    noRequest: true,
  },
  {
    way: '`document.write` of a `<script src>`',
    head: `<script>document.write('<script src="${GTAG}"><\\/script>');</script>`,
    path: /\/gtag\/js/,
    marker: 'gtag',
    scriptCookie: '_ga',
    noRequest: true,
  },
  {
    way: 'an iframe in the HTML',
    body: youtube,
    path: /\/embed\//,
    marker: 'youtube',
    scriptCookie: 'YSC',
    noRequest: false,
    // The parser starts its navigation before any script sees the element; the observer cancels
    // it when first told, but a cross-site frame loads in a process of its own (site isolation)
    // and its document can run first: seen in 1 of 2 full CI runs. Measured and written down
    // (README, "What auto-blocking cannot do"), not guaranteed: gated markup (`data-src`) is.
    mayRun: true,
  },
  {
    way: 'an inserted iframe (createElement, src, append)',
    body: `<script>var f = document.createElement('iframe'); f.src = '${VIDEO}'; f.width = 560; f.height = 315; document.body.append(f);</script>`,
    path: /\/embed\//,
    marker: 'youtube',
    scriptCookie: 'YSC',
    noRequest: true,
  },
  {
    way: 'an iframe written by `innerHTML`',
    body: `<div id="box"></div><script>document.getElementById('box').innerHTML = '<iframe src="${VIDEO}" width="560" height="315"></iframe>';</script>`,
    path: /\/embed\//,
    marker: 'youtube',
    scriptCookie: 'YSC',
    noRequest: true,
  },
];

const page = (c: Case) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${json}<script src="/cookiegate.js"></script>${recorder}${c.head ?? ''}</head><body><h1>t</h1>${c.body ?? ''}<p>end</p></body></html>`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const pages: Record<string, string> = {};
  CASES.forEach((c, i) => (pages[`/case-${i}`] = page(c)));
  site = await startSite(pages, (req, res) => {
    if (!req.url?.startsWith('/tracker.js')) return false;
    res.writeHead(200, { 'content-type': 'text/javascript', 'set-cookie': 'tracker_hdr=1; Path=/; Max-Age=600' });
    res.end(
      "document.cookie = 'tracker_js=1; path=/; max-age=600'; (window.__vendor = window.__vendor || []).push('tracker');",
    );
    return true;
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('what auto-blocking holds before consent (Chromium)', () => {
  it('measures each way a tag arrives, and pins the rows the library guarantees', async () => {
    const rows: string[] = [];
    const failures: string[] = [];
    for (const [index, c] of CASES.entries()) {
      // Every stand-in response also sets a cookie by header, as a tracker's server may.
      const v = await vendorVisit(browser, { 'set-cookie': 'vendor_hdr=1; Path=/; SameSite=None; Secure' });
      const before = site.requests.length;
      await v.page.goto(site.url(`/case-${index}`), { waitUntil: 'load' });
      await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 1);
      const requested =
        v.vendorRequests.some((url) => c.path.test(url)) ||
        site.requests.slice(before).some((r) => c.path.test(r.path));
      const ran = (await vendorRan(v.page)).includes(c.marker);
      const cookies = (await v.context.cookies()).map((cookie) => cookie.name);
      const byScript = cookies.includes(c.scriptCookie);
      const byHeader = cookies.includes('vendor_hdr') || cookies.includes('tracker_hdr');
      const yes = (value: boolean) => (value ? 'yes' : 'no');
      rows.push(`| ${c.way} | ${yes(requested)} | ${yes(ran)} | ${yes(byScript)} | ${yes(byHeader)} |`);
      if ((ran || byScript) && !c.mayRun) failures.push(`${c.way}: ran or set a cookie from script`);
      if (c.noRequest && (requested || byHeader)) failures.push(`${c.way}: a request left`);
      await v.context.close();
    }
    console.log(
      [
        '| How the tag arrives | request before consent | code runs | cookie by script | cookie by Set-Cookie |',
        '|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
