import { h } from 'preact';
import type { Category, DeclaredCookie, Service } from '../core/config-types';
import type { Texts } from '../core/texts';
import { categoryText } from './category-text';
import { CookieTable } from './cookie-table';
import { CategoryGroup } from './category-group';

/** Props of {@link CategorySwitch}. */
export interface CategorySwitchProps {
  category: Category;
  /** The category's services, declared and named by markup: each gets a control of its own. */
  services: readonly Service[];
  cookies: readonly DeclaredCookie[];
  texts: Texts;
  /** The dialog's draft, by category and service id. */
  draft: Readonly<Partial<Record<string, boolean>>>;
  /** A Global Privacy Control signal refused this category and it is still off (GPC draft; CCPA regs §7025). */
  refusedByGpc: boolean;
  onToggle: (changes: Readonly<Record<string, boolean>>) => void;
}

/** The category's cookies in an expandable table. */
function CookieDetails({ cookies, texts }: Pick<CategorySwitchProps, 'cookies' | 'texts'>) {
  return (
    <details>
      <summary>
        {texts.showCookies} ({cookies.length})
      </summary>
      <CookieTable cookies={cookies} texts={texts} />
    </details>
  );
}

/**
 * One purpose: a switch named by its visible label, its description, and its cookies in an
 * expandable table. Required categories are checked, disabled and marked "Always on"; the others
 * start as the visitor left them, never pre-ticked (GDPR recital 32; EDPB Taskforce Type B). A
 * category with services is a tri-state checkbox followed by one control per service instead
 * (category-group.tsx), since a switch has no mixed state.
 */
export function CategorySwitch(props: CategorySwitchProps) {
  const { category, cookies, texts, draft, refusedByGpc, onToggle } = props;
  const { title, description } = categoryText(category, texts);
  if (props.services.length > 0) {
    return (
      <div class="category">
        <CategoryGroup
          id={category.id}
          title={title}
          description={description}
          required={category.required}
          requiredLabel={texts.alwaysOn}
          services={props.services}
          choice={draft}
          onChange={onToggle}
        />
        <CookieDetails cookies={cookies} texts={texts} />
      </div>
    );
  }
  const checked = draft[category.id] === true;
  // Ids are scoped to the shadow root, and category ids are validated as [A-Za-z][\w-]*.
  const switchId = `category-${category.id}`;
  const descriptionId = `${switchId}-description`;
  return (
    <div class="category">
      <div class="category__header">
        <label for={switchId}>{title}</label>
        {category.required ? <span class="note">{texts.alwaysOn}</span> : null}
        <input
          class="switch"
          type="checkbox"
          role="switch"
          id={switchId}
          aria-describedby={descriptionId}
          checked={checked}
          disabled={category.required}
          onChange={(event) => {
            onToggle({ [category.id]: event.currentTarget.checked });
          }}
        />
      </div>
      <p id={descriptionId}>
        {description}
        {refusedByGpc ? <strong class="note"> {texts.gpcHonoured}</strong> : null}
      </p>
      <CookieDetails cookies={cookies} texts={texts} />
    </div>
  );
}
