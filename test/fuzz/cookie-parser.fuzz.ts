// The dedicated fuzz run of the consent-cookie codec, not part of `npm test`:
// Run: npx vitest run --config test/fuzz/vitest.config.ts
// Each property is checked by fast-check, which throws with the smallest counter-example it finds;
// the run counts are asserted too, so a property that silently stopped running fails.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord, MAX_STORED_LENGTH } from '../../src/core/record-codec';
import type { ConsentRecord } from '../../src/core/record';
import { config, isSafeDecoding, now, storedValue } from './record-codec.property';

const DAY = 864e5;
const RUNS = 100_000;

/** Every record the library itself can write under `config`: any decision, any time within the cookie's life. */
const writtenRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.stringMatching(/^[\w-]{8,64}$/),
    age: fc.integer({ min: 0, max: config.cookie.days * DAY - 1 }),
    lifetime: fc.integer({ min: 0, max: 400 * DAY }),
    analytics: fc.boolean(),
    marketing: fc.boolean(),
    googleAnalytics: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ id, age, lifetime, analytics, marketing, googleAnalytics }): ConsentRecord => {
    const services: Record<string, boolean> = googleAnalytics === undefined ? {} : { googleAnalytics };
    return {
      version: 1,
      revision: config.revision,
      id,
      created: Math.max(0, now - age - lifetime),
      updated: now - age,
      categories: { necessary: true, analytics, marketing },
      services,
    };
  });

/** Counts the runs of a property, so that a property that ran zero times cannot pass. */
function counted<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => boolean) {
  let runs = 0;
  const property = fc.property(arbitrary, (value) => {
    runs += 1;
    return predicate(value);
  });
  return { property, runs: () => runs };
}

describe('the consent-cookie codec under fuzzing', () => {
  it('never throws and never grants what the value does not say (DESIGN.md behaviour 5)', () => {
    let runs = 0;
    const property = fc.property(storedValue, (value) => {
      runs += 1;
      expect(() => decodeRecord(value, config, now)).not.toThrow();
      return isSafeDecoding(value);
    });
    const started = performance.now();
    fc.assert(property, { numRuns: RUNS });
    console.log(
      `cookie parser: ${RUNS.toLocaleString('en-GB')} values in ${Math.round(performance.now() - started)} ms`,
    );
    expect(runs).toBe(RUNS);
  });

  it('reads back every record it writes as the same decision (DESIGN.md behaviour 10)', () => {
    const check = counted(writtenRecord, (record) => {
      const stored = encodeRecord(record);
      expect(stored.length).toBeLessThanOrEqual(MAX_STORED_LENGTH);
      expect(decodeRecord(stored, config, now)).toEqual(record);
      return true;
    });
    fc.assert(check.property, { numRuns: RUNS / 10 });
    expect(check.runs()).toBe(RUNS / 10);
  });

  it('refuses a record of another revision, an expired one, one from the future, and an oversized value', () => {
    const check = counted(
      fc.tuple(writtenRecord, fc.string({ minLength: 1 }), fc.integer({ min: 2 * DAY, max: 1e4 * DAY })),
      ([record, otherRevision, beyond]) => {
        const stored = (changes: Partial<ConsentRecord>) => encodeRecord({ ...record, ...changes });
        if (otherRevision !== config.revision) {
          expect(decodeRecord(stored({ revision: otherRevision }), config, now)).toBeNull();
        }
        // Expired: older than `cookie.days` (CNIL: about six months); forged: more than a day ahead.
        expect(
          decodeRecord(stored({ created: 0, updated: now - config.cookie.days * DAY - beyond }), config, now),
        ).toBeNull();
        expect(decodeRecord(stored({ updated: now + beyond }), config, now)).toBeNull();
        expect(decodeRecord(stored({}).padEnd(MAX_STORED_LENGTH + 1, '+'), config, now)).toBeNull();
        return true;
      },
    );
    fc.assert(check.property, { numRuns: RUNS / 10 });
    expect(check.runs()).toBe(RUNS / 10);
  });

  it('refuses a decision list that skips a declared category, names an unknown one or names one twice', () => {
    const lists = fc.constantFrom(
      'necessary+analytics',
      'necessary+analytics+marketing+ads',
      'necessary+analytics+!analytics+marketing',
      'necessary+analytics+marketing+necessary',
      '__proto__+necessary+analytics+marketing',
    );
    const check = counted(fc.tuple(writtenRecord, lists), ([record, list]) => {
      const fields = encodeRecord(record).split('|');
      // The codec's fields: version, revision, id, created, updated, categories, services.
      fields[5] = list;
      expect(decodeRecord(fields.join('|'), config, now)).toBeNull();
      return true;
    });
    fc.assert(check.property, { numRuns: 5_000 });
    expect(check.runs()).toBe(5_000);
  });
});
