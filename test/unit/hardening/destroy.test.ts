import { describe, expect, it } from 'vitest';
import { createConsent } from '../../../src/core/consent';
import { mountBanner } from '../../../src/ui/mount-banner';

const config = { revision: '1', categories: { necessary: { required: true }, analytics: {} } };

describe('destroy()', () => {
  it('unmounts a mounted interface, so no banner is left to record a decision', () => {
    const consent = createConsent(config, { console: { warn() {}, error() {} } });
    mountBanner(consent);
    expect(document.querySelector('cookiegate-ui')).not.toBeNull();
    consent.destroy();
    expect(document.querySelector('cookiegate-ui')).toBeNull();
  });

  it('leaves an interface unmounted by hand alone, and unmounting twice is harmless', () => {
    const consent = createConsent(config, { console: { warn() {}, error() {} } });
    const ui = mountBanner(consent);
    ui.unmount();
    expect(() => consent.destroy()).not.toThrow();
    expect(() => ui.unmount()).not.toThrow();
    expect(document.querySelector('cookiegate-ui')).toBeNull();
  });
});
