// Mounts the interface on a fresh instance in jsdom, and takes it down after each test.
import { afterEach } from 'vitest';
import { cleanup, within } from '@testing-library/preact';
import { createConsent, type ConsentOptions } from '../../../src/core/consent';
import type { ConsentConfig } from '../../../src/config';
import { mountBanner, type MountOptions } from '../../../src/ui/mount-banner';

export const config = {
  revision: '2021-03-01',
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true },
    analytics: { title: 'Analytics' },
    marketing: { gpc: true },
  },
  cookies: [
    {
      name: 'has_js',
      category: 'necessary',
      provider: 'This site',
      purpose: 'Whether the browser supports Javascript',
      expires: 'session',
    },
    {
      name: '_utma',
      pattern: '_{1,2}utma',
      category: 'analytics',
      provider: 'Google',
      purpose: 'Counts visits',
      content: 'Random id',
      expires: '2 years',
    },
    { name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Distinguishes visitors', expires: '2 years' },
  ],
} satisfies ConsentConfig;

const teardown: (() => void)[] = [];

afterEach(() => {
  cleanup();
  teardown.splice(0).forEach((fn) => fn());
});

/** A consent instance with the interface mounted; `ui` queries inside the shadow root. */
export function mount(
  over: Partial<ConsentConfig> = {},
  options: MountOptions = {},
  consentOptions: ConsentOptions = {},
) {
  const consent = createConsent({ ...config, ...over }, consentOptions);
  const mounted = mountBanner(consent, options);
  teardown.push(() => {
    mounted.unmount();
    consent.destroy();
  });
  const host = document.querySelector('cookiegate-ui')!;
  const root = host.shadowRoot!;
  return { consent, mounted, host, root, ui: within(root as unknown as HTMLElement) };
}

/** The element focused inside the shadow root, else the document's. */
export const focused = (root: ShadowRoot) => root.activeElement ?? document.activeElement;
