import { h } from 'preact';
import type { LinkConfig, NormalizedConfig } from '../core/config-types';
import type { Texts } from '../core/texts';
import { buttons, type Action } from './buttons';

/**
 * The first layer. By default a landmark (`role="region"`) that overlays the page without
 * blocking it: no cookie wall (ICO; EDPB 05/2020 §39), and inaction is refusal (CNIL 2020-092
 * art. 2). With `mode: "modal"` it is a modal dialog over a backdrop instead. `actions`: Accept
 * all, Reject all, Manage preferences, one click each, on the first layer.
 */
export function banner(config: NormalizedConfig, t: Texts, actions: readonly Action[]) {
  const modal = config.mode == 'modal';
  const links: LinkConfig[] = config.policyUrl ? [{ label: t.policyLink, href: config.policyUrl }] : [];
  links.push(...config.links);
  const box = (
    <div
      class={`n ${config.position}`}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal ? 'true' : undefined}
      aria-label={t.bannerLabel}
    >
      <div>
        <h2>{t.bannerTitle}</h2>
        <p>{t.bannerText}</p>
        {links.length > 0 && (
          <p class="l">
            {links.map((l) => (
              <a href={l.href}>{l.label}</a>
            ))}
          </p>
        )}
        {buttons(actions)}
      </div>
    </div>
  );
  return modal ? <div class="o">{box}</div> : box;
}
