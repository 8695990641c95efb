import type { Category, NormalizedConfig } from '../core/config-types';
import type { PluginContext } from '../core/plugin';
import type { Consent } from '../core/consent';
import { grants } from '../core/record';
import { googleAnalyticsOf, type ConsentSignal, type NormalizedGoogleAnalytics } from '../presets/google-analytics';
import { gtagOf, type GoogleWindow } from './gtag';

type SignalTable = Readonly<Record<string, readonly ConsentSignal[] | undefined>>;
type ConsentState = Partial<Record<ConsentSignal, 'granted' | 'denied'>>;

const ADS: readonly ConsentSignal[] = ['ad_storage', 'ad_user_data', 'ad_personalization'];
const FUNCTIONAL: readonly ConsentSignal[] = ['functionality_storage', 'personalization_storage'];

/**
 * Which Consent Mode v2 signals each conventional category grants
 * (signal names: support.google.com/analytics/answer/13802165). `services.googleAnalytics.signals`
 * replaces the entry of each category it names.
 */
export const defaultSignals: SignalTable = {
  analytics: ['analytics_storage'],
  marketing: ADS,
  advertising: ADS,
  ads: ADS,
  functional: FUNCTIONAL,
  preferences: FUNCTIONAL,
};

const ALL: readonly ConsentSignal[] = ['analytics_storage', ...ADS, ...FUNCTIONAL];

/**
 * The Consent Mode state for what is granted now: every signal denied unless a granted category
 * maps to it; `security_storage` (fraud prevention, authentication) is always granted, since it is
 * strictly necessary (PECR reg. 6(4)).
 */
export function consentState(
  categories: readonly Category[],
  ga: Pick<NormalizedGoogleAnalytics, 'signals'> | undefined,
  granted: (category: Category) => boolean,
): ConsentState {
  const table: SignalTable = { ...defaultSignals, ...ga?.signals };
  const state: ConsentState = { security_storage: 'granted' };
  for (const signal of ALL) state[signal] = 'denied';
  for (const category of categories) {
    if (granted(category)) for (const signal of table[category.id] ?? []) state[signal] = 'granted';
  }
  return state;
}

/**
 * Google Consent Mode v2, for `services.googleAnalytics` (unless `consentMode: false`). At start, before any other Google command, pushes
 * `gtag('consent', 'default', …)` with only required categories' signals granted; Google requires
 * the default before `config` or `event` (developers.google.com/tag-platform/security/guides/consent).
 * Then one `gtag('consent', 'update', …)` for a stored decision and one per change.
 */
export function startConsentMode(
  consent: Consent<string, string>,
  { document }: PluginContext,
): (() => void) | undefined {
  const { config } = consent;
  const ga = googleAnalyticsOf(config);
  const win = document?.defaultView as GoogleWindow | null | undefined;
  if (!ga?.consentMode || !win) return undefined;
  pushConsent(win, config, ga);
  const update = () => {
    pushConsent(win, config, ga, consent.has);
  };
  if (consent.record()) update();
  // Every change, including a sync from another tab, a withdrawal and a reset (all denied again).
  return consent.on('change', update);
}

/**
 * With `has`, `gtag('consent', 'update', …)` for what it grants now. Without, the default: what no
 * decision grants, that is required categories and statistics under the exception (PECR Sch. A1
 * para. 5), every other signal denied; then the optional Google settings, which are not consent
 * and must precede `config` to apply to its hits
 * (developers.google.com/tag-platform/security/guides/consent#redact_ads_data, #passthroughs).
 */
export function pushConsent(
  win: GoogleWindow,
  config: ConsentModeConfig,
  ga: NormalizedGoogleAnalytics,
  has?: (id: string) => boolean,
): void {
  const gtag = gtagOf(win);
  // The GA service can be decided apart from its category; Google's tags read what the visitor
  // decided for them, so its category's signals follow the service.
  const state: Record<string, unknown> = consentState(config.categories, ga, ({ id }) =>
    has ? has(id === ga.category ? 'googleAnalytics' : id) : grants(config, null, id),
  );
  if (has) {
    gtag('consent', 'update', state);
    return;
  }
  if (ga.waitForUpdate !== undefined) state.wait_for_update = ga.waitForUpdate;
  if (ga.region) state.region = [...ga.region];
  gtag('consent', 'default', state);
  if (ga.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (ga.urlPassthrough) gtag('set', 'url_passthrough', true);
}

/** The part of a normalised config that Consent Mode reads. */
export type ConsentModeConfig = Pick<NormalizedConfig, 'categories' | 'services' | 'statisticsException'>;
