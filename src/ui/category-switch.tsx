import { h } from 'preact';
import type { Category, DeclaredCookie } from '../core/config-types';
import type { Texts } from '../core/texts';
import { categoryText } from './category-text';
import { CookieTable } from './cookie-table';

/** Props of {@link CategorySwitch}. */
export interface CategorySwitchProps {
  category: Category;
  cookies: readonly DeclaredCookie[];
  texts: Texts;
  checked: boolean;
  /** A Global Privacy Control signal refused this category and it is still off (GPC draft; CCPA regs §7025). */
  refusedByGpc: boolean;
  onToggle: (checked: boolean) => void;
}

/**
 * One purpose: a switch named by its visible label, its description, and its cookies in an
 * expandable table. Required categories are checked, disabled and marked "Always on"; the others
 * start as the visitor left them, never pre-ticked (GDPR recital 32; EDPB Taskforce Type B).
 */
export function CategorySwitch({ category, cookies, texts, checked, refusedByGpc, onToggle }: CategorySwitchProps) {
  const { title, description } = categoryText(category, texts);
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
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
      </div>
      <p id={descriptionId}>
        {description}
        {refusedByGpc ? <strong class="note"> {texts.gpcHonoured}</strong> : null}
      </p>
      <details>
        <summary>
          {texts.showCookies} ({cookies.length})
        </summary>
        <CookieTable cookies={cookies} texts={texts} />
      </details>
    </div>
  );
}
