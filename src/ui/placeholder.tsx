import { h, render } from 'preact';
import type { Consent } from '../core/consent-types';
import { HELD_ATTRIBUTE } from '../core/auto-block';
import css from './placeholder.css?raw';
import { englishPlaceholder, type PlaceholderTexts } from './placeholder-texts';
import { addStyles } from './shadow-host';

/** A mounted placeholder. */
export interface MountedPlaceholder {
  /** Removes the placeholder and shows the iframe again (still blocked, if it was). */
  unmount(): void;
}

/** Options of {@link mountPlaceholder}. */
export interface PlaceholderOptions {
  /** Texts of the visitor's language; missing keys are English. */
  texts?: Partial<PlaceholderTexts>;
  /** The CSP nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string;
}

/** What loading an iframe takes: its service (granted alone), else its whole category. */
interface Grant {
  readonly id: string;
  readonly provider: string;
  /** The category's title, when the button grants a whole category. */
  readonly category?: string;
}

/** An iframe is blocked while auto-blocking holds it or its gated `data-src` is not yet its `src`. */
export function isBlocked(iframe: Element): boolean {
  return (
    iframe.hasAttribute(HELD_ATTRIBUTE) || (iframe.hasAttribute('data-category') && iframe.hasAttribute('data-src'))
  );
}

function grantOf(consent: Consent<string, string>, iframe: Element): Grant | undefined {
  const { services, categories } = consent.config;
  const named = iframe.getAttribute(HELD_ATTRIBUTE) ?? iframe.getAttribute('data-service');
  const service = named ? services.find((s) => s.id === named || s.title === named) : undefined;
  if (service) return { id: service.id, provider: service.title };
  const category = categories.find((c) => c.id === iframe.getAttribute('data-category')?.trim());
  if (!category || category.required) return undefined;
  let provider = named ?? '';
  try {
    provider ||= new URL(iframe.getAttribute('data-src') ?? '', iframe.ownerDocument.baseURI).hostname;
  } catch {
    // no usable URL: the text names no provider
  }
  return { id: category.id, provider, category: category.title || category.id };
}

interface PlaceholderProps {
  texts: PlaceholderTexts;
  grant: Grant;
  size: { width: string; height: string };
  load: () => void;
  preferences: () => void;
}

/** The placeholder's content: why the embed is missing, the button that loads it, the way to the preferences. */
function Placeholder({ texts, grant, size, load, preferences }: PlaceholderProps) {
  const fill = (text: string) =>
    text.replace(/\{provider\}/g, grant.provider).replace(/\{category\}/g, grant.category ?? '');
  return (
    <div class="placeholder" lang={texts.lang} style={size}>
      <p>{fill(texts.placeholderText)}</p>
      <button type="button" onClick={load}>
        {fill(grant.category ? texts.placeholderLoadCategory : texts.placeholderLoad)}
      </button>
      <a
        href="#cookie-preferences"
        onClick={(event) => {
          event.preventDefault();
          preferences();
        }}
      >
        {texts.placeholderPreferences}
      </a>
    </div>
  );
}

/**
 * Shows, in place of a blocked iframe, a placeholder of the same size: a text naming the provider
 * and saying that it sets cookies, a button "Load {provider} content" that grants that one service
 * (a recorded decision: ICO, consent must be specific) and so loads the iframe, and a link to the
 * preferences. An iframe without a service gets a button that grants its category and says so.
 * Returns null for an iframe that is not blocked, has `data-placeholder="false"`, or takes no space.
 *
 * @example
 * for (const iframe of document.querySelectorAll('iframe[data-category][data-src]')) mountPlaceholder(consent, iframe);
 */
export function mountPlaceholder(
  consent: Consent<string, string>,
  iframe: HTMLIFrameElement,
  options: PlaceholderOptions = {},
): MountedPlaceholder | null {
  const grant = grantOf(consent, iframe);
  const doc = iframe.ownerDocument;
  const parent = iframe.parentNode;
  if (!grant || !parent || !isBlocked(iframe) || iframe.getAttribute('data-placeholder') === 'false') return null;
  // The iframe's box, as laid out now: the placeholder takes exactly its place (no layout shift).
  // A hidden or 1-pixel frame (a tracking frame) shows nothing, so it gets no placeholder either.
  const { width, height } = iframe.getBoundingClientRect();
  if (width < 2 || height < 2) return null;

  const texts = { ...englishPlaceholder, ...options.texts };
  const host = doc.createElement('cookiegate-placeholder');
  const root = host.attachShadow({ mode: 'open' });
  addStyles(doc, root, options.nonce, css);
  const display = [iframe.style.getPropertyValue('display'), iframe.style.getPropertyPriority('display')];
  parent.insertBefore(host, iframe);
  iframe.style.setProperty('display', 'none', 'important');

  render(
    <Placeholder
      texts={texts}
      grant={grant}
      size={{ width: `${width}px`, height: `${height}px` }}
      load={() => consent.set({ [grant.id]: true })}
      preferences={() => {
        consent.showPreferences();
      }}
    />,
    root,
  );

  const unmount = () => {
    for (const stop of stops.splice(0)) stop();
    const focused = root.activeElement !== null;
    render(null, root);
    host.remove();
    iframe.style.setProperty('display', display[0], display[1]);
    // The visitor's focus was in the placeholder: it goes to what replaced it (WCAG 2.4.3).
    if (focused && !isBlocked(iframe)) iframe.focus();
  };
  const stops = [
    consent.on('change', () => {
      if (!isBlocked(iframe)) unmount();
    }),
    consent.on('destroy', unmount),
  ];
  return { unmount };
}
