// Issue 17.3 and DESIGN.md behaviour 10: no valid config and no page markup can produce a record the
// reader refuses. For any config the validator accepts, any set of data-service names on the page
// and any decision (also after decisions made on another page), the record is read back as the
// same decision, within MAX_STORED_LENGTH.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/validate-config';
import { createServiceCatalog, MAX_MARKUP_NAME_LENGTH, MAX_MARKUP_SERVICES } from '../../../src/core/markup-services';
import { decide, grants, type ConsentRecord } from '../../../src/core/record';
import { decodeRecord, encodeRecord, MAX_STORED_LENGTH } from '../../../src/core/record-codec';
import type { NormalizedConfig } from '../../../src/core/config-types';

/** How many cases the property runs in `npm test`; `RECORD_LIMIT_RUNS=20000` for a longer run. */
const RUNS = Number(process.env.RECORD_LIMIT_RUNS) || 500;
const NOW = Date.UTC(2026, 0, 1);

const id = fc.stringMatching(/^[A-Za-z][\w-]{0,39}$/);
/** Any text, non-ASCII and unpaired surrogates included, around the revision's limit. */
const revision = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 130 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }),
  fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '%', '|', '+', '!'), minLength: 1, maxLength: 130 }),
);
const configInput = fc
  .record({
    revision,
    categories: fc.uniqueArray(id, { minLength: 1, maxLength: 21 }),
    services: fc.uniqueArray(id, { maxLength: 31 }),
    picks: fc.array(fc.nat(), { minLength: 31, maxLength: 31 }),
    required: fc.boolean(),
  })
  .map(({ revision, categories, services, picks, required }) => ({
    revision,
    categories: Object.fromEntries(categories.map((c, i) => [c, i === 0 ? { required } : {}])),
    services: Object.fromEntries(
      services
        .filter((s) => !categories.includes(s))
        .map((s, i) => [s, { category: categories[picks[i] % categories.length] }]),
    ),
  }));
/** Names as pages write them: human text, long text, and strings that look like ids or syntax. */
const markupName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 70 }),
  fc.string({ unit: fc.constantFrom('x', 'é', '😀', ' ', '|', '+', '!', '%'), minLength: 1, maxLength: 70 }),
  fc.constantFrom('Google Analytics', 'constructor', 'toString', '__proto__', '!', '!!x', 'a|b', 'a+b'),
);
const page = fc.array(fc.record({ name: markupName, category: fc.nat() }), { maxLength: 16 });

/** The services a page's markup names, as the gate registers them. */
function markupOf(config: NormalizedConfig, names: { name: string; category: number }[]) {
  const catalog = createServiceCatalog(
    config,
    () => {},
    () => {},
  );
  for (const { name, category } of names)
    catalog.resolve(name, config.categories[category % config.categories.length].id);
  return catalog.markup();
}

/** A decision over every id, from a list of booleans. */
function choiceOf(ids: string[], values: boolean[]): Record<string, boolean> {
  return Object.fromEntries(ids.map((key, i) => [key, values[i % Math.max(values.length, 1)] ?? false]));
}

function readsBack(
  config: NormalizedConfig,
  record: ConsentRecord,
  ids: string[],
  markup: ReturnType<typeof markupOf>,
): void {
  const value = encodeRecord(record);
  expect(value.length).toBeLessThanOrEqual(MAX_STORED_LENGTH);
  const read = decodeRecord(value, config, NOW);
  expect(read).not.toBeNull();
  expect(read).toEqual(record);
  for (const key of ids) expect(grants(config, read, key, markup)).toBe(grants(config, record, key, markup));
}

describe('record limits', () => {
  it(`reads every decision back, for any accepted config and markup (${RUNS} cases)`, () => {
    const property = fc.property(
      configInput,
      page,
      page,
      fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }),
      fc.boolean(),
      (input, otherPage, thisPage, before, now, namesCategory) => {
        const { config, errors } = validateConfig(input);
        fc.pre(errors.length === 0);
        // A decision on another page of the site, then one on this page.
        const elsewhere = markupOf(config, otherPage);
        const otherIds = [
          ...config.categories.map((c) => c.id),
          ...config.services.map((s) => s.id),
          ...elsewhere.map((s) => s.id),
        ];
        const previous = decide(config, null, choiceOf(otherIds, before), NOW - 1000, elsewhere);
        readsBack(config, previous, otherIds, elsewhere);
        const markup = markupOf(config, thisPage);
        const serviceIds = [...config.services.map((s) => s.id), ...markup.map((s) => s.id)];
        const ids = namesCategory ? [...config.categories.map((c) => c.id), ...serviceIds] : serviceIds;
        readsBack(config, decide(config, previous, choiceOf(ids, now), NOW, markup), ids, markup);
      },
    );
    fc.assert(property, { numRuns: RUNS });
  }, 120_000);

  it('keeps the largest record a valid config and page can make within the limit', () => {
    const long = (prefix: string, i: number) => `${prefix}${i}`.padEnd(40, 'x');
    const categories = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [long('c', i), {}]));
    const first = Object.keys(categories)[0];
    const services = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [long('s', i), { category: first }]));
    // 128 characters once encoded: 8 × 12 (😀), 3 × 9 (€) and 5.
    const { config, errors } = validateConfig({ revision: `${'😀'.repeat(8)}€€€abcde`, categories, services });
    expect(errors).toEqual([]);
    // 64 characters once encoded: 6 × 6 (é) and 28.
    const names = Array.from({ length: 12 }, (_, i) => ({
      name: `${'é'.repeat(6)}${String(i).padStart(2, '0')}`.padEnd(34, 'y'),
      category: 0,
    }));
    expect(encodeURIComponent(names[0].name)).toHaveLength(MAX_MARKUP_NAME_LENGTH);
    const markup = markupOf(config, names);
    expect(markup).toHaveLength(MAX_MARKUP_SERVICES);
    const ids = [...config.services.map((s) => s.id), ...markup.map((s) => s.id)];
    const record = decide(
      config,
      null,
      { ...choiceOf(Object.keys(categories), [true]), ...choiceOf(ids, [false]) },
      NOW,
      markup,
    );
    readsBack(config, record, ids, markup);
  });
});
