import { h } from 'preact';

/** A label and what clicking it does. */
export type Action = [label: string, onClick: () => void];

/**
 * A row of buttons that all look the same: "Reject all" is as easy to see and to reach as
 * "Accept all" (EDPB Taskforce report 2023, Types A and D/E; ICO; CNIL 2020-092 art. 2).
 * Like the interface's other parts, a plain function of its inputs rather than a component:
 * none keeps state, and positional arguments minify better than props objects.
 */
export function buttons(actions: readonly Action[]) {
  return (
    <div class="k">
      {actions.map(([label, onClick]) => (
        <button type="button" onClick={onClick}>
          {label}
        </button>
      ))}
    </div>
  );
}
