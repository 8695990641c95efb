import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoBlock, HELD_ATTRIBUTE, type AutoBlock } from '../../../src/core/auto-block';
import type { Service } from '../../../src/core/config-types';
import { googleAnalyticsPreset } from '../../../src/presets/google-analytics';

const service = (id: string, category: string, urls: readonly string[]): Service => ({
  id,
  category,
  title: id,
  description: '',
  urls,
  essential: false,
  options: {},
});
const services = [
  service('googleAnalytics', 'analytics', googleAnalyticsPreset.urls),
  service('youtube', 'marketing', ['https://www.youtube.com/embed/*']),
];
const GTM = 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST';
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST';
const VIDEO = 'https://www.youtube.com/embed/abc';
const OTHER = 'https://cdn.example.com/app.js';

let granted: Set<string>;
let block: AutoBlock | null;
const warn = vi.fn();

beforeEach(() => {
  granted = new Set();
  warn.mockClear();
  block = startAutoBlock(document, services, { allowed: (id) => granted.has(id), console: { warn } });
});
afterEach(() => {
  block?.stop();
});

/** A held script makes no request: it has no `src` attribute and a type no browser runs. */
function expectHeld(element: Element): void {
  expect(element.hasAttribute('src')).toBe(false);
  if (element.localName === 'script') expect(element.getAttribute('type')).toBe('text/plain');
  else expect(element.getAttribute(HELD_ATTRIBUTE)).not.toBeNull();
  expect(block?.held().map((h) => h.element)).toContain(element);
}

const setters: Record<string, (element: HTMLScriptElement | HTMLIFrameElement, url: string) => void> = {
  property: (element, url) => {
    element.src = url;
  },
  setAttribute: (element, url) => {
    element.setAttribute('SRC', url);
  },
  setAttributeNS: (element, url) => {
    element.setAttributeNS(null, 'src', url);
  },
};
const insertions: Record<string, (element: Element) => void> = {
  appendChild: (element) => document.head.appendChild(element),
  insertBefore: (element) => document.body.insertBefore(element, document.body.firstChild),
  replaceChild: (element) =>
    document.body.replaceChild(element, document.body.appendChild(document.createElement('i'))),
  append: (element) => {
    document.body.append(element);
  },
  prepend: (element) => {
    document.body.prepend(element);
  },
  before: (element) => {
    document.body.appendChild(document.createElement('i')).before(element);
  },
  after: (element) => {
    document.body.appendChild(document.createTextNode('x')).after(element);
  },
  replaceWith: (element) => {
    document.body.appendChild(document.createElement('i')).replaceWith(element);
  },
  insertAdjacentElement: (element) => document.body.insertAdjacentElement('beforeend', element),
  'append in a fragment': (element) => {
    const fragment = document.createDocumentFragment();
    fragment.append(element);
    document.body.appendChild(fragment);
  },
};

describe('auto-blocking: what scripts insert', () => {
  for (const [setter, setSrc] of Object.entries(setters)) {
    for (const [insertion, insert] of Object.entries(insertions)) {
      for (const tag of ['script', 'iframe'] as const) {
        const url = tag === 'script' ? GTM : VIDEO;
        it(`holds a ${tag} whose src is set by ${setter} before or after ${insertion}`, () => {
          const before = document.createElement(tag);
          setSrc(before, url);
          insert(before);
          expectHeld(before);
          const after = document.createElement(tag);
          insert(after);
          setSrc(after, url);
          expectHeld(after);
        });
      }
    }
  }

  it('holds tags in a subtree that was built before it was inserted', () => {
    const box = document.createElement('div');
    const iframe = box.appendChild(document.createElement('iframe'));
    iframe.setAttribute('src', VIDEO);
    // Built while auto-blocking was off, as a parser or a cloned template would leave it.
    block?.stop();
    const parsed = document.createElement('div');
    const stopped = parsed.appendChild(document.createElement('iframe'));
    stopped.setAttribute('src', VIDEO);
    expect(stopped.getAttribute('src')).toBe(VIDEO);
    block = startAutoBlock(document, services, { allowed: (id) => granted.has(id), console: { warn } });
    document.body.append(parsed);
    expectHeld(stopped);
  });

  it('leaves other elements and other URLs untouched', () => {
    const script = document.createElement('script');
    script.src = OTHER;
    script.async = true;
    document.head.append(script);
    const iframe = document.createElement('iframe');
    iframe.setAttribute('src', 'https://maps.example.com/');
    document.body.append(iframe);
    const image = document.createElement('img');
    image.setAttribute('src', GTM);
    document.body.append(image);
    expect(script.getAttribute('src')).toBe(OTHER);
    expect(script.hasAttribute('type')).toBe(false);
    expect(iframe.getAttribute('src')).toBe('https://maps.example.com/');
    expect(image.getAttribute('src')).toBe(GTM);
    expect(block?.held()).toEqual([]);
  });

  it('passes everything through once the service is granted', () => {
    granted.add('googleAnalytics');
    const script = document.createElement('script');
    script.src = GTAG;
    document.head.append(script);
    expect(script.getAttribute('src')).toBe(GTAG);
  });

  it('holds iframes written through innerHTML, outerHTML, insertAdjacentHTML and createContextualFragment', () => {
    const box = document.body.appendChild(document.createElement('div'));
    box.innerHTML = `<p>a</p><iframe src="${VIDEO}" title="v1"></iframe>`;
    const target = box.appendChild(document.createElement('span'));
    target.outerHTML = `<iframe src="${VIDEO}" title="v2"></iframe>`;
    for (const position of ['beforebegin', 'afterbegin', 'beforeend', 'afterend'] as const) {
      box.firstElementChild?.insertAdjacentHTML(position, `<iframe src="${VIDEO}" title="${position}"></iframe>`);
    }
    const fragment = document
      .createRange()
      .createContextualFragment(`<script src="${GTM}"></script><iframe src="${VIDEO}" title="f"></iframe>`);
    box.append(fragment);
    const iframes = [...box.querySelectorAll('iframe')];
    expect(iframes.map((i) => i.title).sort()).toEqual([
      'afterbegin',
      'afterend',
      'beforebegin',
      'beforeend',
      'f',
      'v1',
      'v2',
    ]);
    for (const iframe of iframes) expectHeld(iframe);
    expectHeld(box.querySelector('script')!);
    expect(box.querySelector('p')?.textContent).toBe('a');
  });

  it('resolves relative URLs in markup against the page, not the inert template', () => {
    block?.stop();
    const own = service('ownFrames', 'marketing', [`${location.origin}/frames/*`]);
    block = startAutoBlock(document, [own], { allowed: () => false, console: { warn } });
    const box = document.body.appendChild(document.createElement('div'));
    box.innerHTML = '<iframe src="/frames/a" title="own"></iframe>';
    expectHeld(box.querySelector('iframe')!);
  });

  it('holds a script the observer sees before it could run (parser-inserted)', async () => {
    const box = document.body.appendChild(document.createElement('div'));
    // jsdom's innerHTML is not hooked for scripts (the fragment parser never runs them): the
    // observer catches it, as it catches what the HTML parser inserts.
    box.innerHTML = `<script async src="${GTAG}"></script>`;
    await Promise.resolve();
    expectHeld(box.querySelector('script')!);
  });
});

describe('auto-blocking: release', () => {
  it('runs held elements once each, in arrival order, with their attributes, when their service is granted', () => {
    const order: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        if (r.attributeName === 'src' && (r.target as Element).hasAttribute('src'))
          order.push((r.target as Element).id);
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['src'] });
    const first = Object.assign(document.createElement('script'), { id: 'first', async: true, nonce: 'n0nce' });
    first.setAttribute('integrity', 'sha384-abc');
    first.setAttribute('type', 'module');
    first.src = GTM;
    document.head.append(first);
    const video = Object.assign(document.createElement('iframe'), { id: 'video' });
    video.src = VIDEO;
    document.body.append(video);
    const second = Object.assign(document.createElement('script'), { id: 'second', defer: true });
    second.setAttribute('src', GTAG);
    document.head.append(second);

    granted.add('youtube');
    block?.release();
    block?.release();
    expect(video.getAttribute('src')).toBe(VIDEO);
    expect(video.hasAttribute(HELD_ATTRIBUTE)).toBe(false);
    expect(first.hasAttribute('src')).toBe(false);

    granted.add('googleAnalytics');
    block?.release();
    block?.release();
    const records = observer.takeRecords();
    for (const r of records)
      if (r.attributeName === 'src' && (r.target as Element).hasAttribute('src')) order.push((r.target as Element).id);
    observer.disconnect();
    expect(order).toEqual(['video', 'first', 'second']);
    expect(first.getAttribute('src')).toBe(GTM);
    expect(first.getAttribute('type')).toBe('module');
    expect(first.async).toBe(true);
    expect(first.nonce).toBe('n0nce');
    expect(first.getAttribute('integrity')).toBe('sha384-abc');
    expect(second.defer).toBe(true);
    expect(second.hasAttribute('type')).toBe(false);
    expect(block?.held()).toEqual([]);
  });

  it('keeps held elements held while their service is refused, and after stop()', () => {
    const script = document.createElement('script');
    script.src = GTM;
    document.head.append(script);
    block?.release();
    block?.stop();
    expectHeld(script);
    const later = document.createElement('script');
    later.src = GTM;
    expect(later.getAttribute('src')).toBe(GTM);
  });

  it('waits for every service whose URLs match', () => {
    block?.stop();
    block = startAutoBlock(
      document,
      [...services, service('tagManager', 'marketing', ['https://www.googletagmanager.com/*'])],
      {
        allowed: (id) => granted.has(id),
        console: { warn },
      },
    );
    const script = document.createElement('script');
    script.src = GTM;
    document.head.append(script);
    granted.add('googleAnalytics');
    block?.release();
    expectHeld(script);
    granted.add('tagManager');
    block?.release();
    expect(script.getAttribute('src')).toBe(GTM);
  });
});

describe('auto-blocking: start', () => {
  it('warns once, naming each tag already in the document that matches a service', () => {
    block?.stop();
    const early = document.createElement('script');
    early.setAttribute('src', GTAG);
    document.head.append(early);
    const video = document.createElement('iframe');
    video.setAttribute('src', VIDEO);
    document.body.append(video);
    const other = document.createElement('script');
    other.setAttribute('src', OTHER);
    document.head.append(other);
    block = startAutoBlock(document, services, { allowed: () => false, console: { warn } });
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toContain(GTAG);
    expect(message).toContain('(googleAnalytics)');
    expect(message).toContain(VIDEO);
    expect(message).not.toContain(OTHER);
  });

  it('does nothing when no service declares URLs', () => {
    expect(
      startAutoBlock(document, [service('x', 'analytics', [])], { allowed: () => false, console: { warn } }),
    ).toBeNull();
  });
});
