/** Where the page's main content starts: its main landmark (ARIA), else its first heading. */
const MAIN_CANDIDATES = ['main,[role="main"]', 'h1,h2,h3,h4,h5,h6'];

/** Elements that take focus without a tabindex of ours. */
const NATIVELY_FOCUSABLE =
  'a[href],button:not(:disabled),input:not(:disabled),select:not(:disabled),textarea:not(:disabled),summary,[tabindex]';

/**
 * The start of the page's main content: `<main>` or `[role=main]`, else the first heading, else the
 * first focusable element of the body; never our own host. `null` on an empty page.
 */
export function mainContentStart(doc: Document, exclude: Element): HTMLElement | null {
  const outside = (element: Element) => element !== exclude && !exclude.contains(element);
  for (const selector of MAIN_CANDIDATES) {
    const found = [...doc.querySelectorAll<HTMLElement>(selector)].find(outside);
    if (found) return found;
  }
  return [...doc.body.querySelectorAll<HTMLElement>(NATIVELY_FOCUSABLE)].find(outside) ?? null;
}

/**
 * Focuses an element of the page, giving one that cannot take focus a temporary `tabindex="-1"`
 * (as skip links do), removed again when it loses focus so the page's markup stays its own.
 * `preventScroll`: the visitor may have scrolled away from the start of the content. Returns what
 * takes the temporary tabindex back (run when the interface goes first).
 */
export function focusPageElement(element: HTMLElement): () => void {
  if (element.matches(NATIVELY_FOCUSABLE)) {
    element.focus({ preventScroll: true });
    return () => undefined;
  }
  const restore = () => {
    element.removeEventListener('blur', restore);
    element.removeAttribute('tabindex');
  };
  element.setAttribute('tabindex', '-1');
  element.addEventListener('blur', restore);
  element.focus({ preventScroll: true });
  // Also called when the interface is taken down first: the page's markup stays its own.
  return restore;
}
