import { h } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { ActionRow, type Action } from './action-row';
import { CategorySwitch } from './category-switch';

/** The visitor's consent id and the time of the decision, so they can quote it (GDPR art. 7(1)). */
function receiptLine(consent: Consent, texts: Texts): string | undefined {
  const record = consent.record();
  if (!record) return undefined;
  let date = new Date(record.updated).toISOString();
  try {
    date = new Date(record.updated).toLocaleString(texts.lang);
  } catch {
    // A `lang` override that is no valid BCP 47 tag: keep the ISO date.
  }
  return texts.consentId.replace('{id}', record.id).replace('{date}', date);
}

/** Props of {@link PreferencesDialog}. */
export interface PreferencesDialogProps {
  consent: Consent;
  texts: Texts;
  /** The controls as the visitor has set them so far, by category and service id. */
  draft: Readonly<Partial<Record<string, boolean>>>;
  /** Controls changed: a category, or a category and its services at once. */
  onToggle: (changes: Readonly<Record<string, boolean>>) => void;
  onClose: () => void;
  /** Accept all, Reject all, Save preferences. */
  actions: readonly Action[];
}

/**
 * The second layer: a modal dialog (ARIA APG dialog pattern) with one switch per category, the
 * cookie declaration of each, and the same three kinds of choice as the banner. Focus handling
 * (move in, trap, Escape, return) is the focus controller's (focus-controller.ts).
 */
export function PreferencesDialog({ consent, texts, draft, onToggle, onClose, actions }: PreferencesDialogProps) {
  const receipt = receiptLine(consent, texts);
  // Declared services and those the page's `data-service` markup names, each with its control.
  const services = consent.services();
  return (
    <div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-label={texts.preferencesTitle} data-part="dialog">
        <button type="button" class="close-button" onClick={onClose}>
          {texts.close}
        </button>
        <h2>{texts.preferencesTitle}</h2>
        <p>{texts.preferencesText}</p>
        {consent.config.categories.map((category) => (
          <CategorySwitch
            category={category}
            services={services.filter((service) => service.category === category.id)}
            cookies={consent.registry.of(category.id)}
            texts={texts}
            draft={draft}
            refusedByGpc={consent.gpc && category.gpc && draft[category.id] !== true}
            onToggle={onToggle}
          />
        ))}
        {receipt ? <p class="note">{receipt}</p> : null}
        <ActionRow actions={actions} />
      </div>
    </div>
  );
}
