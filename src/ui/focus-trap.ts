/** What sequential navigation can reach inside the interface (it holds no other kinds). */
const FOCUSABLE = 'a[href],button:not(:disabled),input:not(:disabled),summary';

/**
 * The focusable elements of a box, in tab order (the interface sets no positive tabindex).
 * Filtering `*` keeps document order, which jsdom's selector lists do not.
 */
export function focusables(box: Element): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>('*')].filter((element) => element.matches(FOCUSABLE));
}

/**
 * Keeps Tab and Shift+Tab inside a modal box, as focus-trap and the ARIA APG dialog pattern do
 * (WCAG 2.1.2, 2.4.3): from the last element Tab wraps to the first, from the first Shift+Tab
 * wraps to the last, and focus found outside the box comes back in. `active` is the shadow root's
 * `activeElement`, since `document.activeElement` only sees the shadow host.
 */
export function trapTab(event: KeyboardEvent, box: Element, active: Element | null): void {
  const all = focusables(box);
  if (all.length === 0) return;
  const first = all[0];
  const last = all[all.length - 1];
  const index = active ? all.indexOf(active as HTMLElement) : -1;
  const atEdge = event.shiftKey ? active === first : active === last;
  // Inside and away from the edge, the browser's own Tab order is right.
  if (index >= 0 && !atEdge) return;
  event.preventDefault();
  if (event.shiftKey) last.focus();
  else first.focus();
}
