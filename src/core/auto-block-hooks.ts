// The page-wide half of auto-blocking: one set of hooks per window, on the prototypes every script
// uses to give a <script> or <iframe> its URL or to put one into the document. Each live instance
// registers a blocker; an element is held by the first blocker that claims it. Hooks are installed
// once and stay (another script may have wrapped them since, so unwrapping could break it); with no
// blocker registered they pass everything through.
import { hookMarkup } from './auto-block-markup';

/** An element auto-blocking can hold: it loads a URL through `src`. */
export type Loader = HTMLScriptElement | HTMLIFrameElement;

/** One instance's part in the hooks. */
export interface Blocker {
  /** Whether `url` (absolute) belongs to a service not granted now. */
  match(url: string): boolean;
  /** Holds `element` for `url`: it keeps the URL and leaves the element inert. */
  hold(element: Loader, url: string): void;
}

/** The page's hooks: blockers come and go, the hooks stay. */
export interface Hooks {
  add(blocker: Blocker): () => void;
  /** Holds what `node` carries (itself or its subtree) that a blocker matches; true when it held something. */
  scan(node: Node): boolean;
  /** The untouched `setAttribute`, for the blockers' own changes. */
  readonly setAttribute: Element['setAttribute'];
}

/** What the markup hooks need of the others. */
export interface Scanner {
  /** Holds what `node` carries (itself or its subtree) that a blocker matches; true when it held something. */
  scan(node: Node): boolean;
  /** Whether some blocker would hold an element loading `value`. */
  matches(value: unknown): boolean;
}

const installed = new WeakMap<Window, Hooks>();
const SELECTOR = 'script[src],iframe[src]';

function isLoader(node: Node): node is Loader {
  const name = (node as Element).localName;
  return (name === 'script' || name === 'iframe') && (node as Element).namespaceURI === 'http://www.w3.org/1999/xhtml';
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).nodeType === 'number';
}

/** The hooks of a window, installed on first use. */
export function hooksOf(win: Window & typeof globalThis): Hooks {
  let hooks = installed.get(win);
  if (!hooks) {
    hooks = install(win);
    installed.set(win, hooks);
  }
  return hooks;
}

function install(win: Window & typeof globalThis): Hooks {
  const blockers = new Set<Blocker>();
  const element = win.Element.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native method, always called with .call(element).
  const setAttribute = element.setAttribute;

  /** `value` as an absolute URL, against the page's base URL (a template's inert document has none). */
  const resolve = (value: unknown): string | undefined => {
    try {
      return new win.URL(String(value), win.document.baseURI).href;
    } catch {
      return undefined; // no URL, no request
    }
  };
  const blockerOf = (url: string | undefined): Blocker | undefined => {
    if (url !== undefined) for (const blocker of blockers) if (blocker.match(url)) return blocker;
    return undefined;
  };
  /** True when a blocker holds `target` for `url`: the caller must then not set `src`. */
  const holdFor = (target: Loader, url: string | undefined): boolean => {
    if (url === undefined) return false;
    const blocker = blockerOf(url);
    blocker?.hold(target, url);
    return blocker !== undefined;
  };
  const claim = (target: Loader, value: unknown): boolean => blockers.size > 0 && holdFor(target, resolve(value));
  const check = (target: Element): boolean => {
    const src = target.getAttribute('src');
    if (src === null) return false;
    // The browser's own resolution where it applies: no URL object for the many tags that match nothing.
    return holdFor(target as Loader, target.ownerDocument === win.document ? (target as Loader).src : resolve(src));
  };
  const scan = (node: Node): boolean => {
    if (blockers.size === 0 || (node.nodeType !== 1 && node.nodeType !== 11)) return false;
    if (isLoader(node)) return check(node);
    if (!(node as ParentNode).firstElementChild) return false;
    let held = false;
    for (const found of (node as ParentNode).querySelectorAll(SELECTOR)) held = check(found) || held;
    return held;
  };
  hookMarkup(win, { scan, matches: (value) => blockers.size > 0 && blockerOf(resolve(value)) !== undefined });

  hookSrc(win.HTMLScriptElement.prototype, claim);
  hookSrc(win.HTMLIFrameElement.prototype, claim);
  hookSetAttribute(element, setAttribute, claim);
  hookInsertion(win, scan);
  return {
    add(blocker) {
      blockers.add(blocker);
      return () => blockers.delete(blocker);
    },
    scan,
    setAttribute,
  };
}

/** `setAttribute('src', url)` and `setAttributeNS(null, 'src', url)` on a script or iframe: a claimed URL is not set. */
function hookSetAttribute(
  element: Element,
  setAttribute: Element['setAttribute'],
  claim: (target: Loader, value: unknown) => boolean,
): void {
  element.setAttribute = function (this: Element, name: string, value: string) {
    if (isLoader(this) && name.toLowerCase() === 'src' && claim(this, value)) return;
    setAttribute.call(this, name, value);
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native method, always called with .call(element).
  const setAttributeNS = element.setAttributeNS;
  element.setAttributeNS = function (this: Element, namespace: string | null, name: string, value: string) {
    if (!namespace && isLoader(this) && name.toLowerCase() === 'src' && claim(this, value)) return;
    setAttributeNS.call(this, namespace, name, value);
  };
}

/** `script.src = url` and `iframe.src = url`: a claimed URL is kept by the blocker, not set. */
function hookSrc(prototype: Loader, claim: (target: Loader, value: unknown) => boolean): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'src');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native setter, always called with .call(element).
  const set = descriptor?.set;
  if (!descriptor || !set) return;
  Object.defineProperty(prototype, 'src', {
    ...descriptor,
    set(this: Loader, value: unknown) {
      if (!claim(this, value)) set.call(this, value);
    },
  });
}

/**
 * Every DOM insertion method, with the indexes of the arguments that are inserted (`-1`: all).
 * The ParentNode and ChildNode mixins live on several interfaces (WHATWG DOM §4.2.6, §4.2.8).
 */
const INSERTIONS: readonly [keyof typeof globalThis, string, number][] = [
  ['Node', 'appendChild', 0],
  ['Node', 'insertBefore', 0],
  ['Node', 'replaceChild', 0],
  ['Element', 'insertAdjacentElement', 1],
  ['Element', 'append', -1],
  ['Element', 'prepend', -1],
  ['Element', 'replaceChildren', -1],
  ['Element', 'before', -1],
  ['Element', 'after', -1],
  ['Element', 'replaceWith', -1],
  ['Document', 'append', -1],
  ['Document', 'prepend', -1],
  ['Document', 'replaceChildren', -1],
  ['DocumentFragment', 'append', -1],
  ['DocumentFragment', 'prepend', -1],
  ['DocumentFragment', 'replaceChildren', -1],
  ['CharacterData', 'before', -1],
  ['CharacterData', 'after', -1],
  ['CharacterData', 'replaceWith', -1],
];

/** Inserted nodes are scanned before the browser sees them: what they carry is held before any request. */
function hookInsertion(win: Window & typeof globalThis, scan: (node: Node) => boolean): void {
  for (const [interfaceName, method, index] of INSERTIONS) {
    const prototype = (win[interfaceName] as { prototype?: Record<string, unknown> } | undefined)?.prototype;
    const original = prototype?.[method];
    if (!prototype || typeof original !== 'function') continue;
    prototype[method] = function (this: unknown, ...args: unknown[]) {
      const inserted = index < 0 ? args : [args[index]];
      for (const arg of inserted) if (isNode(arg)) scan(arg);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
