// Issue 6: cookiegate under a strict Content Security Policy (nonces, no 'unsafe-inline', no
// 'unsafe-eval') and under Trusted Types, in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { charityConfig, launch, startSite, visit, type Site } from './harness';

const NONCE = 'abc123';
export const STRICT_CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'`;
/** What the README tells a site to add for Trusted Types (see the report of issue 6). */
export const TRUSTED_TYPES = `require-trusted-types-for 'script'; trusted-types cookiegate 'allow-duplicates'`;

/** The one-tag install with the tag carrying the nonce; the JSON config needs none (it is not run). */
function cspPage(config: unknown, body = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="application/json" id="cookiegate-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/cookiegate.js" nonce="${NONCE}"></script></head>
<body><main><h1>Strict CSP</h1><p><a href="/other">A link</a></p></main>${body}</body></html>`;
}

const gated = `
<script type="text/plain" data-category="analytics" nonce="${NONCE}">(window.__ran = window.__ran || []).push('inline');</script>
<script type="text/plain" data-category="analytics" data-src="/delay/0/external.js" nonce="${NONCE}"></script>
<script type="text/plain" data-category="analytics" nonce="${NONCE}">(window.__ran = window.__ran || []).push('inline-2');</script>`;

/** Records every CSP violation from the first byte on (an init script is not subject to the page's CSP). */
const listenForViolations = () => {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    true,
  );
};

let browser: Browser;
let strict: Site;
let tt: Site;
/** A site that forgot 'allow-duplicates'. */
let ttStrictNames: Site;

beforeAll(async () => {
  browser = await launch();
  const pages = {
    '/': cspPage(charityConfig, gated),
    '/cy': cspPage({ ...charityConfig, language: 'cy' }, gated),
    '/ga': cspPage({ ...charityConfig, services: { googleAnalytics: { measurementId: 'G-TEST123' } } }, gated),
  };
  strict = await startSite(pages, undefined, { 'content-security-policy': STRICT_CSP });
  tt = await startSite(pages, undefined, { 'content-security-policy': `${STRICT_CSP}; ${TRUSTED_TYPES}` });
  ttStrictNames = await startSite(pages, undefined, {
    'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types cookiegate`,
  });
});
afterAll(async () => {
  await browser?.close();
  await strict?.close();
  await tt?.close();
  await ttStrictNames?.close();
});

async function open(site: Site, path = '/', init?: () => void) {
  const v = await visit(browser);
  v.page.setDefaultTimeout(8000);
  await v.page.addInitScript(listenForViolations);
  if (init) await v.page.addInitScript(init);
  await v.page.goto(site.url(path));
  await v.page.locator('cookiegate-ui [role="region"]').waitFor();
  return v;
}

/** Computed styles read inside the shadow root: proof the stylesheet applied. */
const styles = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('cookiegate-ui')!.shadowRoot!;
    const region = root.querySelector('[role="region"]')!;
    const accept = [...root.querySelectorAll('button')].find((b) => /accept all/i.test(b.textContent ?? ''))!;
    return {
      position: getComputedStyle(region).position,
      background: getComputedStyle(accept).backgroundColor,
      styleElements: root.querySelectorAll('style').length,
    };
  });

const ran = (page: Page) => page.evaluate(() => (window as { __ran?: string[] }).__ran ?? []);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

async function acceptAndWait(page: Page, name = 'Accept all') {
  await page.getByRole('button', { name }).click();
  await page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3, null, { timeout: 5000 });
}

describe('under a strict CSP (nonces, no unsafe-inline, no unsafe-eval)', () => {
  it('styles the banner with a constructable stylesheet, runs nonce-carrying gated tags after consent, violates nothing', async () => {
    const v = await open(strict);
    const s = await styles(v.page);
    expect(s.position).toBe('fixed');
    // The accent colour (#1d4ed8), not the UA default of a transparent or grey button.
    expect(s.background).toBe('rgb(29, 78, 216)');
    expect(await ran(v.page)).toEqual([]);
    await acceptAndWait(v.page);
    expect(await ran(v.page)).toEqual(['inline', 'external', 'inline-2']);
    expect(await violations(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('falls back to a <style> carrying the nonce where constructable stylesheets are missing', async () => {
    const v = await open(strict, '/', () => {
      // An engine without constructable stylesheets (Safari before 16.4).
      (window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = undefined;
    });
    const s = await styles(v.page);
    expect(s.styleElements).toBe(1);
    expect(s.position).toBe('fixed');
    expect(s.background).toBe('rgb(29, 78, 216)');
    await acceptAndWait(v.page);
    expect(await violations(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('loads a translation file with the nonce', async () => {
    const v = await open(strict, '/cy');
    await expect
      .poll(() =>
        v.page.evaluate(() =>
          document.querySelector('cookiegate-ui')!.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'),
        ),
      )
      .toBe('cy');
    expect(await violations(v.page)).toEqual([]);
    await v.context.close();
  });
});

describe('under Trusted Types', () => {
  it('creates no HTML or script-text sink and runs gated scripts, their URLs through the cookiegate policy', async () => {
    const v = await open(tt, '/', () => {
      // Count every policy and every HTML the library would make trusted.
      const w = window as unknown as {
        __policies: string[];
        trustedTypes: { createPolicy: (n: string, r: object) => unknown };
      };
      w.__policies = [];
      const create = w.trustedTypes.createPolicy.bind(w.trustedTypes);
      w.trustedTypes.createPolicy = (name: string, rules: object) => {
        w.__policies.push(`${name}:${Object.keys(rules).sort().join(',')}`);
        return create(name, rules);
      };
    });
    expect((await styles(v.page)).position).toBe('fixed');
    await v.page.getByRole('button', { name: 'Manage preferences' }).click();
    await v.page.getByRole('dialog').waitFor();
    await v.page.getByRole('button', { name: 'Accept all' }).last().click();
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3, null, {
      timeout: 5000,
    });
    expect(await ran(v.page)).toEqual(['inline', 'external', 'inline-2']);
    // One policy, for script URLs only: no createHTML and no createScript, so no HTML or script-text
    // sink exists (gated inline scripts run as the parser left them).
    expect(await v.page.evaluate(() => (window as unknown as { __policies: string[] }).__policies)).toEqual([
      'cookiegate:createScriptURL',
    ]);
    expect(await violations(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('loads the Google tag after consent, with the nonce, through the policy', async () => {
    const v = await open(tt, '/ga');
    expect(v.requested.filter((u) => u.includes('gtag/js'))).toEqual([]);
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    await expect
      .poll(() => v.requested.filter((u) => u.includes('googletagmanager.com/gtag/js?id=G-TEST123')).length)
      .toBe(1);
    expect(await violations(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('still loads a translation file (a script URL sink)', async () => {
    const v = await open(tt, '/cy');
    await expect
      .poll(() =>
        v.page.evaluate(() =>
          document.querySelector('cookiegate-ui')!.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'),
        ),
      )
      .toBe('cy');
    await v.page.evaluate(() => (window as unknown as { cookiegate: { acceptAll(): void } }).cookiegate.acceptAll());
    await v.page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length >= 3, null, {
      timeout: 5000,
    });
    expect(await violations(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it("needs no 'allow-duplicates': the one-file bundle creates its policy once, translated banners included", async () => {
    const en = await open(ttStrictNames, '/');
    await acceptAndWait(en.page);
    expect(await violations(en.page)).toEqual([]);
    await en.context.close();
    const cy = await open(ttStrictNames, '/cy');
    await expect
      .poll(() =>
        cy.page.evaluate(() =>
          document.querySelector('cookiegate-ui')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
        ),
      )
      .toBe('cy');
    await acceptAndWait(cy.page, 'Derbyn y cyfan');
    expect(await violations(cy.page)).toEqual([]);
    await cy.context.close();
  });
});
