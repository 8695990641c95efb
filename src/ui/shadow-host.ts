import css from './styles.css?raw';

/** The interface's place in the page. */
export interface HostParts {
  /** `<cookiegate-ui>`, first in the container. */
  host: HTMLElement;
  /** Its open shadow root. */
  root: ShadowRoot;
  /** The wrapper the interface renders into. */
  box: HTMLElement;
}

/**
 * Gives a shadow root its styles (the interface's, or a placeholder's) without needing
 * 'unsafe-inline' where possible.
 */
export function addStyles(doc: Document, root: ShadowRoot, nonce: string | undefined, styles = css): void {
  try {
    // A constructable stylesheet needs no 'unsafe-inline' under a strict CSP; it must come
    // from the document's own window, or adopting it throws.
    const sheet = new (doc.defaultView as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Older engines: a <style> carrying the page's nonce (CSP3 nonce-source).
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = styles;
    root.append(style);
  }
}

/**
 * Creates the interface's host: an element with an open shadow root (so the page's CSS cannot
 * break the banner and its CSS cannot leak out, while testing tools and assistive technology
 * still reach it) holding one wrapper to render into. It goes first in the container, so a
 * keyboard user meets the banner early in the tab order (WCAG 2.4.3); being out of flow, it
 * shifts nothing.
 */
export function createHost(doc: Document, container: Element, nonce?: string): HostParts {
  const host = doc.createElement('cookiegate-ui');
  const root = host.attachShadow({ mode: 'open' });
  addStyles(doc, root, nonce);
  const box = doc.createElement('div');
  box.className = 'cookiegate';
  root.append(box);
  container.prepend(host);
  return { host, root, box };
}
