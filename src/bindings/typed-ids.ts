import type { Consent } from '../core/consent-types';
import type { CategoryIds, ServiceIds } from '../core/consent';

/**
 * The category ids of a config type (`typeof config`) or of an instance type (`typeof consent`),
 * for `createConsentHooks<typeof config>()`.
 */
export type CategoriesOf<T> = T extends Consent<infer C, string> ? C : CategoryIds<T>;

/** The service ids of a config type or of an instance type. */
export type ServicesOf<T> = T extends Consent<string, infer S> ? S : ServiceIds<T>;
