import { hasOwn } from '../core/config-values';
import { h } from 'preact';
import type { JSX } from 'preact';

/** One service's control: named by its `title`, or by its `data-service` text for markup services. */
export interface GroupService {
  readonly id: string;
  readonly title: string;
}

/** Props of {@link CategoryGroup}. */
export interface CategoryGroupProps {
  /** The category id: the key of `choice` for it, and the base of the element ids. */
  readonly id: string;
  /** The visible name, which is also the control's accessible name. */
  readonly title: string;
  readonly description?: string;
  /** Always on: shown checked and cannot be changed (PECR reg. 6(4)). */
  readonly required?: boolean;
  /** Text shown beside a required category, e.g. "Always on". */
  readonly requiredLabel?: string;
  /** The category's services, declared and markup-named, in order. */
  readonly services: readonly GroupService[];
  /** The dialog's draft: the category's value and each service's own value where it has one. */
  readonly choice: Readonly<Partial<Record<string, boolean>>>;
  /** Called with the ids a change sets (the category, and its services when the category changes). */
  readonly onChange: (changes: Record<string, boolean>) => void;
}

type Checked = 'true' | 'false' | 'mixed';

/** A service follows its category unless the draft holds a value of its own. */
const serviceOn = (props: CategoryGroupProps, service: GroupService): boolean =>
  props.required === true ||
  (hasOwn(props.choice, service.id) ? props.choice[service.id] === true : props.choice[props.id] === true);

/**
 * The category's state over its services: on when the category and all its services are on, off
 * when none is, mixed otherwise (WAI-ARIA 1.2 `aria-checked`, APG "mixed-state checkbox").
 */
function checkedState(props: CategoryGroupProps): Checked {
  const categoryOn = props.required === true || props.choice[props.id] === true;
  const on = props.services.filter((service) => serviceOn(props, service)).length;
  if (categoryOn && on === props.services.length) return 'true';
  if (!categoryOn && on === 0) return 'false';
  return 'mixed';
}

/**
 * A category with services is a tri-state checkbox (ARIA has no mixed state for `role="switch"`)
 * followed by one switch per service; a category without services stays a switch. Checking the
 * category, from off or mixed, turns it and all its services on; unchecking turns them all off
 * (APG mixed-state checkbox). Nothing is pre-ticked: the draft says what is on (GDPR recital 32).
 *
 * @example
 * <CategoryGroup id="analytics" title="Analytics" services={[{ id: 'ga', title: 'Google Analytics' }]}
 *   choice={draft} onChange={(changes) => setDraft({ ...draft, ...changes })} />
 */
export function CategoryGroup(props: CategoryGroupProps): JSX.Element {
  const titleId = `category-${props.id}-title`;
  const descriptionId = `category-${props.id}-description`;
  return (
    <div class="category-group">
      <div class="category-group-header">
        {props.services.length > 0 ? (
          <CategoryCheckbox {...props} titleId={titleId} descriptionId={descriptionId} />
        ) : (
          <CategorySwitch {...props} titleId={titleId} descriptionId={descriptionId} />
        )}
        <span class="category-group-title" id={titleId}>
          {props.title}
        </span>
        {props.required && props.requiredLabel && <span class="category-group-required">{props.requiredLabel}</span>}
      </div>
      {props.description && (
        <p class="category-group-description" id={descriptionId}>
          {props.description}
        </p>
      )}
      {props.services.length > 0 && (
        <ul class="category-group-services">
          {props.services.map((service) => (
            <li class="service-control" key={service.id}>
              <label>
                <input
                  class="switch"
                  type="checkbox"
                  role="switch"
                  checked={serviceOn(props, service)}
                  disabled={props.required}
                  onChange={(event) => {
                    props.onChange({ [service.id]: event.currentTarget.checked });
                  }}
                />
                <span class="service-control-title">{service.title}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface ControlProps extends CategoryGroupProps {
  readonly titleId: string;
  readonly descriptionId: string;
}

/** The tri-state checkbox of a category with services; Space toggles it, as a native checkbox. */
function CategoryCheckbox(props: ControlProps): JSX.Element {
  const state = checkedState(props);
  const toggle = () => {
    if (props.required) return;
    // From mixed or off, on; from on, off (APG mixed-state checkbox).
    const on = state !== 'true';
    const changes: Record<string, boolean> = { [props.id]: on };
    for (const service of props.services) changes[service.id] = on;
    props.onChange(changes);
  };
  return (
    <span
      class="category-group-checkbox"
      role="checkbox"
      tabIndex={0}
      aria-checked={state}
      aria-disabled={props.required ? 'true' : undefined}
      aria-labelledby={props.titleId}
      aria-describedby={props.description ? props.descriptionId : undefined}
      onClick={toggle}
      onKeyDown={(event) => {
        if (event.key !== ' ') return;
        // Space would otherwise scroll the dialog.
        event.preventDefault();
        toggle();
      }}
    />
  );
}

/** The switch of a category without services: a native checkbox, so Space toggles it. */
function CategorySwitch(props: ControlProps): JSX.Element {
  return (
    <input
      class="category-group-switch"
      type="checkbox"
      role="switch"
      aria-labelledby={props.titleId}
      aria-describedby={props.description ? props.descriptionId : undefined}
      checked={props.required === true || props.choice[props.id] === true}
      disabled={props.required}
      onChange={(event) => {
        props.onChange({ [props.id]: event.currentTarget.checked });
      }}
    />
  );
}
