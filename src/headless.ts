// The headless entry: the core and the integrations (opt-in, as plugins), no preact in its import graph.
export { createConsent, defineConfig } from './create-consent';
export { validateConfig, isSafeUrl } from './core/validate-config';
export { hasGpcSignal } from './core/gpc';
export { shippedPlugins, googleAnalytics } from './integrations/plugins';
export { dataLayerEvents } from './integrations/datalayer-events';
export { receipts } from './integrations/receipts';
export { googleAnalyticsCookies, googleAnalyticsPreset } from './presets/google-analytics';
export type { ConfigIssue, ValidationResult, ValidateOptions } from './core/validate-config';
export type { Consent, ConsentEvents, ConsentOptions, ChangeInfo } from './core/consent-types';
export type { Plugin, PluginContext, PresetHandler } from './core/plugin';
export type { ServicePreset } from './core/preset';
export type { ConsentRecord, ConsentAction } from './core/record';
export type { ConsentConfig, ServicesConfig, ConfigJson } from './config';
export type {
  CoreConfig,
  CategoryConfig,
  CookieDeclaration,
  ConsentCookieOptions,
  ServiceConfig,
  ReceiptsConfig,
  LinkConfig,
  NormalizedConfig,
  Category,
  DeclaredCookie,
  Service,
} from './core/config-types';
export type { GoogleAnalyticsConfig, ConsentSignal, GoogleAnalyticsLibrary } from './presets/google-analytics';
export type { Texts } from './core/texts';
export type { ConsentReceipt } from './integrations/receipts';
