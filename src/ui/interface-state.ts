import type { Consent } from '../core/consent';

/**
 * What the interface shows beyond the instance's own state (whether a decision exists, what is
 * granted): a plain object, replaced by the transitions below and never changed in place.
 */
export interface InterfaceState {
  /** The preferences dialog is open. */
  readonly dialogOpen: boolean;
  /** The dialog's controls as the visitor has set them so far, by category and service id. */
  readonly draft: Readonly<Partial<Record<string, boolean>>>;
}

/** Nothing open. */
export const CLOSED: InterfaceState = { dialogOpen: false, draft: {} };

/**
 * The dialog opens on what is granted now: required categories, earlier choices, or statistics
 * under the exception until the visitor objects. Nothing else is pre-ticked (GDPR recital 32).
 */
export function openDialog(consent: Consent): InterfaceState {
  const draft: Record<string, boolean> = {};
  for (const category of consent.config.categories) draft[category.id] = consent.has(category.id);
  for (const service of consent.services()) draft[service.id] = consent.has(service.id);
  return { dialogOpen: true, draft };
}

/**
 * Controls changed in the dialog (a category, or a category and its services at once);
 * nothing is recorded until the visitor saves.
 */
export function toggle(state: InterfaceState, changes: Readonly<Record<string, boolean>>): InterfaceState {
  return { ...state, draft: { ...state.draft, ...changes } };
}
