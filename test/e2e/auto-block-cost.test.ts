// The cost of auto-blocking for ordinary tags (issue 16): a page with 200 scripts that match no
// service, autoBlock on against off, script CPU (Chromium's ScriptDuration) in one run, runs
// alternated. Printed for the README; asserted only loosely, as the machine is shared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, startSite, type Site } from './harness';

const COUNT = 200;
const RUNS = 9;
const config = (autoBlock: boolean) => ({
  revision: '1',
  autoBlock,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    googleAnalytics: { measurementId: 'G-TEST123', category: 'analytics' },
    youtube: {
      category: 'marketing',
      urls: ['https://www.youtube.com/embed/*', 'https://www.youtube-nocookie.com/embed/*'],
    },
  },
});
const head = (autoBlock: boolean) =>
  `<meta charset="utf-8"><title>t</title><script type="application/json" id="cookiegate-config">${JSON.stringify(config(autoBlock))}</script><script src="/cookiegate.js"></script>`;
const inHtml = Array.from({ length: COUNT }, (_, i) => `<script src="/delay/0/s${i}.js"></script>`).join('');
const inserted = `<script>for (var i = 0; i < ${COUNT}; i++) { var s = document.createElement('script'); s.src = '/delay/0/i' + i + '.js'; s.async = false; document.head.appendChild(s); }</script>`;
const pages = (autoBlock: boolean) => ({
  html: `<!doctype html><html lang="en"><head>${head(autoBlock)}</head><body><p>x</p>${inHtml}</body></html>`,
  inserted: `<!doctype html><html lang="en"><head>${head(autoBlock)}</head><body><p>x</p>${inserted}</body></html>`,
});

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  const all: Record<string, string> = {};
  for (const on of [true, false])
    for (const [name, html] of Object.entries(pages(on))) all[`/${name}-${on ? 'on' : 'off'}`] = html;
  site = await startSite(all);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Script CPU of one visit, in milliseconds, once all 200 scripts ran. */
async function scriptMs(path: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.waitForFunction((n) => ((window as unknown as { __ran?: string[] }).__ran ?? []).length >= n, COUNT);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('auto-blocking cost on ordinary scripts', () => {
  it(`measures script CPU with ${COUNT} unmatched scripts, autoBlock on against off`, async () => {
    const lines: string[] = [];
    for (const name of ['html', 'inserted']) {
      const on: number[] = [];
      const off: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        on.push(await scriptMs(`/${name}-on`));
        off.push(await scriptMs(`/${name}-off`));
      }
      expect(on.concat(off).every((ms) => ms > 0)).toBe(true);
      const ratio = median(on) / median(off);
      lines.push(
        `${name}: on ${median(on).toFixed(1)} ms, off ${median(off).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (medians of ${RUNS})`,
      );
    }
    console.log(lines.join('\n'));
  }, 300_000);
});
