// The cookie parser's property, shared by the normal run (test/unit/core/record-codec.test.ts,
// 10,000 values) and the dedicated fuzz run (test/fuzz/cookie-parser.fuzz.ts, 100,000 values).
import fc from 'fast-check';
import { decodeRecord } from '../../src/core/record-codec';
import { validateConfig } from '../../src/core/validate-config';

export const config = validateConfig({
  revision: '2021-03-01',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: { googleAnalytics: { measurementId: 'G-TEST123' } },
}).config;
export const now = Date.UTC(2026, 0, 1);

/** Pieces of real records, so the fuzzer reaches past the first checks of the parser. */
const field = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '1',
    '2',
    '',
    '2021-03-01',
    '2021%2D03%2D01',
    '%',
    '%E0%A4%A',
    'abcdefgh',
    'abcdefgh-1',
    now.toString(36),
    (now + 2 * 864e5).toString(36),
    'zzzzzzzzzzz',
    '0',
  ),
  fc
    .array(
      fc.constantFrom(
        'necessary',
        '!necessary',
        'analytics',
        '!analytics',
        'marketing',
        '!marketing',
        'googleAnalytics',
        '!googleAnalytics',
        '__proto__',
        'constructor',
        '!',
        '',
      ),
      { maxLength: 6 },
    )
    .map((a) => a.join('+')),
);
/** Anything a cookie can hold, and values shaped like a record: 7 fields joined by `|`. */
export const storedValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ minLength: 1000, maxLength: 1100 }),
  fc.array(field, { minLength: 5, maxLength: 9 }).map((parts) => parts.join('|')),
  fc.constantFrom('1|2021-03-01|abcdefgh|0|0|necessary+analytics+!marketing|'),
);

/**
 * Never throws, and never yields anything but null or a complete decision of this revision in
 * which the required category holds: a forged or corrupted cookie grants nothing it does not say.
 */
export const decodesSafely = fc.property(storedValue, (s) => isSafeDecoding(s));

/** The property of `decodesSafely` for one stored value. */
export function isSafeDecoding(s: string): boolean {
  const r = decodeRecord(s, config, now);
  if (r === null) return true;
  return (
    r.revision === config.revision &&
    r.categories.necessary &&
    Object.keys(r.categories).sort().join() === 'analytics,marketing,necessary' &&
    Object.values(r.categories).every((v) => typeof v === 'boolean') &&
    // Service entries need not be declared (markup-named services), but each is a named boolean.
    Object.entries(r.services).every(([k, v]) => k !== '' && typeof v === 'boolean') &&
    // Nothing beyond what the string itself names is granted.
    (!r.categories.analytics || s.split('|')[5].split('+').includes('analytics')) &&
    (!r.categories.marketing || s.split('|')[5].split('+').includes('marketing'))
  );
}
