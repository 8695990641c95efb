/**
 * Keeps a focused element clear of the fixed banner while it shows (WCAG 2.4.11 Focus Not
 * Obscured, technique C43, whose example is a cookie banner): `scroll-padding` equal to the
 * banner's height makes browsers scroll focused elements above (or below) it. For a bottom banner
 * the root also gets as much bottom padding, or the page's last links (where "Cookie settings"
 * usually sits) could never scroll out from under it; padding at the end moves nothing (CLS 0).
 * `set(null)` restores the page's own values.
 */
export function createScrollPadding(doc: Document) {
  const style = doc.documentElement.style;
  const original = [style.scrollPaddingTop, style.scrollPaddingBottom, style.paddingBottom];
  const RO = doc.defaultView?.ResizeObserver;
  let el: HTMLElement | null = null;
  const apply = () => {
    // Measured before the page's style changes, while the layout the observer ran after is clean.
    const px = el && `${el.getBoundingClientRect().height}px`;
    [style.scrollPaddingTop, style.scrollPaddingBottom, style.paddingBottom] = original;
    if (!el) return;
    // CSSOM, not a style attribute string, so a strict CSP (no 'unsafe-inline') allows it.
    if (el.classList.contains('top')) style.scrollPaddingTop = px!;
    else style.scrollPaddingBottom = style.paddingBottom = px!;
  };
  const ro = RO && new RO(apply);
  return {
    /** Follows this banner element, or none. */
    set(next: HTMLElement | null) {
      if (next == el) return;
      if (el) ro?.unobserve(el);
      el = next;
      // The observer reports a new element's size after the next layout, before it is painted:
      // measuring now would force a layout of the whole page while it is still loading.
      if (el && ro) ro.observe(el);
      else apply();
    },
  };
}
