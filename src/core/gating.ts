import { createGateQueue } from './gate-queue';

/** Gated markup, as vanilla-cookieconsent writes it so sites can switch without editing pages. */
const SELECTOR = 'script[type="text/plain"][data-category],iframe[data-category][data-src]';

export interface GateOptions {
  /** Milliseconds to wait for an external script before running the next one anyway. */
  timeout?: number;
}

export interface Gate {
  /** Activates every gated element whose condition now holds, once, in document order. */
  evaluate(): void;
  /** Stops observing the document and drops tags not yet run. Scripts that ran cannot be unloaded. */
  stop(): void;
}

/**
 * True when an element's condition holds. `category`: its `data-category` without `!`; `service`:
 * its `data-service` without `!`, or null; `negated`: a `!` on either, which (as in
 * vanilla-cookieconsent 3) asks for the service's withdrawal when there is a service, else the
 * category's.
 */
export type Allow = (category: string, service: string | null, negated: boolean) => boolean;

const unbang = (raw: string) => (raw.startsWith('!') ? raw.slice(1).trim() : raw);

/** The parser has moved past an element when it or an ancestor has a next sibling. */
function parsed(element: Node): boolean {
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

function conditionHolds(element: Element, allow: Allow): boolean {
  const rawCategory = (element.getAttribute('data-category') ?? '').trim();
  const rawService = (element.getAttribute('data-service') ?? '').trim();
  const category = unbang(rawCategory);
  const service = unbang(rawService);
  const negated = rawCategory.startsWith('!') || rawService.startsWith('!');
  return category !== '' && allow(category, service || null, negated);
}

/**
 * Watches a document for gated scripts and iframes and activates them when `allow` says so, in
 * document order (see gate-queue.ts for how external scripts keep it).
 */
export function createGate(doc: Document, allow: Allow, options: GateOptions = {}): Gate {
  const seen = new WeakSet<Element>();
  const queue = createGateQueue(options.timeout ?? 10_000);
  const win = doc.defaultView;

  const evaluate = () => {
    const loading = doc.readyState === 'loading';
    // A static list: the scripts run below cannot change it.
    for (const element of doc.querySelectorAll(SELECTOR)) {
      // While the page is parsing, an inline script may not have all its text yet.
      if (seen.has(element) || (loading && !parsed(element)) || !conditionHolds(element, allow)) continue;
      seen.add(element);
      queue.push(element);
    }
  };
  const observer = observeAdded(doc, seen, evaluate);
  doc.addEventListener('DOMContentLoaded', evaluate);
  win?.addEventListener('load', evaluate);

  return {
    evaluate,
    stop() {
      observer?.disconnect();
      doc.removeEventListener('DOMContentLoaded', evaluate);
      win?.removeEventListener('load', evaluate);
      queue.clear();
    },
  };
}

/**
 * Calls `evaluate` once per microtask when gated tags (or subtrees holding them) are added. Text
 * and attribute changes are ignored (single-page apps mutate a lot), and so are the scripts the
 * gate itself reinserts: re-scanning after each of them made 500 gated tags cost O(n²).
 */
function observeAdded(doc: Document, seen: WeakSet<Element>, evaluate: () => void): MutationObserver | null {
  if (typeof MutationObserver !== 'function') return null;
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      evaluate();
    });
  };
  const gated = (node: Node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const element = node as Element;
    return !seen.has(element) && (element.matches(SELECTOR) || element.querySelector(SELECTOR) !== null);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (gated(node)) {
          schedule();
          return;
        }
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  return observer;
}
