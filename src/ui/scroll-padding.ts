/**
 * Keeps the page's `scroll-padding` equal to the banner's height while it shows, so an element
 * that takes focus is scrolled clear of the fixed banner (WCAG 2.4.11 Focus Not Obscured,
 * technique C43, whose example is a cookie banner). `set(null)` restores the page's own value.
 */
export function createScrollPadding(doc: Document) {
  const style = doc.documentElement.style;
  const original = [style.scrollPaddingTop, style.scrollPaddingBottom];
  const RO = doc.defaultView?.ResizeObserver;
  let el: HTMLElement | null = null;
  const apply = () => {
    [style.scrollPaddingTop, style.scrollPaddingBottom] = original;
    if (!el) return;
    // CSSOM, not a style attribute string, so a strict CSP (no 'unsafe-inline') allows it.
    const px = `${el.getBoundingClientRect().height}px`;
    if (el.classList.contains('top')) style.scrollPaddingTop = px;
    else style.scrollPaddingBottom = px;
  };
  const ro = RO && new RO(apply);
  return {
    /** Follows this banner element, or none. */
    set(next: HTMLElement | null) {
      if (next == el) return;
      if (el) ro?.unobserve(el);
      el = next;
      if (el) ro?.observe(el);
      apply();
    },
  };
}
