import type { CoreConfig, ServiceConfig } from './core/config-types';
import type { GoogleAnalyticsConfig } from './presets/google-analytics';

/**
 * `services`: any id as a {@link ServiceConfig}; `googleAnalytics` with the Google Analytics
 * preset's own keys (its plugin checks them).
 */
export type ServicesConfig<C extends string = string, S extends string = string> = {
  [K in S]: K extends 'googleAnalytics' ? GoogleAnalyticsConfig<C> : ServiceConfig<C>;
};

/**
 * The site owner's configuration: the core's vocabulary and the shipped presets' keys.
 * JSON-compatible; the category ids declared in `categories` type-check every other place that
 * names a category, and `C`/`S` are inferred from a literal at `createConsent({...})`.
 */
export interface ConsentConfig<C extends string = string, S extends string = string> extends Omit<
  CoreConfig<C, S>,
  'services'
> {
  /** Services by id (any id): `{ category, title?, description?, urls? }`, plus a preset's own keys. */
  services?: ServicesConfig<NoInfer<C>, S>;
}

/**
 * The config as JSON (the source of `config.schema.json`): the same vocabulary with plain strings
 * for ids, for tools that cannot evaluate generics.
 */
export interface ConfigJson extends Omit<CoreConfig, 'services'> {
  /** Services by id (any id): `{ category, title?, description?, urls? }`, plus a preset's own keys. */
  services?: {
    googleAnalytics?: GoogleAnalyticsConfig;
    [id: string]: ServiceConfig | GoogleAnalyticsConfig | undefined;
  };
}
