// Auto-blocking for markup strings. The HTML fragment parser marks the scripts it creates as
// "already started" (HTML §13.4, "parsing HTML fragments"), so innerHTML, outerHTML and
// insertAdjacentHTML never run or fetch a script; but an <iframe> they put into a connected element
// navigates during the assignment. Markup holding an iframe is therefore parsed first into an inert
// <template>, what a blocker matches is held there, and the result is inserted. Markup without
// "<iframe" takes the browser's own path untouched. These hooks pass the page's own strings to the
// page's own sinks; the library itself writes no markup.
import type { Scanner } from './auto-block-hooks';

type Win = Window & typeof globalThis;
type Setter = (this: unknown, value: unknown) => void;

const IFRAME = /<iframe/i;
const LOADER = /<(script|iframe)/i;

/** Replaces the setter of `name` on `prototype` by `wrap(original)`. */
function wrapSetter(prototype: object | undefined, name: string, wrap: (set: Setter) => Setter): void {
  const descriptor = prototype && Object.getOwnPropertyDescriptor(prototype, name);
  if (!prototype || !descriptor?.set) return;
  // The page's own setter, called by the wrapper with .call(this).
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native setter, re-bound by the wrapper.
  Object.defineProperty(prototype, name, { ...descriptor, set: wrap(descriptor.set as Setter) });
}

/** Hooks innerHTML, outerHTML, insertAdjacentHTML, createContextualFragment and document.write. */
export function hookMarkup(win: Win, scanner: Scanner): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native setter, always called with .call(node).
  const innerHTML = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')?.set as Setter | undefined;
  if (!innerHTML) return;
  /** The markup as an inert fragment, with what a blocker matches held. */
  const parse = (doc: Document, markup: unknown): DocumentFragment => {
    const template = doc.createElement('template');
    innerHTML.call(template, markup);
    scanner.scan(template.content);
    return template.content;
  };
  const live = (target: Node, markup: unknown) => target.isConnected && IFRAME.test(String(markup));

  const replaceContent = (set: Setter): Setter =>
    function (this: unknown, value) {
      const target = this as Element | ShadowRoot;
      // A <template>'s innerHTML sets its inert content, not its children.
      if (!live(target, value) || (target as Element).localName === 'template') set.call(this, value);
      else target.replaceChildren(parse(target.ownerDocument, value));
    };
  wrapSetter(win.Element.prototype, 'innerHTML', replaceContent);
  // Older browsers have no shadow DOM at all.
  const shadowRoot = win.ShadowRoot as typeof ShadowRoot | undefined;
  wrapSetter(shadowRoot?.prototype, 'innerHTML', replaceContent);
  wrapSetter(
    win.Element.prototype,
    'outerHTML',
    (set) =>
      function (this: unknown, value) {
        const target = this as Element;
        if (!live(target, value) || target.parentNode?.nodeType !== 1) set.call(this, value);
        else target.replaceWith(parse(target.ownerDocument, value));
      },
  );
  hookInsertAdjacentHTML(win, parse, live);

  const range = win.Range.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native method, always called with .call(range).
  const createContextualFragment = range.createContextualFragment;
  range.createContextualFragment = function (this: Range, markup: string) {
    // Scripts of this fragment run when it is inserted (DOM Parsing §2.5): hold them now.
    const fragment = createContextualFragment.call(this, markup);
    scanner.scan(fragment);
    return fragment;
  };
  hookWrite(win, scanner, innerHTML);
}

type Parse = (doc: Document, markup: unknown) => DocumentFragment;

function hookInsertAdjacentHTML(win: Win, parse: Parse, live: (target: Node, markup: unknown) => boolean): void {
  const element = win.Element.prototype;
  // The page's own sink, wrapped: this module passes the page's markup on and writes none itself.
  // eslint-disable-next-line no-restricted-properties, @typescript-eslint/unbound-method -- the page's native sink, called with .call(element).
  const insertAdjacentHTML = element.insertAdjacentHTML;
  // eslint-disable-next-line no-restricted-properties -- wraps the page's own sink (see above); the library writes no markup.
  element.insertAdjacentHTML = function (this: Element, position: unknown, markup: string) {
    // `position` comes from page code, typed or not: anything is turned into a string as the browser does.
    const where = String(position).toLowerCase();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- DOM methods, called with .call(this) below.
    const insert = { beforebegin: this.before, afterbegin: this.prepend, beforeend: this.append, afterend: this.after }[
      where
    ];
    if (
      !insert ||
      !live(this, markup) ||
      ((where === 'beforebegin' || where === 'afterend') && this.parentNode?.nodeType !== 1)
    ) {
      insertAdjacentHTML.call(this, position as InsertPosition, markup);
      return;
    }
    insert.call(this, parse(this.ownerDocument, markup));
  };
}

/**
 * document.write while the page loads: the parser would fetch a written `<script src>` before any
 * observer runs (HTML "prepare the script element" at its end tag, inside the call). Markup that
 * loads from a blocked URL is parsed inertly instead; its scripts are rebuilt so the ones not held
 * still run (in order, though no longer blocking the parser), and it goes where the writing script
 * stands. Anything else is written as the page asked.
 */
function hookWrite(win: Win, scanner: Scanner, innerHTML: Setter): void {
  const prototype = win.Document.prototype;
  const inert = (doc: Document, markup: string) => {
    const template = doc.createElement('template');
    innerHTML.call(template, markup);
    return template.content;
  };
  const lastWritten = new WeakMap<Element, Node>();
  for (const method of ['write', 'writeln'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the native method, called with .apply(document).
    const original = prototype[method];
    prototype[method] = function (this: Document, ...parts: string[]) {
      const markup = parts.join('') + (method === 'writeln' ? '\n' : '');
      const fragment = this.readyState === 'loading' && LOADER.test(markup) ? inert(this, markup) : null;
      const blocked = (loader: Element) => scanner.matches(loader.getAttribute('src'));
      if (!fragment || ![...fragment.querySelectorAll('script[src],iframe[src]')].some(blocked)) {
        original.apply(this, parts);
        return;
      }
      for (const script of fragment.querySelectorAll('script')) script.replaceWith(runnable(this, script));
      scanner.scan(fragment);
      const anchor = this.currentScript;
      const last = (anchor && lastWritten.get(anchor)) ?? anchor;
      const nodes = [...fragment.childNodes];
      if (last?.parentNode) last.parentNode.insertBefore(fragment, last.nextSibling);
      else {
        // No <body> yet while the parser is still in <head>.
        const body = this.body as HTMLElement | null;
        (body ?? this.documentElement).append(fragment);
      }
      if (anchor && nodes.length > 0) lastWritten.set(anchor, nodes[nodes.length - 1]);
    };
  }
}

/**
 * A script the browser will run when inserted: a fresh element with the same attributes and text
 * (the `src` goes through the hooks, so a blocked one is held). Without `async` it keeps its place
 * in order (HTML "list of scripts that will execute in order as soon as possible").
 */
function runnable(doc: Document, parsed: HTMLScriptElement): HTMLScriptElement {
  const script = doc.createElement('script');
  for (const attribute of parsed.attributes) script.setAttribute(attribute.name, attribute.value);
  try {
    if (parsed.text) script.text = parsed.text;
  } catch {
    // Trusted Types refused the text (require-trusted-types-for 'script'): it stays inert.
  }
  if (!parsed.hasAttribute('async')) script.async = false;
  return script;
}
