import { h, render } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { categoryText } from './category-text';
import { cookieTable } from './cookie-table';

/** Marks an element of the page that receives the whole cookie declaration. */
export const DECLARATION = '[data-cookiegate="declaration"]';

/**
 * The whole cookie declaration: a heading, the description and a table per category. It is
 * rendered from the same registry that drives gating and clean-up, so the privacy policy's table
 * cannot drift from what the site really does (ICO: tell visitors what each cookie does).
 */
export function declaration(consent: Consent<string>, t: Texts) {
  return (
    <div lang={t.lang}>
      {consent.config.categories.map((c) => {
        const [title, description] = categoryText(c, t);
        return (
          <section>
            <h3>{title}</h3>
            {description && <p>{description}</p>}
            {cookieTable(consent.registry.of(c.id), t)}
          </section>
        );
      })}
    </div>
  );
}

/**
 * Fills every declaration element of the page, now and when one is added later, into the light
 * DOM so the site's own CSS styles it. Returns the clean-up.
 */
export function fillDeclarations(doc: Document, consent: Consent<string>, t: Texts): () => void {
  const done = new Set<Element>();
  const fill = () =>
    doc.querySelectorAll(DECLARATION).forEach((el) => {
      if (!done.has(el)) {
        done.add(el);
        // Replaces the page's fallback text (e.g. "Enable JavaScript to see the cookie list"). The
        // script-tag bundles' preact renders only into an empty box (build/trim-preact.ts).
        el.replaceChildren();
        render(declaration(consent, t), el);
      }
    });
  fill();
  const Observer = doc.defaultView?.MutationObserver;
  const mo = Observer && new Observer(fill);
  mo?.observe(doc, { childList: true, subtree: true });
  return () => {
    mo?.disconnect();
    done.forEach((el) => render(null, el));
  };
}
