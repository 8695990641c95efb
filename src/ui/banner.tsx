import { h } from 'preact';
import type { LinkConfig, NormalizedConfig } from '../core/config-types';
import type { Texts } from '../core/texts';
import { ActionRow, type Action } from './action-row';

/** Props of {@link Banner}. */
export interface BannerProps {
  config: NormalizedConfig;
  texts: Texts;
  /** Accept all, Reject all, Manage preferences (and, under the statistics exception, Object). */
  actions: readonly Action[];
}

/** The policy link, then the config's further links (an imprint, …). */
function bannerLinks(config: NormalizedConfig, texts: Texts): LinkConfig[] {
  const policy = config.policyUrl ? [{ label: texts.policyLink, href: config.policyUrl }] : [];
  return [...policy, ...config.links];
}

/**
 * The first layer. By default a landmark (`role="region"`) that overlays the page without
 * blocking it: no cookie wall (ICO; EDPB 05/2020 §39), and inaction is refusal (CNIL 2020-092
 * art. 2). With `mode: "modal"` it is a modal dialog over a backdrop instead. Every choice is one
 * click on this first layer.
 */
export function Banner({ config, texts, actions }: BannerProps) {
  const modal = config.mode === 'modal';
  const links = bannerLinks(config, texts);
  // The statistics exception runs statistics without asking (PECR Sch. A1 para. 5): the text says
  // so and offers the objection, instead of asking for a permission the mode does not seek.
  const text = config.statisticsException ? texts.bannerTextStatistics : texts.bannerText;
  const box = (
    <div
      class={`banner banner--${config.position}`}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal ? 'true' : undefined}
      aria-label={texts.bannerLabel}
      data-part="banner"
    >
      <div class="banner__content">
        <h2>{texts.bannerTitle}</h2>
        <p>{text}</p>
        {links.length > 0 ? (
          <p class="links">
            {links.map((link) => (
              <a href={link.href}>{link.label}</a>
            ))}
          </p>
        ) : null}
        <ActionRow actions={actions} />
      </div>
    </div>
  );
  return modal ? <div class="backdrop">{box}</div> : box;
}
