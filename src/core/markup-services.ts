import type { NormalizedConfig, Service } from './config-types';
import { RESERVED_IDS } from './validate-categories';
import { storedLength } from './record-codec';
import { MAX_MARKUP_NAME_LENGTH, MAX_MARKUP_SERVICES } from './record';

export { MAX_MARKUP_NAME_LENGTH, MAX_MARKUP_SERVICES } from './record';

/** The services of an instance: the config's, then those the page's markup names. */
export interface ServiceCatalog {
  /** Services named by markup so far, in the order they were met. */
  markup(): readonly Service[];
  /** Declared and markup services. */
  all(): readonly Service[];
  /**
   * The service `name` of `category`, registering it when the markup names it first. Undefined
   * when it follows its category instead (over the limits, or a category's own id).
   */
  resolve(name: string, category: string): Service | undefined;
}

/**
 * A catalogue over a config: `data-service="Google Analytics"` (any string, as vanilla-cookieconsent
 * writes it) becomes a service of the element's category, with the name as its title. `onAdded`
 * is called after each new one (the interface lists it); `warn` once per name that cannot be one.
 */
export function createServiceCatalog(
  config: Pick<NormalizedConfig, 'categories' | 'services'>,
  onAdded: () => void,
  warn: (message: string) => void,
): ServiceCatalog {
  const markup: Service[] = [];
  const refused = new Set<string>();
  let everything: readonly Service[] = config.services;

  const refuse = (name: string, why: string) => {
    if (refused.has(name)) return undefined;
    refused.add(name);
    warn(`data-service="${name}": ${why}; its tags follow their category`);
    return undefined;
  };

  const resolve = (name: string, category: string): Service | undefined => {
    const known = everything.find((s) => s.id === name);
    if (known) return known;
    if (config.categories.some((c) => c.id === name)) {
      refuse(name, 'the name of a category');
      return undefined;
    }
    // Stored as an object key: these would reach an object's prototype.
    if (RESERVED_IDS.includes(name)) {
      refuse(name, 'a reserved name');
      return undefined;
    }
    if (storedLength(name) > MAX_MARKUP_NAME_LENGTH) {
      refuse(
        name,
        `not text of at most ${MAX_MARKUP_NAME_LENGTH} characters once URL-encoded (it is stored in the consent cookie)`,
      );
      return undefined;
    }
    if (markup.length >= MAX_MARKUP_SERVICES) {
      refuse(name, `more than ${MAX_MARKUP_SERVICES} services are named by markup on this page`);
      return undefined;
    }
    const service: Service = {
      id: name,
      category,
      title: name,
      description: '',
      urls: [],
      essential: true,
      options: {},
    };
    markup.push(service);
    everything = [...config.services, ...markup];
    onAdded();
    return service;
  };

  return { markup: () => markup, all: () => everything, resolve };
}
