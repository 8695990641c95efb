// Issue 6: the script-tag files parse in the supported browsers (the last two versions of Chrome,
// Edge and Firefox; Safari 15+). Safari 15.0 is the floor, and its syntax level is ES2020: no `??=`
// (ES2021), numeric separators (ES2021), class fields with `#private` or static blocks (ES2022),
// top-level await, or the regexp `v` flag (ES2024). Runs on the built files (npm run build).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { parse } from 'acorn';
import { readDist, ROOT } from './harness';

/** Every file a page loads through a script tag: the one tag and the translations. */
const files = [
  'cookiegate.js',
  ...(existsSync(`${ROOT}dist/i18n`)
    ? readdirSync(`${ROOT}dist/i18n`)
        .filter((f) => f.endsWith('.js'))
        .map((f) => `i18n/${f}`)
    : []),
].filter((f) => existsSync(`${ROOT}dist/${f}`));

/**
 * Built-ins Safari 15.0 lacks (added in 15.4 or later), which a polyfill-free bundle must not call
 * without a guard. A syntax check cannot see them, so the minified text is searched.
 */
const NEWER_APIS: [RegExp, string][] = [
  [/\.at\((?!\s*\))/, 'Array.prototype.at (Safari 15.4)'],
  [/\bObject\.hasOwn\b/, 'Object.hasOwn (Safari 15.4)'],
  [/\bstructuredClone\b/, 'structuredClone (Safari 15.4)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (Safari 15.4)'],
  [/\.(toSorted|toReversed|toSpliced|with)\(/, 'change-array-by-copy (Safari 16)'],
  [/\bObject\.groupBy\b|\bMap\.groupBy\b/, 'groupBy (Safari 17.4)'],
  [/\bPromise\.withResolvers\b/, 'Promise.withResolvers (Safari 17.4)'],
];

describe('the script-tag files parse in the supported browsers', () => {
  it('finds the built files', () => {
    expect(files).toEqual(expect.arrayContaining(['cookiegate.js', 'i18n/fr.js']));
  });

  for (const file of files) {
    it(`${file} is ES2020 script syntax (Safari 15)`, () => {
      const source = readDist(file);
      // Throws a SyntaxError naming line and column at the first construct newer than ES2020.
      expect(() => parse(source, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    });

    it(`${file} calls no built-in newer than Safari 15.0 without a guard`, () => {
      const source = readDist(file);
      // Ids come from crypto.getRandomValues (Safari 6.1), not randomUUID (Safari 15.4).
      const found = NEWER_APIS.filter(([re]) => re.test(source)).map(([, name]) => name);
      expect(found).toEqual([]);
    });
  }

  it('the check itself refuses what Safari 15 cannot parse', () => {
    for (const newer of [
      'a ??= 1;',
      'x = 1_000;',
      'class A { static { } }',
      'class A { #p = 1 }',
      'x = /[\\p{L}--\\p{N}]/v;',
      'await 1;',
    ]) {
      expect(() => parse(newer, { ecmaVersion: 2020, sourceType: 'script' }), newer).toThrow(SyntaxError);
    }
  });
});
