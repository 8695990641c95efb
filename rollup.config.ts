import { existsSync, readFileSync } from 'node:fs';
import type { Plugin, RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';

/** `import css from './styles.css?raw'` as a minified string (vite serves the same import in tests). */
function cssRaw(): Plugin {
  return {
    name: 'css-raw',
    resolveId(source, importer) {
      if (!source.endsWith('.css?raw') || !importer) return null;
      return new URL(source.replace(/\?raw$/, ''), `file://${importer}`).pathname + '?raw';
    },
    load(id) {
      if (!id.endsWith('.css?raw')) return null;
      const css = readFileSync(id.replace(/\?raw$/, ''), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `export default ${JSON.stringify(css)};`;
    },
  };
}

/** `dist/i18n/<lang>.d.ts`: each language module's default export is the public `Texts` type. */
function textsDeclaration(lang: string): Plugin {
  return {
    name: 'texts-declaration',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: `${lang}.d.ts`,
        source: "import type { Texts } from '../index.js';\ndeclare const texts: Texts;\nexport default texts;\n",
      });
    },
  };
}

const ts = () => typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, include: ['src/**/*'] });
/**
 * `flat`: keep single-use functions (createConsent, validateConfig, createGate…) as functions of
 * their own instead of substituting them into their one caller (`reduce_funcs: false`).
 * Substituted, they nest ~11 KB deep inside startEmbed; when DevTools' Runtime domain is on (as in
 * the Playwright bench) Chromium captures a full stack with source positions at the first
 * document.cookie read, and V8 then re-parses every enclosing function: the nested 11 KB four
 * times over, some 3-4 ms of script CPU for a returning visitor. Without DevTools there is no
 * such re-parse, and the flag made no measurable difference.
 */
const min = (flat = false) =>
  terser({
    ecma: 2020,
    module: false,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, ...(flat && { reduce_funcs: false }) },
    mangle: { properties: { regex: /^_/ } },
    format: { comments: /^!|^# allFunctionsCalledOnLoad$/ },
  });
/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints, Chrome 136+): compile every
 * function of the file eagerly, on the background thread that streams it, instead of lazily on the
 * main thread when each is first called. Start-up calls most of the script-tag bundles' code; on a
 * returning visit this took main-thread script time from about 9.8 to 5.8 ms in the bench.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const external = ['preact', 'preact/hooks'];
const languages = ['cy', 'fr', 'de', 'es', 'it', 'nl', 'pl'].filter((l) => existsSync(`src/i18n/${l}.ts`));

const config: RollupOptions[] = [
  {
    // The one tag: everything in one minified IIFE (DESIGN.md's contract).
    input: 'src/embed.ts',
    output: { file: 'dist/cookiegate.js', format: 'iife', sourcemap: false, banner: COMPILE_HINT },
    plugins: [cssRaw(), resolve({ browser: true }), ts(), min(true)],
  },
  {
    input: { index: 'src/index.ts', headless: 'src/headless.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [cssRaw(), resolve({ browser: true }), ts()],
  },
  {
    input: { index: 'src/index.ts', headless: 'src/headless.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts' },
    external: [...external, /\.css\?raw$/],
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  ...(existsSync('src/cli/main.ts')
    ? [
        {
          // The `cookiegate audit` command (node): playwright-core is an optional peer dependency.
          input: 'src/cli/main.ts',
          output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
          external: [/^node:/, 'playwright-core'],
          plugins: [ts()],
        } satisfies RollupOptions,
      ]
    : []),
  ...languages.flatMap((lang): RollupOptions[] => [
    {
      // For npm: `import cy from 'cookiegate/i18n/cy'`.
      input: `src/i18n/${lang}.ts`,
      output: { file: `dist/i18n/${lang}.mjs`, format: 'es' },
      plugins: [ts(), textsDeclaration(lang)],
    },
    {
      // For the script tag: registers itself on `window.cookiegateTexts`.
      input: `src/i18n/register-${lang}.ts`,
      output: { file: `dist/i18n/${lang}.js`, format: 'iife' },
      plugins: [ts(), min()],
    },
  ]),
];

export default config;
