// Issue 6: config validation under random JSON. Nothing throws past the library, and no optional
// category is ever granted without a visitor's action; an invalid config grants nothing at all.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateConfig } from '../../../src/core/validate-config';
import { createConsent } from '../../../src/core/consent';
import type { ConsentConfig } from '../../../src/config';

const quiet = { warn() {}, error() {} };
const anyValue = fc.oneof(fc.jsonValue(), fc.anything());
const id = fc.oneof(
  fc.constantFrom('necessary', 'analytics', 'marketing', '__proto__', 'constructor', 'toString', ''),
  fc.string({ maxLength: 12 }),
);

/** Objects with the real keys of the vocabulary at every level, holding random values. */
const category = fc.record(
  {
    required: fc.oneof(fc.boolean(), anyValue),
    gpc: fc.oneof(fc.boolean(), anyValue),
    title: fc.oneof(fc.string(), anyValue),
    description: anyValue,
  },
  { requiredKeys: [] },
);
const cookie = fc.record(
  {
    name: fc.oneof(fc.string(), anyValue),
    pattern: fc.oneof(fc.string(), fc.constantFrom('(', '[', '_ga_.*', '^__utm[abcz]$', '(a+)+$'), anyValue),
    category: fc.oneof(id, anyValue),
    provider: anyValue,
    purpose: fc.string(),
    content: anyValue,
    expires: fc.string(),
  },
  { requiredKeys: [] },
);
const structured = fc.record(
  {
    revision: fc.oneof(fc.string(), anyValue),
    policyUrl: fc.oneof(fc.constantFrom('/privacy', 'javascript:alert(1)', 'https://x.example', 'data:,x'), anyValue),
    cookie: fc.oneof(
      fc.record(
        {
          name: anyValue,
          days: fc.oneof(fc.double(), fc.integer(), anyValue),
          domain: anyValue,
          path: anyValue,
          sameSite: fc.oneof(fc.constantFrom('Lax', 'None', 'lax'), anyValue),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    categories: fc.oneof(fc.dictionary(id, fc.oneof(category, anyValue), { maxKeys: 6 }), anyValue),
    cookies: fc.oneof(fc.array(fc.oneof(cookie, anyValue), { maxLength: 6 }), anyValue),
    services: fc.oneof(
      fc.record(
        {
          googleAnalytics: fc.oneof(
            fc.record(
              {
                measurementId: fc.oneof(fc.constantFrom('G-TEST123'), anyValue),
                category: fc.oneof(id, anyValue),
                consentMode: anyValue,
                mode: anyValue,
                region: anyValue,
                signals: anyValue,
                src: anyValue,
                config: anyValue,
              },
              { requiredKeys: [] },
            ),
            anyValue,
          ),
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(id, anyValue),
      anyValue,
    ),
    texts: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), anyValue)), anyValue),
    language: anyValue,
    reloadOnWithdraw: anyValue,
    receipts: anyValue,
    position: anyValue,
    mode: anyValue,
    reopenButton: anyValue,
    links: fc.oneof(
      fc.array(
        fc.record(
          { label: anyValue, href: fc.oneof(fc.constantFrom('/x', 'javascript:x'), anyValue) },
          { requiredKeys: [] },
        ),
      ),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);
const randomConfig = fc.oneof(fc.jsonValue(), structured, anyValue);

/** Checks an instance: required categories on, optional ones off, until someone acts. */
function grantsNothingOptional(consent: ReturnType<typeof createConsent>): boolean {
  return (
    consent.config.categories.every((c) => consent.has(c.id) === c.required) &&
    // A service is granted at most when its category is required (before a decision has() is false).
    // An invalid config may reuse a category id as a service id: has() then answers for the category.
    consent.config.services.every(
      (s) =>
        !consent.has(s.id) || !!consent.config.categories.find((c) => c.id === s.category || c.id === s.id)?.required,
    )
  );
}

describe('config validation under random input', () => {
  it('never throws, and returns a frozen config with every problem named by its path', () => {
    fc.assert(
      fc.property(randomConfig, (input) => {
        const { config, errors, warnings } = validateConfig(input);
        expect(Object.isFrozen(config)).toBe(true);
        for (const issue of [...errors, ...warnings])
          expect(typeof issue.path === 'string' && typeof issue.message === 'string').toBe(true);
        // Refused URLs never survive normalisation.
        for (const href of [config.policyUrl, ...config.links.map((l) => l.href)])
          expect(href === undefined || !/^\s*(javascript|data|vbscript):/i.test(href)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('grants no optional category without a visitor action, and an invalid config grants nothing even on acceptAll', () => {
    fc.assert(
      fc.property(randomConfig, (input) => {
        const consent = createConsent(input as ConsentConfig, { document: false, console: quiet });
        try {
          expect(consent.record()).toBeNull();
          expect(grantsNothingOptional(consent)).toBe(true);
          if (consent.errors.length) {
            // Fail closed (DESIGN.md rule 6): no action can grant anything.
            expect(consent.acceptAll()).toBeNull();
            expect(consent.set(Object.fromEntries(consent.config.categories.map((c) => [c.id, true])))).toBeNull();
            expect(grantsNothingOptional(consent)).toBe(true);
          } else {
            // A valid random config: "Accept all" grants what it says, except GPC-marked ones under GPC.
            consent.acceptAll();
            expect(consent.config.categories.every((c) => consent.has(c.id))).toBe(true);
            consent.rejectAll();
            expect(grantsNothingOptional(consent)).toBe(true);
          }
        } finally {
          consent.destroy();
        }
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('holds with a real document too: gating, clean-up and storage never throw on random configs', () => {
    fc.assert(
      fc.property(randomConfig, (input) => {
        const consent = createConsent(input as ConsentConfig, { console: quiet });
        try {
          expect(grantsNothingOptional(consent)).toBe(true);
          consent.acceptAll();
          if (consent.errors.length) expect(grantsNothingOptional(consent)).toBe(true);
          consent.reset();
          expect(grantsNothingOptional(consent)).toBe(true);
        } finally {
          consent.destroy();
          for (const c of document.cookie.split(';')) {
            const name = c.split('=')[0].trim();
            if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
