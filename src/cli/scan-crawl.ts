// Which pages a scan visits: the start URL, then same-site links in the order found, then the
// site's /sitemap.xml when links run out, up to `--pages`.

import type { BrowserContext } from 'playwright-core';
import { sameSite } from './site';

/** Files that are not pages: a scan never opens them. */
const NOT_A_PAGE =
  /\.(pdf|zip|gz|jpe?g|png|gif|svg|webp|avif|ico|mp[34]|mov|webm|docx?|xlsx?|pptx?|csv|xml|json|txt|css|js)$/i;

/** A URL without its fragment, or undefined when it is not an http(s) page of the site. */
export function pageUrl(href: string, startUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, startUrl);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !sameSite(url.hostname, new URL(startUrl).hostname)) return undefined;
  if (NOT_A_PAGE.test(url.pathname)) return undefined;
  url.hash = '';
  return url.href;
}

/** The `<loc>` URLs of a sitemap (or of a sitemap index: those are sitemaps, skipped as not pages). */
export function sitemapUrls(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((match) => match[1].replace(/&amp;/g, '&'));
}

/** The queue of pages to visit: each URL once, at most `limit`. */
export class PageQueue {
  private readonly seen = new Set<string>();
  private readonly waiting: string[] = [];
  private taken = 0;

  constructor(
    private readonly startUrl: string,
    private readonly limit: number,
  ) {
    this.add([startUrl]);
  }

  /** Adds the site's pages among `hrefs`, in order. */
  add(hrefs: readonly string[]): void {
    for (const href of hrefs) {
      const url = pageUrl(href, this.startUrl);
      if (url === undefined || this.seen.has(url)) continue;
      this.seen.add(url);
      this.waiting.push(url);
    }
  }

  /** The next page to visit, or undefined when the limit is reached or nothing waits. */
  next(): string | undefined {
    if (this.taken >= this.limit) return undefined;
    const url = this.waiting.shift();
    if (url !== undefined) this.taken++;
    return url;
  }

  /** True when more pages could be visited but none waits. */
  get hungry(): boolean {
    return this.taken < this.limit && this.waiting.length === 0;
  }
}

/** The page URLs of the site's /sitemap.xml, or none when it has none. */
export async function fetchSitemap(context: BrowserContext, startUrl: string, timeoutMs: number): Promise<string[]> {
  try {
    const response = await context.request.get(new URL('/sitemap.xml', startUrl).href, { timeout: timeoutMs });
    return response.ok() ? sitemapUrls(await response.text()) : [];
  } catch {
    return [];
  }
}
