// `cookiegate scan <url>`: visits a site as a visitor who accepts everything, records what it
// stores and loads, and drafts the config (issue 18). The browser part is here and in
// scan-page.ts; the config and the advice are pure functions (scan-config.ts, scan-advice.ts).

import type { BrowserContext } from 'playwright-core';
import { hostResolverRules, type ScanOptions } from './args';
import { launchBrowser } from './browser';
import { OPEN_COOKIE_DATABASE_NOTICE } from './open-cookie-database';
import { formatScanProgress, formatScanSummary, scanAdvice } from './scan-advice';
import { buildStarterConfig, type StarterConfig } from './scan-config';
import { fetchSitemap, PageQueue } from './scan-crawl';
import { scanPage } from './scan-page';
import { startRecorder, type CookieOrigins, type Recorder } from './scan-recorder';
import type { ScannedCookie, ScannedPage, ScannedStorageKey, ScanRecording, ScanReport } from './scan-types';
import { sameSite } from './site';

/** Where the command writes: injected so the output can be captured. */
export interface ScanOutput {
  line(text: string): void;
}

/** The cookies of a scan, each once (name, domain, path), with the page it was first seen on. */
class CookieJar {
  readonly cookies = new Map<string, ScannedCookie>();

  constructor(private readonly startHost: string) {}

  /** Reads the context's cookies; new ones are first seen on `page`. */
  async collect(context: BrowserContext, page: string, beforeConsent: boolean): Promise<void> {
    const now = Date.now() / 1000;
    for (const { name, domain, path, expires } of await context.cookies()) {
      const key = `${name}\t${domain}\t${path}`;
      if (this.cookies.has(key)) continue;
      const lifetime = expires < 0 ? 'session' : Math.max(0, Math.round(expires - now));
      this.cookies.set(key, {
        name,
        domain,
        path,
        expires,
        lifetime,
        thirdParty: !sameSite(domain, this.startHost),
        firstSeen: page,
        beforeConsent,
      });
    }
  }

  /** Notes who set each cookie not yet attributed: the writing script, else the Set-Cookie response. */
  attribute(scripts: CookieOrigins, headers: CookieOrigins): void {
    for (const cookie of this.cookies.values()) {
      cookie.setBy ??= scripts.get(cookie.name) ?? headers.get(cookie.name);
    }
  }
}

interface Crawl {
  pages: ScannedPage[];
  storage: ScannedStorageKey[];
}

function addStorage(storage: ScannedStorageKey[], found: readonly ScannedStorageKey[]): void {
  for (const key of found) {
    if (!storage.some((known) => known.key === key.key && known.storage === key.storage)) storage.push(key);
  }
}

/** The next page to visit: from the queue, else once from the sitemap. */
async function nextPage(
  queue: PageQueue,
  context: BrowserContext,
  options: ScanOptions,
  sitemap: { tried: boolean },
): Promise<string | undefined> {
  if (queue.hungry && !sitemap.tried) {
    sitemap.tried = true;
    queue.add(await fetchSitemap(context, options.url, options.timeout * 1000));
  }
  return queue.next();
}

async function crawl(
  context: BrowserContext,
  recorder: Recorder,
  jar: CookieJar,
  options: ScanOptions,
  out: ScanOutput,
): Promise<Crawl> {
  const queue = new PageQueue(options.url, options.pages);
  const sitemap = { tried: false };
  const result: Crawl = { pages: [], storage: [] };
  for (let url = queue.next(); url !== undefined; url = await nextPage(queue, context, options, sitemap)) {
    const pageUrl = url;
    try {
      const visit = await scanPage(context, recorder, pageUrl, options.timeout * 1000, () =>
        jar.collect(context, pageUrl, !recorder.accepted),
      );
      await jar.collect(context, pageUrl, false);
      jar.attribute(visit.origins, recorder.headerOrigins);
      addStorage(result.storage, visit.storage);
      queue.add(visit.page.links);
      result.pages.push(visit.page);
    } catch (error) {
      const message = `could not load: ${(error as Error).message.split('\n')[0]}`;
      result.pages.push({
        url: pageUrl,
        error: message,
        accepted: 'none',
        gatedSources: [],
        scriptsBeforeConsent: [],
        links: [],
      });
    }
    if (options.progress)
      out.line(formatScanProgress(result.pages.length, result.pages[result.pages.length - 1], jar.cookies.size));
    // Without the start page there is nothing to scan.
    if (result.pages.length === 1 && result.pages[0].error) break;
  }
  return result;
}

async function record(
  options: ScanOptions,
  env: Record<string, string | undefined>,
  out: ScanOutput,
): Promise<ScanRecording> {
  const browser = await launchBrowser(env, hostResolverRules(options.hostMap));
  try {
    const context = await browser.newContext();
    const recorder = await startRecorder(context, options.url);
    const jar = new CookieJar(new URL(options.url).hostname);
    const { pages, storage } = await crawl(context, recorder, jar, options, out);
    // The DevTools protocol names the script that asked for each resource, where it knows one.
    const resources = recorder.resources.map((resource) => {
      const initiator = recorder.initiators.get(resource.url);
      return initiator ? { ...resource, initiator } : resource;
    });
    return {
      startUrl: options.url,
      pages,
      cookies: [...jar.cookies.values()],
      storage,
      resources,
      requests: [...new Set(recorder.requests)],
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/**
 * Scans the site at `options.url` and returns the starter config and the report; the summary goes
 * to `out`. Throws EnvironmentError when playwright-core or the browser is missing.
 *
 * @example
 * const { config, report } = await runScan(options, process.env, { line: console.log });
 */
export async function runScan(
  options: ScanOptions,
  env: Record<string, string | undefined>,
  out: ScanOutput,
): Promise<{ config: StarterConfig; report: ScanReport }> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const recording = await record(options, env, out);
  const result = buildStarterConfig(recording, startedAt.slice(0, 10));
  const advice = scanAdvice(recording, result);
  const failed = recording.pages.length === 0 || recording.pages[0].error !== undefined;
  const exitCode = failed ? 2 : advice.beforeConsent.length ? 1 : 0;
  const report: ScanReport = {
    tool: 'cookiegate scan',
    version: 1,
    startedAt,
    seconds: (Date.now() - started) / 1000,
    exitCode,
    ...recording,
    classified: result.classified,
    advice,
    notice: OPEN_COOKIE_DATABASE_NOTICE,
  };
  out.line(
    failed
      ? `✗ ${recording.pages[0]?.url ?? options.url}: ${recording.pages[0]?.error ?? 'not scanned'}`
      : formatScanSummary(report, options.out),
  );
  return { config: result.config, report };
}
