import { h } from 'preact';
import type { Consent } from '../core/consent';
import type { Texts } from '../core/texts';
import { buttons, type Action } from './buttons';
import { categorySwitch } from './category-switch';

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
 * `draft`: the switches as the visitor has set them so far, by category id; `actions`: Accept
 * all, Reject all, Save preferences.
 */
export function preferencesDialog(
  consent: Consent<string>,
  t: Texts,
  draft: Record<string, boolean>,
  toggle: (id: string, on: boolean) => void,
  close: () => void,
  actions: readonly Action[],
) {
  const id = receipt(consent, t);
  return (
    <div class="o">
      <div class="d" role="dialog" aria-modal="true" aria-label={t.preferencesTitle}>
        <button type="button" class="x" onClick={close}>
          {t.close}
        </button>
        <h2>{t.preferencesTitle}</h2>
        <p>{t.preferencesText}</p>
        {consent.config.categories.map((c) =>
          categorySwitch(c, consent.registry.of(c.id), t, draft[c.id], consent.gpc && c.gpc && !draft[c.id], (on) =>
            toggle(c.id, on),
          ),
        )}
        {id && <p class="m">{id}</p>}
        {buttons(actions)}
      </div>
    </div>
  );
}
