import { trusted } from './trusted-types';

/** Gated markup, as vanilla-cookieconsent writes it so sites can switch without editing pages. */
const SELECTOR = 'script[type="text/plain"][data-category],iframe[data-category][data-src]';
/** Attributes that describe the gating (or are set apart, `src`) and are not copied to the running script. */
const GATING_ATTRS = ['type', 'data-type', 'data-src', 'data-category', 'data-service', 'src'];

export interface GateOptions {
  /** Milliseconds to wait for an external script before running the next one anyway. */
  timeout?: number;
}

export interface Gate {
  /** Activates every gated element whose condition now holds, once, in document order. */
  evaluate(): void;
  /**
   * Stops observing the document. Scripts that ran cannot be unloaded. Tags already queued are
   * dropped, unless `done` is given (the split loader handing over): they still run, in order,
   * and `done` is called once the last has run or timed out.
   */
  stop(done?: () => void): void;
}

/**
 * True when an element's `data-category` condition holds: `analytics` when analytics (or the
 * element's `data-service`) is granted; `!analytics` when a decision refused analytics.
 */
export type Allow = (category: string, service: string | null, negated: boolean) => boolean;

/** The parser has moved past an element when it or an ancestor has a next sibling. */
function parsed(el: Node): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

/**
 * Watches a document for gated scripts and iframes and activates them when `allow` says so.
 * External scripts run one after another, each waiting for the load or error of the one before,
 * unless marked `async`; inline scripts wait for the external ones before them. A script that
 * throws, fails to load or hangs past `timeout` does not stop the ones after it.
 */
export function createGate(doc: Document, allow: Allow, options: GateOptions = {}): Gate {
  const timeout = options.timeout ?? 10_000;
  const seen = new WeakSet<Element>();
  const queue: Element[] = [];
  let waiting = false;
  /** An external script hung past `timeout`: the browser may never run it. */
  let stalled = false;
  /** Called once the queue is drained, after a `stop(done)`. */
  let drained: (() => void) | undefined;
  const win = doc.defaultView;

  const condition = (el: Element): boolean => {
    const raw = (el.getAttribute('data-category') ?? '').trim();
    const negated = raw.startsWith('!');
    const category = negated ? raw.slice(1).trim() : raw;
    return !!category && allow(category, el.getAttribute('data-service'), negated);
  };

  const activateScript = (el: HTMLScriptElement): HTMLScriptElement => {
    const s = doc.createElement('script');
    // Names, not `attributes`: reading that makes the browser create an Attr node per attribute.
    for (const name of el.getAttributeNames()) if (!GATING_ATTRS.includes(name)) s.setAttribute(name, el.getAttribute(name)!);
    const type = el.getAttribute('data-type');
    if (type) s.setAttribute('type', type);
    // Browsers hide the nonce attribute once parsed (HTML "nonce" hiding); the property keeps it.
    const nonce = el.nonce || el.getAttribute('nonce');
    if (nonce) s.nonce = nonce;
    const src = el.getAttribute('data-src') || el.getAttribute('src');
    // Under `require-trusted-types-for 'script'` both go through the policy the site allows (`cookiegate`).
    if (src) s.src = trusted(win, src);
    else s.text = trusted(win, el.text, 'createScript');
    // Dynamically inserted scripts are async by default; only an explicit `async` stays async.
    s.async = el.hasAttribute('async');
    return s;
  };

  const pump = () => {
    while (!waiting && queue.length) {
      const el = queue.shift()!;
      if (!el.isConnected) continue;
      if (el.localName === 'iframe') {
        const src = el.getAttribute('data-src')!;
        el.removeAttribute('data-src');
        el.setAttribute('src', src);
        continue;
      }
      let s: HTMLScriptElement;
      try {
        s = activateScript(el as HTMLScriptElement);
      } catch {
        // Trusted Types refused the text or URL (the site's CSP does not allow the policy): the
        // browser reports it; one refused tag must not stop the ones after it.
        continue;
      }
      const ordered = !!s.src && !s.async;
      // The browser holds every later `async = false` script behind one still loading (HTML "list
      // of scripts that will execute in order as soon as possible"), so once a script has hung past
      // the timeout the rest go in as async: the gate keeps their order itself.
      if (ordered && stalled) s.async = true;
      if (ordered) {
        waiting = true;
        let timer: ReturnType<typeof setTimeout>;
        let done = false;
        const next = () => {
          clearTimeout(timer);
          if (done) return;
          done = true;
          waiting = false;
          pump();
        };
        s.addEventListener('load', next);
        s.addEventListener('error', next);
        timer = setTimeout(() => {
          stalled = true;
          next();
        }, timeout);
      }
      try {
        // replaceChild, not replaceWith: the variadic (Node or string) binding costs more per call.
        el.parentNode!.replaceChild(s, el);
      } catch {
        // A Trusted Types refusal throws here; the browser reports it. Go on with the next.
        waiting = false;
      }
    }
    if (__SPLIT__ && drained && !waiting && !queue.length) {
      drained();
      drained = undefined;
    }
  };

  const evaluate = () => {
    const loading = doc.readyState === 'loading';
    for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
      // While the page is parsing, an inline script may not have all its text yet.
      if (seen.has(el) || (loading && !parsed(el)) || !condition(el)) continue;
      seen.add(el);
      queue.push(el);
    }
    pump();
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      evaluate();
    });
  };

  // Only added elements can be gated tags; text and attribute changes are ignored (SPAs mutate a lot).
  const observer = typeof MutationObserver === 'function'
    ? new MutationObserver((records) => {
        // Only added gated tags (or subtrees holding them) matter. The scripts the gate itself
        // inserts do not: re-scanning after each of them made 500 gated tags cost O(n²).
        const gated = (n: Node) => n.nodeType === 1 && ((n as Element).matches(SELECTOR) || (n as Element).querySelector(SELECTOR));
        if (records.some((r) => Array.from(r.addedNodes).some(gated))) schedule();
      })
    : null;
  observer?.observe(doc, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', evaluate);
  win?.addEventListener('load', evaluate);

  return {
    evaluate,
    stop(done) {
      observer?.disconnect();
      doc.removeEventListener('DOMContentLoaded', evaluate);
      win?.removeEventListener('load', evaluate);
      if (__SPLIT__ && done) {
        drained = done;
        pump();
      } else queue.length = 0;
    },
  };
}
