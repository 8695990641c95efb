import { h, render } from 'preact';
import type { NormalizedConfig } from '../core/config-types';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { fillDeclarations } from './declaration';
import { createFocusController } from './focus-controller';
import { CLOSED, openDialog, toggle, type InterfaceState } from './interface-state';
import { InterfaceView, type ViewHandlers } from './interface-view';
import { createScrollPadding, type ScrollPadding } from './scroll-padding';
import type { HostParts } from './shadow-host';

/** The interface once its texts are in. */
export interface LiveInterface {
  /** Opens the preferences dialog; focus returns to `from` (else what has focus now) on close. */
  showPreferences(from?: Element | null): void;
  unmount(): void;
}

/** How the handlers read and replace the interface state, and open the dialog. */
interface StateAccess {
  get(this: void): InterfaceState;
  /** Replaces the state and renders it. */
  set(this: void, next: InterfaceState): void;
  open(this: void): void;
}

/** What the visitor's clicks do. A decision also ends the dialog, so the view renders it closed. */
function viewHandlers(consent: Consent, access: StateAccess): ViewHandlers {
  const decide = (choose: (draft: InterfaceState['draft']) => unknown) => () => {
    const { draft } = access.get();
    access.set(CLOSED);
    choose(draft);
  };
  const statistics = consent.config.statisticsException;
  return {
    acceptAll: decide(() => consent.acceptAll()),
    rejectAll: decide(() => consent.rejectAll()),
    saveDraft: decide((draft) => consent.set(draft)),
    // The statistics exception's simple, free objection (PECR Sch. A1 para. 5).
    objectToStatistics: decide(() => (statistics ? consent.set({ [statistics]: false }) : null)),
    openDialog: access.open,
    closeDialog: () => access.set(CLOSED),
    toggle: (changes) => {
      access.set(toggle(access.get(), changes));
    },
  };
}

/** Keeps the page's content clear of the banner, else of the floating control (scroll-padding.ts). */
function followFixedPart(padding: ScrollPadding, root: ShadowRoot, position: NormalizedConfig['position']): void {
  const banner = root.querySelector<HTMLElement>('[data-part="banner"]');
  const floating = root.querySelector<HTMLElement>('[data-part="floating"]');
  padding.set(banner ?? floating, banner && position === 'top' ? 'top' : 'bottom');
}

/** What the interface does on the instance's events; returns the unsubscribe functions. */
function listenToInstance(
  consent: Consent,
  on: { update: () => void; open: () => void; saveOpenDialog: () => boolean },
): (() => void)[] {
  return [
    consent.on('change', on.update),
    consent.on('preferences', on.open),
    // A service named by markup that appears later gets its control (issue 16).
    consent.on('services', on.update),
    // `data-cc="accept-custom"` (vanilla-cookieconsent): an open dialog saves what it shows.
    consent.on('accept-custom', (request) => {
      if (on.saveOpenDialog()) request.handled = true;
    }),
  ];
}

/**
 * Renders the interface of an instance into its host and keeps it current: the view is a function
 * of the instance and a plain {@link InterfaceState}; this module owns the state, the scroll padding
 * and the focus controller.
 */
export function startInterface(consent: Consent, texts: Texts, parts: HostParts): LiveInterface {
  const doc = parts.host.ownerDocument;
  // WCAG 3.1.2: a Welsh banner on an English page is announced in Welsh.
  parts.box.lang = texts.lang;
  const padding = createScrollPadding(doc);
  const onEscape = () => setState(CLOSED);
  const focus = createFocusController({ document: doc, host: parts.host, root: parts.root, onEscape });
  let state: InterfaceState = CLOSED;
  let bannerShown = false;

  function setState(next: InterfaceState) {
    if (next === state) return;
    state = next;
    update();
  }

  function open(from?: Element | null) {
    if (state.dialogOpen) return;
    focus.rememberOpener(from);
    setState(openDialog(consent));
    focus.enter('dialog');
  }

  const handlers = viewHandlers(consent, { get: () => state, set: setState, open: () => open() });

  function update() {
    const afterRender = focus.aroundRender();
    render(<InterfaceView consent={consent} texts={texts} state={state} handlers={handlers} />, parts.box);
    followFixedPart(padding, parts.root, consent.config.position);
    afterRender();
    const undecided = consent.record() === null;
    // A modal banner takes focus when it appears (ARIA APG dialog pattern); the bar never does.
    if (undecided && !bannerShown && consent.config.mode === 'modal') focus.enter('banner');
    bannerShown = undecided;
  }

  const cleanups = [
    ...listenToInstance(consent, { update, open: () => open(), saveOpenDialog }),
    fillDeclarations(doc, consent, texts),
  ];
  function saveOpenDialog(): boolean {
    if (!state.dialogOpen) return false;
    handlers.saveDraft();
    return true;
  }
  update();

  return {
    showPreferences: open,
    unmount() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      focus.destroy();
      render(null, parts.box);
      padding.set(null);
    },
  };
}
