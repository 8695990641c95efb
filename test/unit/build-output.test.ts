// @vitest-environment node
// What `npm run build` leaves in dist/ (`npm test` builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const dist = (file: string) => read(`dist/${file}`);
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

/** Every file a page loads with a `<script>` tag: the one tag and the languages it fetches. */
const SCRIPT_TAG_FILES = [
  'cookiegate.js',
  ...readdirSync(new URL('../../dist/i18n/', import.meta.url))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `i18n/${file}`),
];
/** The npm entries, whose dependencies (preact) stay imports for the app's bundler. */
const NPM_FILES = readdirSync(new URL('../../dist/', import.meta.url)).filter(
  (file) => file.endsWith('.js') && file !== 'cookiegate.js' && file !== 'cli.js',
);
const HTML_SINKS = /innerHTML|outerHTML|insertAdjacentHTML|document\.write/;
const CODE_FROM_STRINGS = /new Function\s*\(|(?<![.\w$])eval\s*\(/;

describe('the script-tag files', () => {
  it("the one tag starts with V8's compile hint, so it compiles off the main thread", () => {
    // v8.dev/blog/explicit-compile-hints: the magic comment must survive minification.
    expect(dist('cookiegate.js').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it.each(SCRIPT_TAG_FILES)('%s holds no eval or new Function', (file) => {
    expect(dist(file)).not.toMatch(CODE_FROM_STRINGS);
  });

  it('has innerHTML only where preact, shipped unmodified, has it (its dangerouslySetInnerHTML branch)', () => {
    // DESIGN.md: text, never HTML. src/ writes no markup (eslint.config.js forbids the sinks), so
    // every assignment to innerHTML in the bundle is preact's: no more than preact's own file has.
    // (Auto-blocking names the sinks as strings, "innerHTML", to wrap the page's own use of them;
    // it assigns none.)
    const assignments = /\.innerHTML\s*=[^=]/g;
    const bundle = count(dist('cookiegate.js'), assignments);
    const preact = count(read('node_modules/preact/dist/preact.module.js'), assignments);
    console.info(`innerHTML assignments in dist/cookiegate.js: ${bundle} (preact.module.js has ${preact})`);
    expect(bundle).toBeLessThanOrEqual(preact);
    expect(count(dist('cookiegate.js'), /\.outerHTML\s*=[^=]|\.insertAdjacentHTML\(|document\.write\(/g)).toBe(0);
  });

  it('ships no split install', () => {
    // Issue 14: the loader and full bundle are retired; cookiegate.js is the one tag.
    expect(readdirSync(new URL('../../dist/', import.meta.url))).not.toContain('cookiegate-loader.js');
    expect(dist('cookiegate.js')).not.toMatch(/\.loader\b/);
  });
});

describe('the npm files', () => {
  it.each(NPM_FILES)('%s holds no HTML sink, eval or new Function (preact stays an import)', (file) => {
    expect(dist(file)).not.toMatch(HTML_SINKS);
    expect(dist(file)).not.toMatch(CODE_FROM_STRINGS);
  });
});

describe('dist/config.schema.json', () => {
  const schema = JSON.parse(dist('config.schema.json')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const demo = JSON.parse(read('demo/config.json')) as Record<string, unknown>;

  it('accepts the demo config, with a $schema key for editors', () => {
    expect(
      validate({ $schema: './node_modules/cookiegate/dist/config.schema.json', ...demo }),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it('refuses a misspelt option and a missing revision', () => {
    expect(validate({ ...demo, reopenButon: true })).toBe(false);
    const { revision: _revision, ...withoutRevision } = demo;
    expect(validate(withoutRevision)).toBe(false);
  });

  it('carries the TSDoc as descriptions', () => {
    expect(JSON.stringify(schema)).toContain('Policy version; a change voids stored decisions');
  });
});
