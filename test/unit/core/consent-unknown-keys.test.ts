// Issue 17.4: `__proto__`, `constructor` and `prototype` anywhere in a config warn as unknown keys,
// with their path, and never reach an object's prototype.
import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../../src/core/consent';
import type { CoreConfig } from '../../../src/core/config-types';

const PLACES: [where: string, json: (key: string) => string, path: (key: string) => string][] = [
  [
    'top level',
    (k) => `{ "revision": "1", "categories": { "analytics": {} }, "${k}": { "polluted": true } }`,
    (k) => k,
  ],
  [
    'a category',
    (k) => `{ "revision": "1", "categories": { "analytics": { "${k}": { "polluted": true } } } }`,
    (k) => `categories.analytics.${k}`,
  ],
  [
    'a service',
    (k) =>
      `{ "revision": "1", "categories": { "analytics": {} }, "services": { "stats": { "category": "analytics", "${k}": { "polluted": true } } } }`,
    (k) => `services.stats.${k}`,
  ],
  [
    'services',
    (k) =>
      `{ "revision": "1", "categories": { "analytics": {} }, "services": { "${k}": { "category": "analytics" } } }`,
    (k) => `services.${k}`,
  ],
  [
    'cookie',
    (k) => `{ "revision": "1", "categories": { "analytics": {} }, "cookie": { "${k}": { "polluted": true } } }`,
    (k) => `cookie.${k}`,
  ],
  [
    'links[]',
    (k) =>
      `{ "revision": "1", "categories": { "analytics": {} }, "links": [{ "label": "Imprint", "href": "/imprint", "${k}": { "polluted": true } }] }`,
    (k) => `links[0].${k}`,
  ],
  [
    'receipts',
    (k) =>
      `{ "revision": "1", "categories": { "analytics": {} }, "receipts": { "endpoint": "/r", "${k}": { "polluted": true } } }`,
    (k) => `receipts.${k}`,
  ],
  [
    'texts',
    (k) => `{ "revision": "1", "categories": { "analytics": {} }, "texts": { "${k}": { "polluted": true } } }`,
    (k) => `texts.${k}`,
  ],
  [
    'cookies[]',
    (k) =>
      `{ "revision": "1", "categories": { "analytics": {} }, "cookies": [{ "name": "_x", "category": "analytics", "provider": "Us", "purpose": "p", "expires": "1 day", "${k}": { "polluted": true } }] }`,
    (k) => `cookies[0].${k}`,
  ],
];

describe('reserved keys in a config', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const [where, json, path] of PLACES) {
      it(`"${key}" in ${where} warns with its path and reaches no prototype`, () => {
        const out = { warn: vi.fn(), error: vi.fn() };
        const consent = createConsent(JSON.parse(json(key)) as CoreConfig, { console: out, document: false });
        expect(out.error).not.toHaveBeenCalled();
        expect(out.warn).toHaveBeenCalledWith(`cookiegate: ${path(key)}: unknown option, ignored`);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((consent.config.texts as Record<string, unknown>).polluted).toBeUndefined();
        expect(
          consent
            .services()
            .every(
              (s) =>
                !Object.hasOwn(s.options, 'polluted') && (s.options as Record<string, unknown>).polluted === undefined,
            ),
        ).toBe(true);
        consent.destroy();
      });
    }
  }
});
