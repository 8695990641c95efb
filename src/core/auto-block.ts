// Auto-blocking (`autoBlock: true`): scripts and iframes loading from an ungranted service's `urls`
// are held without any change to the page's markup. What scripts insert is held before any request
// (auto-block-hooks.ts, auto-block-markup.ts); what the HTML holds after the tag is held when the
// parser inserts it, before a script runs (HTML: the parser performs a microtask checkpoint before
// preparing a script, so a MutationObserver sees it first) and before an iframe's document runs.
import type { Service } from './config-types';
import { hooksOf, type Hooks, type Loader } from './auto-block-hooks';
import { compileUrlPatterns } from './url-pattern';
import { trusted } from './trusted-types';

/** Marks a held iframe with the id of the service holding it, for its placeholder. */
export const HELD_ATTRIBUTE = 'data-cookiegate-held';
/** Dispatched on the document when an element is held (`detail`: the element and its services). */
export const HELD_EVENT = 'cookiegate:held';

/** What a held element waits for. */
interface Held {
  readonly url: string;
  /** Every service whose `urls` match: it runs when all are granted. */
  readonly services: readonly string[];
  /** The script's own `type`, restored on release. */
  readonly type: string | null;
  /** Written in markup without `async`: it runs in order, as the parser would have run it. */
  readonly ordered: boolean;
}

export interface AutoBlockOptions {
  /** Whether a service is granted now. */
  allowed: (service: string) => boolean;
  console: Pick<Console, 'warn'>;
}

export interface AutoBlock {
  /** Runs each held element whose services are all granted now, once, in the order they arrived. */
  release(): void;
  /** The elements held now, in arrival order, with the services they wait for. */
  held(): { element: Loader; services: readonly string[] }[];
  /** Stops holding new elements. What is held stays inert. */
  stop(): void;
}

/**
 * Starts auto-blocking on a document for the services that declare `urls`; null when none does.
 * Tags already in the document cannot be held: one warning names those that match a service.
 */
export function startAutoBlock(
  doc: Document,
  services: readonly Service[],
  options: AutoBlockOptions,
): AutoBlock | null {
  const win = doc.defaultView;
  const matchers = services
    .filter((s) => s.urls.length > 0)
    .map((s) => ({ id: s.id, test: compileUrlPatterns(s.urls) }));
  if (!win || matchers.length === 0) return null;
  // One test of all patterns first: most URLs on a page belong to no service.
  const any = compileUrlPatterns(services.flatMap((s) => s.urls));
  const servicesOf = (url: string) => (any(url) ? matchers.filter((m) => m.test(url)).map((m) => m.id) : []);
  const held = new Map<Loader, Held>();
  const hooks = hooksOf(win);
  warnEarlier(doc, servicesOf, options.console);

  const remove = hooks.add({
    match: (url) => servicesOf(url).some((id) => !options.allowed(id)),
    hold(element, url) {
      const services = servicesOf(url);
      hold(hooks, held, element, { url, services });
      doc.dispatchEvent(new win.CustomEvent(HELD_EVENT, { detail: { element, services } }));
    },
  });
  // Indexed loops: this runs for every node the parser inserts, and DOM collections' iterators
  // cost more than their length and index in V8.
  const observer = new win.MutationObserver((records) => {
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- indexed on purpose (see above).
    for (let record = 0; record < records.length; record++) {
      const added = records[record].addedNodes;
      // eslint-disable-next-line @typescript-eslint/prefer-for-of -- indexed on purpose (see above).
      for (let node = 0; node < added.length; node++) hooks.scan(added[node]);
    }
  });
  observer.observe(doc, { childList: true, subtree: true });

  return {
    release() {
      for (const [element, entry] of held) {
        if (!entry.services.every(options.allowed)) continue;
        held.delete(element);
        run(win, element, entry);
      }
    },
    held: () => [...held].map(([element, entry]) => ({ element, services: entry.services })),
    stop() {
      remove();
      observer.disconnect();
    },
  };
}

/** Keeps `element`'s URL and leaves it inert until its services are granted. */
function hold(hooks: Hooks, held: Map<Loader, Held>, element: Loader, target: Pick<Held, 'url' | 'services'>): void {
  const script = element.localName === 'script';
  const previous = held.get(element);
  const fromMarkup = element.hasAttribute('src');
  held.set(element, {
    ...target,
    type: previous ? previous.type : element.getAttribute('type'),
    ordered: previous ? previous.ordered : script && fromMarkup && !element.hasAttribute('async'),
  });
  // A script without `src` and with a type no browser runs is never started (HTML "prepare the
  // script element"), so setting `src` on release runs it. An iframe without `src` stays on
  // about:blank; removing the attribute of one already navigating cancels that navigation.
  if (fromMarkup) element.removeAttribute('src');
  if (script) hooks.setAttribute.call(element, 'type', 'text/plain');
  else hooks.setAttribute.call(element, HELD_ATTRIBUTE, target.services[0]);
}

/** Gives a held element its URL back: a connected script runs, an iframe navigates. */
function run(win: Window, element: Loader, entry: Held): void {
  if (element.localName === 'iframe') {
    element.removeAttribute(HELD_ATTRIBUTE);
    element.src = entry.url;
    return;
  }
  const script = element as HTMLScriptElement;
  if (entry.type === null) script.removeAttribute('type');
  else script.setAttribute('type', entry.type);
  // The first, refused preparation made it "force async"; a markup script keeps its order.
  if (entry.ordered) script.async = false;
  try {
    // Through the hooks again: another instance on the page may still hold it.
    script.src = trusted(win, entry.url);
  } catch {
    // Trusted Types refused the URL (the site's CSP does not allow the policy): the browser reports it.
  }
}

/** HTML before the tag ran before it: it cannot be held, so the site owner is told which tags to move. */
function warnEarlier(doc: Document, servicesOf: (url: string) => string[], out: Pick<Console, 'warn'>): void {
  const early: string[] = [];
  for (const element of doc.querySelectorAll<Loader>('script[src],iframe[src]')) {
    const services = servicesOf(element.src);
    if (services.length > 0) early.push(`${element.src} (${services.join(', ')})`);
  }
  if (early.length === 0) return;
  out.warn(
    `cookiegate: autoBlock cannot hold tags placed before the cookiegate tag: ${early.join('; ')}. ` +
      'Move the cookiegate tag first in <head>, or gate these tags with data-category.',
  );
}
