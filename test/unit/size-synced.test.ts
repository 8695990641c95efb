// @vitest-environment node
// The README's byte claims are the budgets of test/size/budgets.json (as nanostores' size-synced
// test keeps its README honest). A claim is written as a marker around the number:
//   <!-- size:cookiegate.js -->6,850<!-- /size --> bytes brotli
// where the name is a key of budgets.json. Text without markers is not checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const budgets = JSON.parse(read('test/size/budgets.json')) as Record<string, { brotli: number }>;
const readme = read('README.md');

const MARKER = /<!--\s*size:([^\s>]+)\s*-->([^<]*)<!--\s*\/size\s*-->/g;
const claims = [...readme.matchAll(MARKER)].map(([, name, text]) => ({ name, text: text.trim() }));

describe('size claims in README.md', () => {
  it('every budget is a positive whole number of bytes', () => {
    for (const [name, budget] of Object.entries(budgets)) {
      expect(Number.isInteger(budget.brotli) && budget.brotli > 0, name).toBe(true);
    }
  });

  it.each(claims.length ? claims : [{ name: '(no markers yet)', text: '' }])(
    '$name matches its budget',
    ({ name, text }) => {
      if (!claims.length) return;
      expect(Object.keys(budgets), `README marker size:${name} names no budget`).toContain(name);
      expect(text, `README marker size:${name} should hold a number such as 6,850`).toMatch(/^\d{1,3}(,\d{3})*$|^\d+$/);
      expect(Number(text.replace(/,/g, '')), `README says ${text} bytes for ${name}`).toBe(budgets[name].brotli);
    },
  );
});
