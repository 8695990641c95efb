// `npm run build`: transpile-only (esbuild) for every output, terser for the script-tag files,
// rollup-plugin-dts for the declarations and ts-json-schema-generator for the config's JSON Schema.
// Types are checked once, for the whole project, by `npm run typecheck` (`tsc --noEmit`, CI runs
// it): a TypeScript program per output made the build take over a minute on 2 cores (issue 20).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import type { ExternalOption, Plugin, RollupOptions } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';
import {
  createFormatter,
  createParser,
  createProgram,
  DEFAULT_CONFIG,
  SchemaGenerator,
} from 'ts-json-schema-generator';
import type { CompletedConfig } from 'ts-json-schema-generator';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

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

/**
 * TypeScript and JSX to JavaScript, one file at a time, without a type check. The JSX factory and
 * fragment (preact's `h` and `Fragment`, classic runtime) come from tsconfig.json; a file may name
 * another with a `/** @jsx … *\/` pragma (src/react.tsx: `React.createElement`).
 */
const transpile = () =>
  esbuild({
    target: 'es2020',
    tsconfig: 'tsconfig.json',
  });

/**
 * `flat`: keep single-use functions (createConsent, validateConfig, createGate…) as functions of
 * their own instead of substituting them into their one caller (`reduce_funcs: false`).
 * Substituted, they nest deep inside startEmbed; when DevTools' Runtime domain is on (as in the
 * Playwright bench) Chromium captures a full stack with source positions at the first
 * document.cookie read, and V8 then re-parses every enclosing function: some 3-4 ms of script CPU
 * for a returning visitor. Without DevTools there is no such re-parse.
 */
const minify = (flat = false) =>
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
 * main thread when each is first called. Start-up calls most of the script-tag bundle's code.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** npm entries leave the package's dependencies and peers to the app's bundler, so they dedupe. */
const packages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isPackage = (id: string) => packages.some((name) => id === name || id.startsWith(`${name}/`));
const external: ExternalOption = (id) => isPackage(id);

/**
 * The npm entries: `dist/<name>.js` and `dist/<name>.d.ts`. server, react, preact and presets land
 * on other branches; each is built once its source exists, so the build works before and after.
 */
const npmEntries = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    headless: 'src/headless.ts',
    server: 'src/server.ts',
    react: 'src/react.tsx',
    preact: 'src/preact.tsx',
    presets: 'src/presets/catalogue.ts',
  }).filter(([, file]) => existsSync(file)),
);

/** Languages with a module of their own; English also ships inside every bundle (src/i18n/english.ts). */
const languages = ['en', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl'].filter((lang) => existsSync(`src/i18n/${lang}.ts`));

/** `dist/i18n/<lang>.d.ts`: each language module's default export is the public `Texts` type. */
function textsDeclarations(): Plugin {
  return {
    name: 'texts-declarations',
    generateBundle() {
      for (const lang of languages) {
        this.emitFile({
          type: 'asset',
          fileName: `${lang}.d.ts`,
          source: "import type { Texts } from '../index.js';\ndeclare const texts: Texts;\nexport default texts;\n",
        });
      }
    },
  };
}

/**
 * `dist/cookiegate.d.ts`: the globals the script tag reads and sets, for `cookiegate/cookiegate.js`
 * in package.json `exports` (DESIGN.md: `window.cookiegate`, `window.cookiegateConfig`, the
 * `cookiegate:change` event on `document`, and the languages' `window.cookiegateTexts`).
 */
function scriptTagDeclaration(): Plugin {
  const source = `import type { Consent, ConsentConfig, ConsentRecord, Texts } from './index.js';

declare global {
  interface Window {
    /** The script tag's instance, set when dist/cookiegate.js starts. */
    cookiegate?: Consent<string>;
    /** The config, when the page sets it before the tag instead of \`<script id="cookiegate-config">\`. */
    cookiegateConfig?: ConsentConfig;
    /** Texts registered by dist/i18n/<lang>.js, by language. */
    cookiegateTexts?: Record<string, Partial<Texts>>;
  }
  interface DocumentEventMap {
    /** A decision was made or changed; \`detail\` is the stored decision. */
    'cookiegate:change': CustomEvent<ConsentRecord | null>;
  }
}

export {};
`;
  return {
    name: 'script-tag-declaration',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'cookiegate.d.ts', source });
    },
  };
}

/**
 * ts-json-schema-generator skips generic types as roots, so the root is a non-generic alias in a
 * file of its own (outside the repository, removed after use).
 */
function configSchemaRoot(): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-schema-'));
  const types = resolvePath('src/config.ts').replace(/\.ts$/, '');
  const path = join(dir, 'root.ts');
  writeFileSync(
    path,
    `import type { ConfigJson } from ${JSON.stringify(types)};\n// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type\nexport interface ConsentConfig extends ConfigJson {}\n`,
  );
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Readable definition names: `CookieDeclaration<alias-…<string>>` becomes `CookieDeclaration`. */
function renameDefinitions(schema: { definitions?: Record<string, unknown> }): string {
  let text = JSON.stringify(schema, null, 2);
  const names = Object.keys(schema.definitions ?? {});
  for (const name of names) {
    const plain = decodeURIComponent(name).replace(/<.*>$/, '');
    const taken = names.some((other) => other !== name && decodeURIComponent(other).replace(/<.*>$/, '') === plain);
    if (plain === name || taken) continue;
    for (const spelling of new Set([name, encodeURIComponent(name)])) {
      text = text
        .split(`"${spelling}"`)
        .join(`"${plain}"`)
        .split(`"#/definitions/${spelling}"`)
        .join(`"#/definitions/${plain}"`);
    }
  }
  return text;
}

/**
 * `dist/config.schema.json` (DESIGN.md: `cookiegate/config.schema.json`), generated from the
 * `ConsentConfig` type with its TSDoc as descriptions. Two additions the type cannot say:
 * `NoInfer<C>` (TypeScript's intrinsic, unknown to the generator) is read as `C`, and a top-level
 * `$schema` string is allowed ("accepted and ignored, for editors", DESIGN.md).
 */
function configSchema(): Plugin {
  return {
    name: 'config-schema',
    generateBundle() {
      const root = configSchemaRoot();
      try {
        const config: CompletedConfig = {
          ...DEFAULT_CONFIG,
          path: root.path,
          type: 'ConsentConfig',
          skipTypeCheck: true,
          expose: 'export',
          topRef: false,
          jsDoc: 'extended',
          additionalProperties: false,
        };
        const program = createProgram(config);
        const parser = createParser(program, config, (chain) => {
          chain.addNodeParser({
            supportsNode: (node) =>
              node.kind === ts.SyntaxKind.IntrinsicKeyword &&
              ts.isTypeAliasDeclaration(node.parent) &&
              node.parent.name.text === 'NoInfer',
            createType: (_node, context) => context.getArguments()[0],
          });
        });
        const schema = new SchemaGenerator(program, parser, createFormatter(config), config).createSchema(
          'ConsentConfig',
        );
        // The root interface's own schema is the document itself (`topRef: false`).
        const top = (schema.definitions?.ConsentConfig ?? schema) as
          { properties?: Record<string, unknown> } | undefined;
        if (!top?.properties) this.error('config.schema.json: ConsentConfig has no properties');
        top.properties.$schema ??= {
          type: 'string',
          description: 'The JSON Schema of this file, for editors; ignored.',
        };
        this.emitFile({ type: 'asset', fileName: 'config.schema.json', source: renameDefinitions(schema) + '\n' });
      } finally {
        root.remove();
      }
    },
  };
}

const config: RollupOptions[] = [
  {
    // The one tag: everything in one minified IIFE (DESIGN.md's contract).
    input: 'src/embed.ts',
    output: { file: 'dist/cookiegate.js', format: 'iife', sourcemap: false, banner: COMPILE_HINT },
    plugins: [cssRaw(), resolve({ browser: true }), transpile(), minify(true)],
  },
  {
    // npm: ESM for bundlers and Node, shared code in chunks (one copy of the core per app).
    input: npmEntries,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [cssRaw(), resolve({ browser: true }), transpile(), configSchema(), scriptTagDeclaration()],
  },
  {
    input: npmEntries,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
    external: (id) => isPackage(id) || id.endsWith('.css?raw'),
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  ...(existsSync('src/cli/main.ts')
    ? [
        {
          // The `cookiegate` command (node): playwright-core is an optional peer dependency.
          input: 'src/cli/main.ts',
          output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
          external: (id) => id.startsWith('node:') || isPackage(id),
          plugins: [transpile()],
        } satisfies RollupOptions,
      ]
    : []),
  ...(languages.length
    ? [
        {
          // For npm: `import cy from 'cookiegate/i18n/cy'`.
          input: Object.fromEntries(languages.map((lang) => [lang, `src/i18n/${lang}.ts`])),
          output: { dir: 'dist/i18n', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
          plugins: [transpile(), textsDeclarations()],
        } satisfies RollupOptions,
      ]
    : []),
  ...languages
    .filter((lang) => existsSync(`src/i18n/register-${lang}.ts`))
    .map((lang): RollupOptions => ({
      // For the script tag: registers itself on `window.cookiegateTexts`.
      input: `src/i18n/register-${lang}.ts`,
      output: { file: `dist/i18n/${lang}.js`, format: 'iife' },
      plugins: [transpile(), minify()],
    })),
];

export default config;
