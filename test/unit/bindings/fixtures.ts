// Shared by the React and Preact binding tests: a config, a plugin that counts live instances, and
// queries inside the banner's shadow root.
import { within } from '@testing-library/dom';
import type { Plugin } from '../../../src/core/plugin';

export const config = {
  revision: '2021-03-01',
  categories: {
    necessary: { required: true },
    analytics: { title: 'Analytics' },
    marketing: { title: 'Marketing' },
  },
  services: { youtube: { category: 'marketing', title: 'YouTube' } },
} as const;

/**
 * A plugin starts when an instance is created and stops when it is destroyed: starts minus stops
 * is the number of live instances gating the page.
 */
export function instanceCounter() {
  const count = { starts: 0, stops: 0, live: () => count.starts - count.stops };
  const plugin: Plugin = {
    name: 'counter',
    start: () => {
      count.starts += 1;
      return () => {
        count.stops += 1;
      };
    },
  };
  return { count, plugins: [plugin] };
}

/** The interface hosts on the page (one per mounted banner). */
export const hosts = () => [...document.querySelectorAll('cookiegate-ui')];

/** Queries inside the one banner's shadow root. */
export function banner() {
  const [host] = hosts();
  return within(host.shadowRoot as unknown as HTMLElement);
}
