// Start-up under load (issue 17, point 5), the short run: 5 throttled loads of the demo page per
// position of the library tag. `npm run stress` runs 50 (test/stress/startup.mjs).
import { describe, expect, it } from 'vitest';
import { launchBrowser, loadOnce, POSITIONS, runStartup } from '../stress/startup-run.mjs';
import { startDemo } from '../../demo/server.js';

type Results = Record<string, { loads: number; failures: { load: number; rate: number; failure: string }[] }>;

describe('start-up under CPU load', () => {
  it('keeps the banner, once shown, in the document with working buttons until clicked (5 loads per tag position)', async () => {
    const results = (await runStartup({ loads: 5 })) as Results;
    expect(Object.keys(results)).toEqual(['head sync', 'head defer', 'head async', 'end of body']);
    for (const { failures } of Object.values(results)) expect(failures).toEqual([]);
  }, 300_000);

  it('notices a banner taken away after it showed', async () => {
    const demo = await startDemo({ quiet: true });
    const browser = await launchBrowser();
    try {
      // The page removes the interface as soon as its "Accept all" button is there.
      const sabotage = () => {
        new MutationObserver(() => {
          const host = document.querySelector('cookiegate-ui');
          if (host?.shadowRoot?.querySelector('button')) setTimeout(() => host.remove(), 50);
        }).observe(document, { childList: true, subtree: true });
      };
      const failure = await loadOnce(browser, demo.url, POSITIONS['head sync'], 4, sabotage);
      expect(failure).toMatch(/was gone at/);
    } finally {
      await browser.close();
      await demo.close();
    }
  }, 60_000);
});
