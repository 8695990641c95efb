// The listeners of one scan: every request of the browser context (scripts and iframes with the
// page they were first seen on), the DevTools protocol's initiators and Set-Cookie headers, and a
// record of `document.cookie` writes with the script that made them.

import type { BrowserContext, Page, Request } from 'playwright-core';
import type { ScannedResource } from './scan-types';
import { sameSite } from './site';

/** What the recorder knows about who set a cookie: script URL or response URL, by cookie name. */
export type CookieOrigins = Map<string, string>;

/** The state of one scan's recording, shared by every page visit. */
export interface Recorder {
  /** The page being scanned, for "first seen". */
  currentPage: string;
  /** False until "Accept all" has been clicked. */
  accepted: boolean;
  inFlight: number;
  resources: ScannedResource[];
  requests: string[];
  /** Scripts loaded before consent on the current page. */
  scriptsBeforeConsent: Set<string>;
  /** Who set each cookie, from Set-Cookie headers (DevTools protocol). */
  headerOrigins: CookieOrigins;
  /** The script that asked for each URL (DevTools protocol). */
  initiators: Map<string, string>;
}

/**
 * Installed in every page before its scripts run: records the name of each cookie written through
 * `document.cookie` with the stack of the code that wrote it, then writes it unchanged. It lives in
 * the scanner's browser only; the site's behaviour is unchanged.
 */
function recordCookieWrites(): void {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!descriptor?.get || !descriptor.set) return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native accessors, always called with .call(document).
  const { get, set } = descriptor;
  const writes: { name: string; stack: string }[] = [];
  Object.defineProperty(window, '__cookiegateScanWrites', { value: writes });
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get(this: Document) {
      return get.call(this) as string;
    },
    set(this: Document, value: unknown) {
      writes.push({ name: String(value).split('=')[0].trim(), stack: new Error().stack ?? '' });
      set.call(this, value);
    },
  });
}

/** The first script URL in a stack trace: the code that wrote the cookie. */
export function scriptOfStack(stack: string): string | undefined {
  return /(https?:\/\/[^\s)]+?):\d+:\d+/.exec(stack)?.[1];
}

/** The cookie names a Set-Cookie header value sets (Chrome joins several with newlines). */
export function cookieNamesOfHeader(header: string): string[] {
  return header
    .split('\n')
    .map((line) => line.split('=')[0].trim())
    .filter(Boolean);
}

function onRequest(recorder: Recorder, startUrl: string, request: Request): void {
  recorder.inFlight++;
  const url = request.url();
  if (!/^https?:/.test(url)) return;
  recorder.requests.push(url);
  const frame = request.frame();
  const isIframe = request.resourceType() === 'document' && frame.parentFrame() !== null;
  const type = request.resourceType() === 'script' ? 'script' : isIframe ? 'iframe' : undefined;
  if (type === 'script' && !recorder.accepted) recorder.scriptsBeforeConsent.add(url);
  if (!type || sameSite(new URL(url).hostname, new URL(startUrl).hostname)) return;
  if (recorder.resources.some((resource) => resource.url === url)) return;
  recorder.resources.push({ url, type, firstSeen: recorder.currentPage, beforeConsent: !recorder.accepted });
}

/** Starts recording on a fresh context: request listeners and the cookie-write hook. */
export async function startRecorder(context: BrowserContext, startUrl: string): Promise<Recorder> {
  const recorder: Recorder = {
    currentPage: startUrl,
    accepted: false,
    inFlight: 0,
    resources: [],
    requests: [],
    scriptsBeforeConsent: new Set(),
    headerOrigins: new Map(),
    initiators: new Map(),
  };
  const done = () => void (recorder.inFlight = Math.max(0, recorder.inFlight - 1));
  context.on('request', (request) => onRequest(recorder, startUrl, request));
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  await context.addInitScript(recordCookieWrites);
  return recorder;
}

interface WillBeSent {
  requestId: string;
  request: { url: string };
  initiator: { url?: string; stack?: { callFrames: { url: string }[] } };
}

/**
 * Listens to the DevTools protocol of one page: the script that initiated each request, and the
 * cookies each response set by header. Chromium only; without it the report just lacks `setBy`.
 */
export async function watchProtocol(context: BrowserContext, page: Page, recorder: Recorder): Promise<void> {
  const urls = new Map<string, string>();
  try {
    const session = await context.newCDPSession(page);
    session.on('Network.requestWillBeSent', (event: WillBeSent) => {
      urls.set(event.requestId, event.request.url);
      const initiator = event.initiator.stack?.callFrames.find((frame) => frame.url)?.url ?? event.initiator.url;
      if (initiator && !recorder.initiators.has(event.request.url))
        recorder.initiators.set(event.request.url, initiator);
    });
    session.on('Network.responseReceivedExtraInfo', (event: { requestId: string; headers: Record<string, string> }) => {
      const header = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'set-cookie')?.[1];
      const url = urls.get(event.requestId);
      if (!header || !url) return;
      for (const name of cookieNamesOfHeader(header))
        if (!recorder.headerOrigins.has(name)) recorder.headerOrigins.set(name, url);
    });
    await session.send('Network.enable');
  } catch {
    // Not Chromium, or the protocol refused: the scan goes on without initiators.
  }
}

/** Who wrote each cookie by script on this page, read from the hook's record. */
export async function scriptOrigins(page: Page): Promise<CookieOrigins> {
  const writes = await page
    .evaluate(
      () =>
        (window as unknown as { __cookiegateScanWrites?: { name: string; stack: string }[] }).__cookiegateScanWrites ??
        [],
    )
    .catch(() => []);
  const origins: CookieOrigins = new Map();
  for (const write of writes) {
    const script = scriptOfStack(write.stack);
    if (script && !origins.has(write.name)) origins.set(write.name, script);
  }
  return origins;
}
