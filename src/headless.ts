// The headless entry: core and integrations, with no preact in its import graph.
export { createConsent } from './create-consent';
export { validateConfig, defineConfig, isSafeUrl } from './core/validate-config';
export { hasGpcSignal } from './core/gpc';
export { googleAnalyticsCookies } from './presets/google-analytics';
export type { ConfigIssue, ValidationResult } from './core/validate-config';
export type { Consent, ConsentEvents, ConsentOptions, ChangeInfo, Plugin, PluginContext } from './core/consent';
export type { ConsentRecord, ConsentAction } from './core/record';
export type {
  ConsentConfig, CategoryConfig, CookieDeclaration, ConsentCookieOptions, GoogleAnalyticsConfig,
  ServiceConfig, ServicesConfig, ReceiptsConfig, LinkConfig, ConsentSignal, NormalizedConfig,
  Category, DeclaredCookie, Service,
} from './core/config-types';
export type { Texts } from './core/texts';
export type { ConsentReceipt } from './integrations/receipts';
