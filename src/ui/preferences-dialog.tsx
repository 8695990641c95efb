import { h } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { Buttons, type Action } from './buttons';
import { CategorySwitch } from './category-switch';

export interface PreferencesDialogProps {
  consent: Consent<string>;
  t: Texts;
  /** The switches as the visitor has set them so far, by category id. */
  draft: Record<string, boolean>;
  toggle(id: string, on: boolean): void;
  close(): void;
  /** Accept all, Reject all, Save preferences. */
  actions: readonly Action[];
}

/** The visitor's consent id and the time of the decision, so they can quote it (GDPR art. 7(1)). */
function receipt(consent: Consent<string>, t: Texts): string | undefined {
  const r = consent.record();
  if (!r) return;
  let date = new Date(r.updated).toISOString();
  try {
    date = new Date(r.updated).toLocaleString(t.lang);
  } catch {
    // A `lang` override that is no valid BCP 47 tag: keep the ISO date.
  }
  return t.consentId.replace('{id}', r.id).replace('{date}', date);
}

/**
 * The second layer: a modal dialog (ARIA APG dialog pattern) with one switch per category, the
 * cookie declaration of each, and the same three kinds of choice as the banner. Focus handling
 * (move in, trap, Escape, return) lives in `mountBanner`, which owns the document listeners.
 */
export function PreferencesDialog({ consent, t, draft, toggle, close, actions }: PreferencesDialogProps) {
  const id = receipt(consent, t);
  return (
    <div class="o">
      <div class="d" role="dialog" aria-modal="true" aria-label={t.preferencesTitle}>
        <button type="button" class="x" onClick={close}>
          {t.close}
        </button>
        <h2>{t.preferencesTitle}</h2>
        <p>{t.preferencesText}</p>
        {consent.config.categories.map((c) => (
          <CategorySwitch
            category={c}
            cookies={consent.registry.of(c.id)}
            t={t}
            on={draft[c.id]}
            gpc={consent.gpc && c.gpc && !draft[c.id]}
            toggle={(on) => toggle(c.id, on)}
          />
        ))}
        {id && <p class="m">{id}</p>}
        <Buttons actions={actions} />
      </div>
    </div>
  );
}
