/** The viewport edge a fixed element of the interface sits on. */
export type Edge = 'top' | 'bottom';

/** The page's scroll padding, following one fixed element of the interface. */
export interface ScrollPadding {
  /** Follows this fixed element on this edge, or none (restoring the page's own values). */
  set(next: HTMLElement | null, nextEdge?: Edge): void;
}

/** The page's own values, restored when nothing of ours is fixed to an edge. */
interface PageValues {
  scrollPaddingTop: string;
  scrollPaddingBottom: string;
  paddingBottom: string;
}

/**
 * Keeps a focused element clear of the interface's fixed parts (WCAG 2.4.11 Focus Not Obscured,
 * technique C43, whose example is a cookie banner): `scroll-padding` as deep as the banner or the
 * floating control reaches into the viewport makes browsers scroll focused elements clear of it.
 * At the bottom the root also gets as much padding, or the page's last links (where "Cookie
 * settings" usually sits) could never scroll out from under it; padding at the end moves nothing
 * (CLS 0). `set(null)` restores the page's own values.
 */
export function createScrollPadding(doc: Document): ScrollPadding {
  const style = doc.documentElement.style;
  const original: PageValues = {
    scrollPaddingTop: style.scrollPaddingTop,
    scrollPaddingBottom: style.scrollPaddingBottom,
    paddingBottom: style.paddingBottom,
  };
  const Observer = doc.defaultView?.ResizeObserver;
  let element: HTMLElement | null = null;
  let edge: Edge = 'bottom';
  const apply = () => {
    // Measured before the page's style changes, while the layout the observer ran after is clean.
    const rect = element?.getBoundingClientRect();
    Object.assign(style, original);
    if (!rect) return;
    // CSSOM, not a style attribute string, so a strict CSP (no 'unsafe-inline') allows it.
    if (edge === 'top') {
      style.scrollPaddingTop = `${rect.bottom}px`;
      return;
    }
    const depth = `${doc.documentElement.clientHeight - rect.top}px`;
    style.scrollPaddingBottom = depth;
    style.paddingBottom = depth;
  };
  const observer = Observer ? new Observer(apply) : undefined;
  return {
    set(next, nextEdge = 'bottom') {
      if (next === element && nextEdge === edge) return;
      if (element) observer?.unobserve(element);
      element = next;
      edge = nextEdge;
      // The observer reports a new element's size after the next layout, before it is painted:
      // measuring now would force a layout of the whole page while it is still loading.
      if (element && observer) observer.observe(element);
      else apply();
    },
  };
}
