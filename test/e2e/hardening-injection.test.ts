// Issue 6: every config string renders as text, and no non-http(s) URL from the config reaches the
// DOM, in a real page. DESIGN.md: "Text, never HTML"; links are structured data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, page, settled, startSite, visit, type Site } from './harness';
import { english } from '../../src/i18n/english';

/** Classic payloads: an HTML element with a handler, breaking out of an attribute, a script URL, SVG. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
];
/** A field's payload names the field, so its literal text can be found on the page. */
const p = (field: string, i = field.length) => `[${field}]${PAYLOADS[i % PAYLOADS.length]}`;

// Every string the interface shows: all texts (except the {id}/{date} template, kept literal below),
// category titles and descriptions, every column of the cookie table, and a link label.
const texts = Object.fromEntries(Object.keys(english).map((k, i) => [k, p(`texts.${k}`, i)]));
const config = {
  revision: p('revision'),
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, title: p('necessary.title', 0), description: p('necessary.description', 1) },
    analytics: { title: p('analytics.title', 2), description: p('analytics.description', 3) },
    marketing: { gpc: true, title: p('marketing.title', 4), description: p('marketing.description', 5) },
  },
  cookies: [
    {
      name: p('cookie.name', 0),
      category: 'analytics',
      provider: p('cookie.provider', 1),
      purpose: p('cookie.purpose', 2),
      content: p('cookie.content', 3),
      expires: p('cookie.expires', 4),
    },
    {
      name: 'has_js',
      category: 'necessary',
      provider: p('has_js.provider', 5),
      purpose: p('has_js.purpose', 0),
      expires: 'session',
    },
  ],
  texts: { ...texts, consentId: `${p('texts.consentId')} {id}` },
  links: [{ label: p('links[0].label', 1), href: 'https://www.example.org.uk/imprint' }],
  reopenButton: true,
};

/** Strings the interface must show literally once the banner and then the dialog are open. */
const BANNER_STRINGS = ['bannerTitle', 'bannerText', 'policyLink', 'acceptAll', 'rejectAll', 'managePreferences']
  .map((k) => texts[k])
  .concat(config.links[0].label);
const DIALOG_STRINGS = [
  ...[
    'preferencesTitle',
    'preferencesText',
    'savePreferences',
    'close',
    'alwaysOn',
    'showCookies',
    'cookieName',
    'cookieProvider',
    'cookiePurpose',
    'cookieContent',
    'cookieExpires',
    'noCookies',
  ].map((k) => texts[k]),
  ...Object.values(config.categories).flatMap((c) => [c.title, c.description]),
  ...config.cookies.flatMap((c) => [c.name, c.provider, c.purpose, c.expires, c.content ?? '']).filter(Boolean),
];

const BAD_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://www.example.org.uk/x',
];

let browser: Browser;
let site: Site;
const badPages: Record<string, string> = {};
BAD_URLS.forEach((url, i) => {
  const base = { revision: '1', categories: { necessary: { required: true }, analytics: {} } };
  badPages[`/policy-${i}`] = page({ ...base, policyUrl: url });
  badPages[`/link-${i}`] = page({ ...base, policyUrl: '/privacy', links: [{ label: 'Imprint', href: url }] });
});

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    '/': page(
      config,
      '<section data-cookiegate="declaration"></section><a href="#" data-cookiegate="preferences">Cookie settings</a>',
    ),
    ...badPages,
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Elements a payload could create, anywhere: the page and the interface's shadow root. */
const injected = () => {
  const root = document.querySelector('cookiegate-ui')?.shadowRoot;
  const q = 'img,svg,iframe,object,embed,script';
  return [...document.querySelectorAll(q), ...(root?.querySelectorAll(q) ?? [])]
    .filter(
      (el) => !(el instanceof HTMLScriptElement && (el.id === 'cookiegate-config' || el.src.includes('cookiegate'))),
    )
    .map((el) => el.outerHTML);
};
const hrefs = () => {
  const root = document.querySelector('cookiegate-ui')?.shadowRoot;
  return [...document.querySelectorAll('a[href]'), ...(root?.querySelectorAll('a[href]') ?? [])].map((a) =>
    a.getAttribute('href'),
  );
};
const shownText = () =>
  (document.querySelector('cookiegate-ui')?.shadowRoot?.textContent ?? '') + document.body.textContent;

describe('config strings render as text', () => {
  it('shows every payload literally in the banner, the dialog and the declaration, and runs none', async () => {
    const v = await visit(browser);
    const dialogs: string[] = [];
    v.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    v.page.setDefaultTimeout(8000);
    await v.page.goto(site.url('/'));
    const banner = v.page.locator('cookiegate-ui [role="region"]');
    await banner.waitFor();
    expect(await banner.getAttribute('aria-label')).toBe(texts.bannerLabel);
    let shown = await v.page.evaluate(shownText);
    for (const s of BANNER_STRINGS) expect(shown).toContain(s);
    // The declaration element of the page lists every cookie string too (light DOM).
    for (const c of config.cookies)
      expect(await v.page.locator('[data-cookiegate="declaration"]').textContent()).toContain(c.purpose);

    await banner.locator('button').nth(2).click(); // "Manage preferences", whatever its label
    await v.page.locator('cookiegate-ui [role="dialog"]').waitFor();
    await v.page.locator('cookiegate-ui summary').first().click();
    shown = await v.page.evaluate(shownText);
    for (const s of DIALOG_STRINGS) expect(shown).toContain(s);
    expect(await v.page.locator('cookiegate-ui [role="dialog"]').getAttribute('aria-label')).toBe(
      texts.preferencesTitle,
    );

    // Decide, then reopen: the consent id line and the reopen button show their texts literally.
    await v.page.locator('cookiegate-ui [role="dialog"] .actions button').nth(1).click();
    await v.page.locator('cookiegate-ui button[data-part="floating"]').click();
    await v.page.locator('cookiegate-ui [role="dialog"]').waitFor();
    expect(await v.page.evaluate(shownText)).toContain(`${p('texts.consentId')} `);
    // No injected markup ran or opened a dialog (the check is that something does NOT happen).
    await settled(v.page);

    expect(dialogs).toEqual([]);
    expect(await v.page.evaluate(injected)).toEqual([]);
    expect((await v.page.evaluate(hrefs)).filter((h) => !/^(https?:|\/|#)/.test(h ?? ''))).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.context.close();
  });
});

describe('URLs other than http(s) and relative ones', () => {
  for (const [i, url] of BAD_URLS.entries()) {
    it(`refuses ${JSON.stringify(url)} as policyUrl and as a link, with a config error naming the field`, async () => {
      for (const [kind, field] of [
        ['policy', 'policyUrl'],
        ['link', 'links[0].href'],
      ]) {
        const v = await visit(browser);
        const dialogs: string[] = [];
        v.page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await v.page.goto(site.url(`/${kind}-${i}`));
        await expect.poll(() => v.errors.some((e) => e.includes('invalid config') && e.includes(field))).toBe(true);
        // It fails closed: no interface, so no link, and nothing can be granted.
        expect(await v.page.locator('cookiegate-ui').count()).toBe(0);
        expect(await v.page.evaluate(hrefs)).toEqual(['/other']);
        expect(
          await v.page.evaluate(() =>
            (window as unknown as { cookiegate: { acceptAll(): unknown } }).cookiegate.acceptAll(),
          ),
        ).toBeNull();
        expect(dialogs).toEqual([]);
        await v.context.close();
      }
    });
  }
});
