import { h } from 'preact';

/** A button's label and what clicking it does. */
export interface Action {
  label: string;
  onClick: () => void;
}

/** Props of {@link ActionRow}. */
export interface ActionRowProps {
  actions: readonly Action[];
}

/**
 * A row of buttons that all look the same: "Reject all" is as easy to see and to reach as
 * "Accept all" (EDPB Taskforce report 2023, Types A and D/E; ICO; CNIL 2020-092 art. 2).
 */
export function ActionRow({ actions }: ActionRowProps) {
  return (
    <div class="actions">
      {actions.map((action) => (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      ))}
    </div>
  );
}
