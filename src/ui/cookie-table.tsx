import { h } from 'preact';
import type { DeclaredCookie } from '../core/config-types';
import type { Texts } from '../core/texts';

/**
 * The columns of the charity policy's section 10 table: each is a field of the declaration
 * (`name`, …) and a header text (`cookieName`, …).
 */
const COLUMNS = ['Name', 'Provider', 'Purpose', 'Content', 'Expires'] as const;
type Field = Lowercase<(typeof COLUMNS)[number]>;

/** Props of {@link CookieTable}. */
export interface CookieTableProps {
  cookies: readonly DeclaredCookie[];
  texts: Texts;
}

/**
 * The cookies of one category as a data table with column headers (WCAG 1.3.1), or a sentence
 * when there are none. Shared by the preferences dialog and the page's declaration element.
 */
export function CookieTable({ cookies, texts }: CookieTableProps) {
  if (cookies.length === 0) return <p>{texts.noCookies}</p>;
  return (
    <table>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th scope="col">{texts[`cookie${column}`]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cookies.map((cookie) => (
          <tr>
            {COLUMNS.map((column) => (
              <td>{cookie[column.toLowerCase() as Field]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
