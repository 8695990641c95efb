import { focusables, trapTab } from './focus-trap';
import { focusPageElement, mainContentStart } from './main-content';

/** What the focus controller needs to know of the interface. */
export interface FocusControllerOptions {
  document: Document;
  /** The shadow host: focus inside the interface shows on the document as focus on it. */
  host: HTMLElement;
  root: ShadowRoot;
  /** Escape in the preferences dialog: close it, deciding nothing (CNIL 2020-092 art. 2). */
  onEscape: () => void;
}

/** A part of the interface that takes focus, by its `data-part`. */
export type FocusPart = 'banner' | 'dialog';

/**
 * The interface's focus, kept apart from its view (focus-trap's model): it remembers what had
 * focus on the page and what opened the dialog, moves focus into a part, traps Tab in whichever
 * modal box is on top, and gives focus back when the control holding it goes away.
 */
export interface FocusController {
  /** Moves focus to the first control of a part, as a modal takes focus when it opens (ARIA APG). */
  enter(part: FocusPart): void;
  /** Remembers what opened the dialog: the given element, else what has focus now. */
  rememberOpener(from?: Element | null): void;
  /** Call around every render: returns what to call after it. */
  aroundRender(): () => void;
  destroy(): void;
}

/** Whether an element of the page can get focus back: still there, and not `<body>`. */
function canRefocus(element: Element | null, doc: Document): element is HTMLElement {
  return element !== null && element.isConnected && element !== doc.body && element !== doc.documentElement;
}

/** Tab stays inside the modal on top (the dialog, rendered after the banner, else a modal banner); Escape closes the dialog. */
function handleModalKeys(event: KeyboardEvent, root: ShadowRoot, onEscape: () => void): void {
  const modals = root.querySelectorAll('[aria-modal="true"]');
  // Undefined when no modal is open.
  const modal = modals[modals.length - 1] as Element | undefined;
  if (!modal) return;
  if (event.key === 'Escape' && modal.matches('[data-part="dialog"]')) onEscape();
  if (event.key === 'Tab') trapTab(event, modal, root.activeElement);
}

/**
 * Creates the focus controller of one mounted interface; it listens on the document for `focusin`
 * (to know where focus was on the page) and `keydown` (Tab and Escape) until `destroy()`.
 */
export function createFocusController(options: FocusControllerOptions): FocusController {
  const { document: doc, host, root } = options;
  let pageFocus: Element | null = doc.activeElement;
  let opener: Element | null = null;
  /** Takes back a temporary tabindex given to the main content, if it still has it. */
  let untabbable: () => void = () => undefined;

  const onFocusIn = (event: FocusEvent) => {
    // Focus inside the shadow root is retargeted to the host here: that is ours, not the page's.
    if (event.target !== host) pageFocus = event.target as Element;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    handleModalKeys(event, root, options.onEscape);
  };

  /**
   * Focus held by a control that a render removed goes back to what opened the dialog, else to
   * where it was on the page before the interface took it, else to the start of the main content;
   * never to `<body>`, where a keyboard user would start over from the top (WCAG 2.4.3).
   */
  const restore = () => {
    const target = [opener, pageFocus].find((element) => canRefocus(element, doc));
    opener = null;
    if (target) {
      target.focus();
      return;
    }
    const main = mainContentStart(doc, host);
    if (main) untabbable = focusPageElement(main);
  };

  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('keydown', onKeyDown);
  return {
    enter(part) {
      const box = root.querySelector(`[data-part="${part}"]`);
      if (box) focusables(box)[0]?.focus();
    },
    rememberOpener(from) {
      // The focused element, looking into the shadow root.
      opener = from ?? root.activeElement ?? doc.activeElement;
    },
    aroundRender() {
      const before = root.activeElement;
      return () => {
        if (before && !before.isConnected) restore();
      };
    },
    destroy() {
      doc.removeEventListener('focusin', onFocusIn);
      doc.removeEventListener('keydown', onKeyDown);
      untabbable();
    },
  };
}
