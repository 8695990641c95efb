// ESLint (flat config): typescript-eslint's type-checked strict and stylistic rules over src/ and
// test/, plus the house rules of DESIGN.md and STYLE.md that a linter can check. `npm run lint`
// runs it with --max-warnings 0; .ci/run fails on any problem. Prettier owns formatting.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** DESIGN.md "Text, never HTML": no HTML sinks and no code from strings anywhere in src/. */
const NO_HTML_SINKS = [
  { property: 'innerHTML', message: 'Text, never HTML (DESIGN.md): use textContent or preact children.' },
  { property: 'outerHTML', message: 'Text, never HTML (DESIGN.md): build elements instead.' },
  { property: 'insertAdjacentHTML', message: 'Text, never HTML (DESIGN.md): build elements instead.' },
  { object: 'document', property: 'write', message: 'Text, never HTML (DESIGN.md): build elements instead.' },
  { object: 'document', property: 'writeln', message: 'Text, never HTML (DESIGN.md): build elements instead.' },
];
const NO_CODE_FROM_STRINGS = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text, never HTML (DESIGN.md).' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Text, never HTML (DESIGN.md).' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval (DESIGN.md).' },
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: 'No new Function (DESIGN.md).',
  },
  {
    selector: "MemberExpression[property.name='write'][object.property.name='document']",
    message: 'Text, never HTML (DESIGN.md).',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/.results/', 'demo/**/dist/', 'demo/**/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // A template literal with a number or boolean is the plainest way to say it.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Unused arguments that document a callback's shape are named with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // `() => off()` is a callback's plain form; `&&` as a statement is still caught by
      // no-unused-expressions (STYLE.md 12).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An empty string from markup or config (`data-service=""`, `title: ''`, an empty nonce) means
      // "not given" and falls back, so `||` on strings is meant; `??` would keep the empty string.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // `this: void` is how unbound-method asks for methods that may be passed on as callbacks
      // (`consent.has`); the default of no-invalid-void-type forbids exactly that annotation.
      '@typescript-eslint/no-invalid-void-type': ['error', { allowAsThisParameter: true }],
      // STYLE.md: split a file before it passes ~300 lines.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', ...NO_HTML_SINKS],
      'no-restricted-syntax': ['error', ...NO_CODE_FROM_STRINGS],
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // STYLE.md 12: functions under 60 lines where the product's logic lives.
    files: ['src/core/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/embed/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs,js}'],
    rules: {
      // Tests reach into page globals and JSON fixtures through casts and `!`: a failed
      // assumption fails the test, which is what it is for.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Test files are long lists of cases; a behaviour's cases stay in one file (STYLE.md 9).
      'max-lines': 'off',
      // vitest's `expect(fn).toThrow()` and mocks pass methods around unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // `afterAll(() => browser?.close())` guards against a `beforeAll` that failed, which the
      // declared types (`let browser: Browser`) cannot say.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // A stub listener or a swallowed rejection in a test is `() => {}` on purpose.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    // Generated by test/tools/build-cookie-table.mjs: a data table, not code to split (a comment
    // in it would be lost on the next regeneration).
    files: ['src/cli/open-cookie-database.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    // Plain JavaScript (configs, the bench and size scripts, the demo): no type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
