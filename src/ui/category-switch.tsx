import { h } from 'preact';
import type { Category, DeclaredCookie } from '../core/config-types';
import type { Texts } from '../core/texts';
import { categoryText } from './category-text';
import { cookieTable } from './cookie-table';

/**
 * One purpose: a switch named by its visible label, its description, and its cookies in an
 * expandable table. Required categories are checked, disabled and marked "Always on"; the others
 * start as the visitor left them, never pre-ticked (GDPR recital 32; EDPB Taskforce Type B).
 * `gpc`: a Global Privacy Control signal refused this category and it is still off (GPC draft;
 * CCPA regs §7025).
 */
export function categorySwitch(
  c: Category,
  cookies: readonly DeclaredCookie[],
  t: Texts,
  on: boolean,
  gpc: boolean,
  toggle: (on: boolean) => void,
) {
  const [title, description] = categoryText(c, t);
  // Ids are scoped to the shadow root, and category ids are validated as [A-Za-z][\w-]*.
  return (
    <div class="g">
      <div>
        <label for={`c-${c.id}`}>{title}</label>
        {c.required && <span class="m">{t.alwaysOn}</span>}
        <input
          type="checkbox"
          role="switch"
          id={`c-${c.id}`}
          aria-describedby={`e-${c.id}`}
          checked={on}
          disabled={c.required}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
      </div>
      <p id={`e-${c.id}`}>
        {description}
        {gpc && <strong class="m"> {t.gpcHonoured}</strong>}
      </p>
      <details>
        <summary>
          {t.showCookies} ({cookies.length})
        </summary>
        {cookieTable(cookies, t)}
      </details>
    </div>
  );
}
