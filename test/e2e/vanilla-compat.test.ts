// Issue 17.2: vanilla-cookieconsent's documented markup (docs/advanced/manage-scripts.md and its
// data-cc buttons), written here from the docs, run under cookiegate and under vanilla-cookieconsent
// 3.1.0 itself, with the same markers expected from both after each step.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, page, ROOT, startSite, visit, type Site } from './harness';

const mark = (name: string) => `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});`;

/** Each documented form, as a site writes it. Externals are served by the harness's /delay/0/<name>.js. */
const VARIANTS = `
<script type="text/plain" data-category="analytics">${mark('inline')}</script>
<script type="text/plain" data-category="analytics" src="/delay/0/src.js"></script>
<script type="text/plain" data-category="analytics" data-src="/delay/0/data-src.js"></script>
<script type="text/plain" data-category="analytics" data-src="/delay/0/module.js" data-type="module"></script>
<script type="text/plain" data-category="analytics" data-service="Google Analytics">${mark('service')}</script>
<script type="text/plain" data-category="marketing">${mark('marketing')}</script>
<script type="text/plain" data-category="!analytics">${mark('!analytics')}</script>
<script type="text/plain" data-category="analytics" data-service="!Google Analytics">${mark('!service')}</script>
<script type="text/plain" data-category="ads">${mark('ads')}</script>
<script type="text/plain" data-category="!ads">${mark('!ads')}</script>
<p><button type="button" data-cc="show-preferencesModal">Cookie settings</button>
<a href="#" data-cc="accept-all">Accept everything</a>
<button type="button" data-cc="accept-necessary">Necessary only</button></p>`;

/** The markers a variant can leave, in table order. */
const MARKERS = [
  'inline',
  'src',
  'data-src',
  'module',
  'service',
  'marketing',
  '!analytics',
  '!service',
  'ads',
  '!ads',
];

const cookiegateConfig = {
  revision: '1',
  categories: {
    necessary: { required: true, title: 'Necessary' },
    analytics: { title: 'Analytics' },
    marketing: { title: 'Marketing' },
  },
};

/**
 * The same config in vanilla-cookieconsent's `run()` vocabulary. `hideFromBots: false`: it takes
 * the automated browser (navigator.webdriver) for a bot and would otherwise do nothing.
 */
const vanillaInit = `CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Cookies', description: 'We use cookies.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
    preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save preferences', sections: [
      { title: 'Necessary', linkedCategory: 'necessary' }, { title: 'Analytics', linkedCategory: 'analytics' }, { title: 'Marketing', linkedCategory: 'marketing' },
    ] },
  } } },
});`;

const vanillaPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>
<link rel="stylesheet" href="/vanilla/cookieconsent.css"></head><body><main><h1>Test page</h1></main>${VARIANTS}
<script src="/vanilla/cookieconsent.umd.js"></script><script src="/vanilla-init.js"></script></body></html>`;

const VANILLA_DIST = `${ROOT}node_modules/vanilla-cookieconsent/dist/`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({ '/cookiegate': page(cookiegateConfig, VARIANTS), '/vanilla': vanillaPage }, (req, res) => {
    const path = req.url ?? '';
    if (path === '/vanilla-init.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(vanillaInit);
      return true;
    }
    const file = /^\/vanilla\/(cookieconsent\.(?:umd\.js|css))$/.exec(path)?.[1];
    if (!file) return false;
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' });
    res.end(readFileSync(VANILLA_DIST + file));
    return true;
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The markers of this page's life, once every marker script requested has been answered and run. */
async function markers(target: Page, pending: () => number): Promise<string[]> {
  await target.waitForFunction(() => document.readyState === 'complete');
  await expect.poll(pending, { timeout: 10_000 }).toBe(0);
  // A loaded script runs before its load event; one frame later everything requested has run.
  await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const ran = await target.evaluate(() => (window as { __ran?: string[] }).__ran ?? []);
  return MARKERS.filter((m) => ran.includes(m));
}

type Step =
  | 'first visit'
  | 'Accept all'
  | 'reload after accept'
  | 'withdrawal'
  | 'reload after withdrawal'
  | 'Reject all (first decision)'
  | 'reload after reject';

/**
 * The markers after a step: vanilla-cookieconsent loads a category's scripts one after another,
 * so "nothing pending" can hold between two of them. Waits (up to 5 s) for the expected markers,
 * then returns what ran, which the test compares: a library that runs too little still fails.
 */
async function markersAfter(target: Page, pending: () => number, expected: readonly string[]): Promise<string[]> {
  const deadline = Date.now() + 5000;
  let ran = await markers(target, pending);
  while (ran.join() !== expected.join() && Date.now() < deadline) {
    await target.waitForTimeout(100); // a poll interval, not a guess: the loop ends on the condition
    ran = await markers(target, pending);
  }
  return ran;
}

/** Runs both journeys under one library and returns the markers after each step. */
async function journeys(library: 'cookiegate' | 'vanilla'): Promise<Record<Step, string[]>> {
  const out = {} as Record<Step, string[]>;
  for (const journey of [
    ['Accept all', 'reload after accept', 'withdrawal', 'reload after withdrawal'],
    ['Reject all (first decision)', 'reload after reject'],
  ] as const) {
    const v = await visit(browser);
    let pending = 0;
    v.page.on('request', (r) => {
      if (r.url().includes('/delay/')) pending++;
    });
    const settle = (r: { url(): string }) => {
      if (r.url().includes('/delay/')) pending--;
    };
    v.page.on('requestfinished', settle);
    v.page.on('requestfailed', settle);
    await v.page.goto(site.url(`/${library}`));
    const first = await markers(v.page, () => pending);
    out['first visit'] ??= first;
    for (const step of journey) {
      if (step.startsWith('reload')) await v.page.reload();
      else await v.page.locator(`[data-cc="${step === 'Accept all' ? 'accept-all' : 'accept-necessary'}"]`).click();
      out[step] = await markersAfter(v.page, () => pending, EXPECTED[step]);
    }
    await v.context.close();
  }
  return out;
}

const EXPECTED: Record<Step, string[]> = {
  'first visit': [],
  'Accept all': ['inline', 'src', 'data-src', 'module', 'service', 'marketing'],
  'reload after accept': ['inline', 'src', 'data-src', 'module', 'service', 'marketing'],
  withdrawal: ['inline', 'src', 'data-src', 'module', 'service', 'marketing', '!analytics', '!service'],
  'reload after withdrawal': [],
  'Reject all (first decision)': [],
  'reload after reject': [],
};

describe('vanilla-cookieconsent markup, side by side', () => {
  it('leaves the same markers under cookiegate and under vanilla-cookieconsent 3.1.0', async () => {
    const cookiegate = await journeys('cookiegate');
    const vanilla = await journeys('vanilla');
    const rows = MARKERS.map((m) => {
      const cells = (Object.keys(EXPECTED) as Step[]).map(
        (step) => `${cookiegate[step].includes(m) ? 'runs' : '-'} / ${vanilla[step].includes(m) ? 'runs' : '-'}`,
      );
      return `| \`${m}\` | ${cells.join(' | ')} |`;
    });
    // The side-by-side table for the note (cookiegate / vanilla-cookieconsent).
    console.log(
      [
        `| variant | ${Object.keys(EXPECTED).join(' | ')} |`,
        `|---|${Object.keys(EXPECTED)
          .map(() => '---')
          .join('|')}|`,
        ...rows,
      ].join('\n'),
    );
    expect(vanilla).toEqual(EXPECTED);
    expect(cookiegate).toEqual(EXPECTED);
  }, 120_000);

  it('opens the preferences from data-cc="show-preferencesModal", and names undeclared categories once on the console', async () => {
    const v = await visit(browser);
    const warnings: string[] = [];
    v.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await v.page.goto(site.url('/cookiegate'));
    await v.page.locator('[data-cc="show-preferencesModal"]').click();
    await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    expect(warnings.filter((w) => w.includes('"ads"'))).toEqual([
      'cookiegate: data-category="ads" is not a category of the config: its tags never run',
    ]);
    expect(
      await v.page.evaluate(() =>
        (window as unknown as { cookiegate: { services(): { id: string }[] } }).cookiegate.services().map((s) => s.id),
      ),
    ).toEqual(['Google Analytics']);
    await v.context.close();
  });
});
