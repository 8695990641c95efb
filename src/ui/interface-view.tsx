import { Fragment, h } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import type { Action } from './action-row';
import { Banner } from './banner';
import { FloatingButton } from './floating-button';
import type { InterfaceState } from './interface-state';
import { PreferencesDialog } from './preferences-dialog';

/** What the visitor's clicks do; the mounting code supplies them. */
export interface ViewHandlers {
  acceptAll(this: void): void;
  rejectAll(this: void): void;
  saveDraft(this: void): void;
  objectToStatistics(this: void): void;
  openDialog(this: void): void;
  closeDialog(this: void): void;
  /** Controls changed in the dialog, by category or service id. */
  toggle(this: void, changes: Readonly<Record<string, boolean>>): void;
}

/** Props of {@link InterfaceView}. */
export interface InterfaceViewProps {
  consent: Consent;
  texts: Texts;
  state: InterfaceState;
  handlers: ViewHandlers;
}

/** The banner's choices: three of equal weight, plus the statistics exception's objection. */
function bannerActions(texts: Texts, handlers: ViewHandlers, objectable: boolean): Action[] {
  const actions: Action[] = [
    { label: texts.acceptAll, onClick: handlers.acceptAll },
    { label: texts.rejectAll, onClick: handlers.rejectAll },
    { label: texts.managePreferences, onClick: handlers.openDialog },
  ];
  if (objectable) actions.push({ label: texts.objectToStatistics, onClick: handlers.objectToStatistics });
  return actions;
}

/**
 * The whole interface as a function of the instance and the interface state: the banner while
 * there is no decision, the preferences dialog when open, and after a decision the floating reopen
 * control and, while statistics run under the exception, the objection (PECR Sch. A1 para. 5: a
 * simple means of objecting, on every page, for as long as they run).
 */
export function InterfaceView({ consent, texts, state, handlers }: InterfaceViewProps) {
  const undecided = consent.record() === null;
  const statistics = consent.config.statisticsException;
  const objectable = statistics !== undefined && consent.has(statistics);
  const dialogActions: Action[] = [
    { label: texts.acceptAll, onClick: handlers.acceptAll },
    { label: texts.rejectAll, onClick: handlers.rejectAll },
    { label: texts.savePreferences, onClick: handlers.saveDraft },
  ];
  return (
    <Fragment>
      {undecided ? (
        <Banner config={consent.config} texts={texts} actions={bannerActions(texts, handlers, objectable)} />
      ) : null}
      {state.dialogOpen ? (
        <PreferencesDialog
          consent={consent}
          texts={texts}
          draft={state.draft}
          onToggle={handlers.toggle}
          onClose={handlers.closeDialog}
          actions={dialogActions}
        />
      ) : null}
      {consent.config.reopenButton && !undecided ? (
        <FloatingButton label={texts.reopen} corner="start" onClick={handlers.openDialog} />
      ) : null}
      {objectable && !undecided ? (
        <FloatingButton label={texts.objectToStatistics} corner="end" onClick={handlers.objectToStatistics} />
      ) : null}
    </Fragment>
  );
}
