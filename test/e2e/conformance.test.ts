// compliance.md items that only a browser shows: A.4 (the consent cookie is Secure on https),
// B.12 (a way back on every page, by default), E.23 (not a TCF CMP).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, HOST, PARENT, charityConfig, launch, page, readDist, visit } from './harness';
import { startDemo, type Demo } from '../../demo/server.js';

/** A self-signed certificate for the test host, made with Debian's openssl for this run only. */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${HOST}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the consent cookie on https (compliance.md A.4)', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let port = 0;

  beforeAll(async () => {
    const html = page(charityConfig);
    const server = createServer(selfSigned(), (req, res) => {
      const js = req.url === '/cookiegate.js';
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
      res.end(js ? readDist('cookiegate.js') : html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--ignore-certificate-errors',
        `--host-resolver-rules=MAP *.${PARENT} 127.0.0.1`,
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('is first-party, Secure, SameSite=Lax and expires within 183 days', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const tab = await context.newPage();
    await tab.goto(`https://${HOST}:${port}/`);
    await tab.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'cookiegate')).toBe(true);
    const cookie = (await context.cookies()).find((c) => c.name === 'cookiegate')!;
    expect(cookie).toMatchObject({ secure: true, sameSite: 'Lax', domain: HOST, path: '/' });
    expect(cookie.expires * 1000).toBeLessThanOrEqual(Date.now() + 183 * 864e5);
    expect(cookie.expires * 1000).toBeGreaterThan(Date.now() + 181 * 864e5);
    await context.close();
  });
});

describe('the demo site, after a decision', () => {
  let browser: Browser;
  let demo: Demo;
  beforeAll(async () => {
    demo = await startDemo({ quiet: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('offers the way back on every route: a labelled, keyboard-reachable reopen control (compliance.md B.12)', async () => {
    const v = await visit(browser);
    const url = (path: string) => `http://${HOST}:${demo.port}${path}`;
    await v.page.goto(url('/'));
    await v.page
      .getByRole('region', { name: /cookie/i })
      .getByRole('button', { name: 'Accept all' })
      .click();
    for (const path of ['/', '/about', '/privacy']) {
      await v.page.goto(url(path));
      const reopen = v.page.getByRole('button', { name: 'Cookie preferences' });
      await reopen.waitFor();
      const box = (await reopen.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      // Keyboard: focus it and press Enter; the dialog opens, and Escape closes it again.
      await reopen.focus();
      await v.page.keyboard.press('Enter');
      await v.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
      await v.page.keyboard.press('Escape');
      await v.page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await v.context.close();
  });

  it('is no TCF CMP: no __tcfapi and no euconsent-v2 cookie, before or after a decision (compliance.md E.23)', async () => {
    const v = await visit(browser);
    await v.page.goto(`http://${HOST}:${demo.port}/`);
    expect(await v.page.evaluate(() => typeof (window as { __tcfapi?: unknown }).__tcfapi)).toBe('undefined');
    await v.page.getByRole('button', { name: 'Accept all' }).click();
    expect(await v.page.evaluate(() => typeof (window as { __tcfapi?: unknown }).__tcfapi)).toBe('undefined');
    expect((await v.context.cookies()).map((c) => c.name)).not.toContain('euconsent-v2');
    expect(await v.page.getByText(/legitimate interest/i).count()).toBe(0);
    await v.context.close();
  });
});
