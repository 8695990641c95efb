import { h, render } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { categoryText } from './category-text';
import { CookieTable } from './cookie-table';

/** Marks an element of the page that receives the whole cookie declaration. */
export const DECLARATION = '[data-cookiegate="declaration"]';

/** Props of {@link Declaration}. */
export interface DeclarationProps {
  consent: Consent;
  texts: Texts;
}

/**
 * The whole cookie declaration: a heading, the description and a table per category. It is
 * rendered from the same registry that drives gating and clean-up, so the privacy policy's table
 * cannot drift from what the site really does (ICO: tell visitors what each cookie does).
 */
export function Declaration({ consent, texts }: DeclarationProps) {
  return (
    <div lang={texts.lang}>
      {consent.config.categories.map((category) => {
        const { title, description } = categoryText(category, texts);
        return (
          <section>
            <h3>{title}</h3>
            {description ? <p>{description}</p> : null}
            <CookieTable cookies={consent.registry.of(category.id)} texts={texts} />
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
export function fillDeclarations(doc: Document, consent: Consent, texts: Texts): () => void {
  const filled = new Set<Element>();
  const fill = () => {
    for (const element of doc.querySelectorAll(DECLARATION)) {
      if (filled.has(element)) continue;
      filled.add(element);
      // Replaces the page's fallback text (e.g. "Enable JavaScript to see the cookie list"), so
      // preact renders into an empty element it owns.
      element.replaceChildren();
      render(<Declaration consent={consent} texts={texts} />, element);
    }
  };
  fill();
  const Observer = doc.defaultView?.MutationObserver;
  const observer = Observer ? new Observer(fill) : undefined;
  observer?.observe(doc, { childList: true, subtree: true });
  return () => {
    observer?.disconnect();
    for (const element of filled) render(null, element);
  };
}
