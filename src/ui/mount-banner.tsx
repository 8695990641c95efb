import { Fragment, h, render } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { english } from './texts/en';
import { createHost } from './shadow-host';
import { banner } from './banner';
import type { Action } from './buttons';
import { preferencesDialog } from './preferences-dialog';
import { fillDeclarations } from './declaration';
import { createScrollPadding } from './scroll-padding';
import { focusables, trapTab } from './focus-trap';

/** Options of {@link mountBanner}. */
export interface MountOptions {
  /** Texts of the visitor's language; the config's `texts` still win over them. */
  texts?: Partial<Texts>;
  /** The CSP nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string;
  /** Where the interface's host element goes. Default `document.body`. */
  container?: Element;
  /** Default: the container's document, else the global `document`. */
  document?: Document;
}

/** A mounted interface. */
export interface MountedBanner {
  /** Removes the interface, its listeners and the page's scroll padding. */
  unmount(): void;
  /** Opens the preferences dialog. */
  showPreferences(): void;
}

/** Elements of the page that open the preferences dialog when clicked (links, buttons). */
const OPENER = '[data-cookiegate="preferences"]';

/**
 * Shows the consent interface for an instance: the banner while there is no decision, the
 * preferences dialog on request, an optional reopen button, and the cookie declaration in every
 * `[data-cookiegate="declaration"]` element.
 *
 * @example
 * const consent = createConsent(config);
 * mountBanner(consent, { texts: cy });
 */
export function mountBanner(consent: Consent<string>, options: MountOptions = {}): MountedBanner {
  const doc = options.document ?? options.container?.ownerDocument ?? document;
  const t: Texts = { ...english, ...options.texts, ...consent.config.texts };
  const { categories, mode, reopenButton } = consent.config;
  const [host, box] = createHost(doc, options.container ?? doc.body, options.nonce);
  const root = host.shadowRoot as ShadowRoot;
  // WCAG 3.1.2: a Welsh banner on an English page is announced in Welsh.
  box.lang = t.lang;
  const padding = createScrollPadding(doc);

  let dialog = false;
  let draft: Record<string, boolean> = {};
  let opener: Element | null = null;
  let shown = false;

  const first = (selector: string) => {
    const el = root.querySelector(selector);
    if (el) focusables(el)[0]?.focus();
  };

  // The statistics exception's simple, free objection (PECR Sch. A1 para. 5): on every page, in the
  // banner and after it, for as long as the statistics run.
  const statistics = consent.config.statisticsException;
  const object = () => consent.set({ [statistics!]: false });

  const update = () => {
    const had = root.activeElement;
    const undecided = !consent.record();
    const objectable = statistics && consent.has(statistics);
    render(
      <>
        {undecided &&
          banner(consent.config, t, [
            [t.acceptAll, consent.acceptAll],
            [t.rejectAll, consent.rejectAll],
            [t.managePreferences, () => open()],
            ...(objectable ? [[t.objectToStatistics, object] as Action] : []),
          ])}
        {dialog &&
          preferencesDialog(
            consent,
            t,
            draft,
            (id, on) => {
              draft = { ...draft, [id]: on };
              update();
            },
            close,
            [
              [t.acceptAll, decide(consent.acceptAll)],
              [t.rejectAll, decide(consent.rejectAll)],
              [t.savePreferences, decide(() => consent.set(draft))],
            ],
          )}
        {reopenButton && !undecided && !dialog && (
          <button type="button" class="r" onClick={() => open()}>
            {t.reopen}
          </button>
        )}
        {objectable && !undecided && !dialog && (
          <button type="button" class="r j" onClick={object}>
            {t.objectToStatistics}
          </button>
        )}
      </>,
      box,
    );
    padding.set(root.querySelector<HTMLElement>('.n'));
    // A modal banner takes focus when it appears (ARIA APG dialog pattern); the bar never does.
    if (undecided && !shown && mode == 'modal') first('.n');
    shown = undecided;
    // Focus was on a control that a decision removed: keep it in the interface, not on <body>.
    if (had && !had.isConnected) first('.w');
  };

  function open(from?: Element | null) {
    if (dialog) return;
    opener = from ?? root.activeElement ?? doc.activeElement;
    // Nothing is pre-ticked (GDPR recital 32): a switch shows what is granted now, i.e. required,
    // chosen before, or statistics under the exception until the visitor objects.
    draft = {};
    for (const c of categories) draft[c.id] = consent.has(c.id);
    dialog = true;
    update();
    first('.d');
  }

  /** A choice made in the dialog: record it, then close. */
  const decide = (choose: () => unknown) => () => {
    choose();
    close();
  };

  function close() {
    if (!dialog) return;
    dialog = false;
    update();
    // Focus returns to what opened the dialog (WCAG 2.4.3, APG), else a sensible fallback.
    if (opener?.isConnected && opener != doc.body) (opener as HTMLElement).focus();
    else if (!root.activeElement) doc.querySelector<HTMLElement>(OPENER)?.focus();
  }

  const onKey = (e: KeyboardEvent) => {
    const modal = root.querySelector(dialog ? '.d' : '.o .n');
    if (!modal) return;
    // Escape closes the dialog and changes nothing: inaction is refusal (CNIL 2020-092 art. 2).
    if (e.key == 'Escape' && dialog) close();
    if (e.key == 'Tab') trapTab(e, modal, root.activeElement);
  };
  const onClick = (e: MouseEvent) => {
    const el = (e.target as Element).closest?.(OPENER);
    if (el) {
      // Delegated, so openers added later work too; a link must not navigate away.
      e.preventDefault();
      open(el);
    }
  };

  doc.addEventListener('keydown', onKey);
  doc.addEventListener('click', onClick);
  const offs = [
    consent.on('change', update),
    consent.on('preferences', () => open()),
    // A destroyed instance must not leave a banner whose buttons would record a decision.
    consent.on('destroy', () => unmount()),
    fillDeclarations(doc, consent, t),
  ];
  update();

  function unmount() {
    offs.splice(0).forEach((off) => off());
    doc.removeEventListener('keydown', onKey);
    doc.removeEventListener('click', onClick);
    render(null, box);
    padding.set(null);
    host.remove();
  }

  return { unmount, showPreferences: () => open() };
}
