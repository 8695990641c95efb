// Auto-blocking under a strict Content Security Policy with Trusted Types: the page's own policy
// builds the URL and the markup; cookiegate holds them and, on consent, releases the script
// through its `cookiegate` policy. No violation either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, startSite, type Site } from './harness';
import { recorder, vendorRan, vendorVisit } from './fixtures/vendors/routing';

const NONCE = 'abc123';
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${NONCE}' https://www.googletagmanager.com`,
  "frame-src 'self' https://www.youtube.com",
  `style-src 'self' 'nonce-${NONCE}'`,
  "require-trusted-types-for 'script'",
  "trusted-types cookiegate page 'allow-duplicates'",
].join('; ');
const config = {
  revision: '1',
  autoBlock: true,
  categories: { necessary: { required: true }, analytics: {}, marketing: { title: 'Marketing' } },
  services: {
    googleAnalytics: { measurementId: 'G-TEST123', category: 'analytics' },
    youtube: { category: 'marketing', title: 'YouTube', urls: ['https://www.youtube.com/embed/*'] },
  },
};
const pageScript = `<script nonce="${NONCE}">
  var policy = trustedTypes.createPolicy('page', { createScriptURL: function (s) { return s; }, createHTML: function (s) { return s; } });
  var tag = document.createElement('script');
  tag.async = true;
  tag.src = policy.createScriptURL('https://www.googletagmanager.com/gtm.js?id=GTM-TEST');
  document.head.append(tag);
  document.getElementById('box').innerHTML = policy.createHTML('<iframe src="https://www.youtube.com/embed/tt" width="560" height="315" title="Video"></iframe>');
</script>`;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>
<script src="/cookiegate.js" nonce="${NONCE}"></script>${recorder.replace('<script>', `<script nonce="${NONCE}">`)}</head>
<body><main><h1>Strict CSP</h1><div id="box"></div></main>${pageScript}</body></html>`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({ '/': html }, undefined, { 'content-security-policy': CSP });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('auto-blocking under Trusted Types', () => {
  it('holds what the page builds with its own policy, and releases it through cookiegate’s', async () => {
    const v = await vendorVisit(browser);
    await v.page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        true,
      );
    });
    await v.page.goto(site.url('/'), { waitUntil: 'load' });
    await v.page.waitForFunction(() => (window as unknown as { __held: Element[] }).__held.length >= 2);
    await v.page.getByRole('button', { name: 'Load YouTube content' }).waitFor();
    expect(v.vendorRequests).toEqual([]);
    await v.page.evaluate(() => (window as unknown as { cookiegate: { acceptAll(): void } }).cookiegate.acceptAll());
    await v.page.waitForFunction(() =>
      ['gtm', 'youtube'].every((m) => (window as unknown as { __vendor: string[] }).__vendor.includes(m)),
    );
    expect(await vendorRan(v.page)).toEqual(expect.arrayContaining(['gtm', 'youtube']));
    expect(await v.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });
});
