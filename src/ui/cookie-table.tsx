import { h } from 'preact';
import type { DeclaredCookie } from '../core/config-types';
import type { Texts } from '../core/texts';

/** The columns of the charity policy's section 10 table, as suffixes of the `cookie…` texts. */
const COLUMNS = ['Name', 'Provider', 'Purpose', 'Content', 'Expires'] as const;

/**
 * The cookies of one category as a data table with column headers (WCAG 1.3.1), or a sentence
 * when there are none. Shared by the preferences dialog and the page's declaration element.
 */
export function cookieTable(cookies: readonly DeclaredCookie[], t: Texts) {
  if (!cookies.length) return <p>{t.noCookies}</p>;
  return (
    <table>
      <thead>
        <tr>
          {COLUMNS.map((k) => (
            <th scope="col">{t[`cookie${k}`]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cookies.map((c) => (
          <tr>
            {COLUMNS.map((k) => (
              <td>{c[k.toLowerCase() as Lowercase<typeof k>]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
