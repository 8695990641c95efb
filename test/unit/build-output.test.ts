// @vitest-environment node
// What `npm run build` leaves in dist/ (`npm test` builds first).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
const SCRIPT_TAG_BUNDLES = ['cookiegate.js', 'cookiegate-full.js', 'cookiegate-loader.js'];

describe('the script-tag bundles', () => {
  it.each(SCRIPT_TAG_BUNDLES)('%s starts with V8\'s compile hint, so it compiles off the main thread', (file) => {
    // v8.dev/blog/explicit-compile-hints: the magic comment must survive minification.
    expect(dist(file).split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it.each(SCRIPT_TAG_BUNDLES)('%s holds no innerHTML, eval or new Function, preact included', (file) => {
    // Text, never HTML (DESIGN.md): build/trim-preact.ts takes preact's dangerouslySetInnerHTML branch out.
    expect(dist(file)).not.toMatch(/innerHTML|dangerouslySetInnerHTML|new Function\(|[^.\w]eval\(/);
  });

  it('keeps the split take-over (`window.cookiegate.loader`) out of the one tag', () => {
    expect(dist('cookiegate.js')).not.toMatch(/\.loader\b/);
    expect(dist('cookiegate-full.js')).toMatch(/\.loader\b/);
  });
});
